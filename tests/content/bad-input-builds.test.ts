/**
 * Harmless editor artefacts (a BOM, CRLF line endings, dotfiles) and a
 * retired code do not stop the real build. Content and settings that do stop
 * it are in build-failures.test.ts, which runs beside this file. The build
 * prints no warning about the project's own files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownWarnings } from '../support/build-warnings';
import { copyProject, type AstroRun, type ProjectCopy } from '../support/project-copy';

const RETIRED = 'content/errors/130025.md';
const BOM_AND_CRLF = 'content/errors/100014.md';
/** A guide and the bibliography as a Windows editor saves them, too: every reader of content/ must accept them. */
const GUIDE_BOM_AND_CRLF = 'content/guides/token-refresh.mdx';
const SOURCES_BOM_AND_CRLF = 'content/sources.yaml';
const windows = (text: string) => `\uFEFF${text}`.replaceAll('\n', '\r\n');

// One build for everything that must be accepted (the longest run of the
// build-failures project); each thing it must show is a test of its own.
describe('a real build in a copy of the project with a retired code, a BOM, CRLF line endings and a dotfile', () => {
  let project: ProjectCopy;
  let build: AstroRun;
  beforeAll(async () => {
    project = copyProject();
    project.write(RETIRED, project.read(RETIRED).replace(/^---\n/, '---\nstatus: retired\n'));
    for (const file of [BOM_AND_CRLF, GUIDE_BOM_AND_CRLF, SOURCES_BOM_AND_CRLF]) project.write(file, windows(project.read(file)));
    project.write('content/errors/0.md', project.read('content/errors/0.md').replaceAll('\n', '\r\n'));
    project.write('content/errors/.100014.md.swp', 'not markdown');
    build = await project.astro('build');
  });
  afterAll(() => project?.remove());

  const exported = () =>
    JSON.parse(project.read('dist/errors.json')) as { codes: { code: number; status?: string }[] };

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('warns about none of our files (content/ or src/)', () => {
    expect(ownWarnings(build.output)).toEqual([]);
  });

  it('keeps the retired code its page and marks it retired, on the page and in the export', () => {
    const html = project.read('dist/errors/130025/index.html');
    expect(html).toContain('已停用');
    expect(html).toContain(project.read(RETIRED).match(/^message: "(.*)"$/m)![1]);
    expect(exported().codes.find((c) => c.code === 130025)?.status).toBe('retired');
  });

  it('reads the BOM and CRLF files as written: same code, same message, no stray characters', () => {
    const crlfPage = project.read('dist/errors/100014/index.html');
    expect(crlfPage).toContain(project.read(BOM_AND_CRLF).match(/^message: "(.*)"\r$/m)![1]);
    expect(crlfPage).not.toContain('\uFEFF');
    expect(exported().codes.map((c) => c.code)).toEqual(expect.arrayContaining([0, 100014]));
  });

  it('reads a guide with a BOM and CRLF: its sections, its sources, no stray characters', () => {
    const guide = project.read('dist/guides/token-refresh/index.html');
    const sectionIds = [...project.read(GUIDE_BOM_AND_CRLF).matchAll(/<Section id="([^"]+)"/g)].map((m) => m[1]);
    expect(sectionIds.length).toBeGreaterThan(0);
    for (const id of sectionIds) expect(guide).toContain(`id="${id}"`);
    expect(guide).toContain('id="sources"');
    expect(guide).not.toContain('\uFEFF');
    expect(project.read('dist/guides/token-refresh.md')).not.toMatch(/\uFEFF|\r/);
  });
});
