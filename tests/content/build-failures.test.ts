/**
 * Malformed content must stop the real build with a message that names the
 * file and the field. Each case breaks one thing in its own fresh copy of the
 * project, so the cases run side by side (see vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { copyProject, type AstroRun, type ProjectCopy } from '../support/project-copy';

/** Copies the project, lets `edit` break it, runs Astro, and always removes the copy. */
async function inCopy<T>(edit: (p: ProjectCopy) => void, run: (p: ProjectCopy, result: AstroRun) => T, command: 'sync' | 'build' = 'sync') {
  const project = copyProject();
  try {
    edit(project);
    return run(project, await project.astro(command));
  } finally {
    project.remove();
  }
}
const breakContent = (edit: (p: ProjectCopy) => void, command: 'sync' | 'build' = 'sync') =>
  inCopy(edit, (_project, result) => result, command);

const CODE_FILE = 'content/errors/100014.md';
const editFrontmatter = (p: ProjectCopy, path: string, change: (fm: string) => string) => {
  const [, fm, ...body] = p.read(path).split(/^---$/m);
  p.write(path, `---${change(fm)}---${body.join('---')}`);
};

describe.concurrent('the build fails on bad content, naming file and field', () => {
  it('a duplicate code', async () => {
    const { status, output } = await breakContent((p) => p.write('content/errors/0100014.md', p.read(CODE_FILE)));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/errors/100014.md: field "file name": duplicate code 100014: also defined by content/errors/0100014.md',
    );
  });

  it("a category that does not match the code's range", async () => {
    const { status, output } = await breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => `${fm}category: files\n`));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/errors/100014.md: field "category": the category follows from the code\'s range',
    );
  });

  it('a code outside every category range', async () => {
    const { status, output } = await breakContent((p) =>
      p.write('content/errors/140000.md', p.read('content/errors/120009.md')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/errors/140000.md: field "file name": code 140000 is outside every category range',
    );
  });

  it('an unknown key', async () => {
    const { status, output } = await breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => `${fm}severity: high\n`));
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "severity": unknown field');
  });

  it('a missing message', async () => {
    const { status, output } = await breakContent((p) =>
      editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^message:.*\n/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "message": is required');
  });

  it('a missing next step', async () => {
    const { status, output } = await breakContent((p) =>
      editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^nextStep:.*\n/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "nextStep": is required');
  });

  it('a guide reference to a section that does not exist', async () => {
    const { status, output } = await breakContent(
      (p) =>
        editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^guides: \[/m, 'guides: [token-refresh#no-such-section, ')),
      'build',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/errors/100014.md: field "guides": guide "token-refresh" has no section "no-such-section"',
    );
  });

  it('a citation of a source that is not in the bibliography', async () => {
    const { status, output } = await breakContent((p) =>
      editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^sources: \[/m, 'sources: [no-such-source, ')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "sources": unknown source "no-such-source"');
  });

  it('a page that names an endpoint and cites nothing', async () => {
    const { status, output } = await breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^sources: .*\n/m, '')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/errors\/100014\.md: field "sources": line \d+ names "[^"]+", but the page cites no source/);
  });

  it('a guide that cites an unknown source', async () => {
    const guide = 'content/guides/token-refresh.mdx';
    const { status, output } = await breakContent((p) => editFrontmatter(p, guide, (fm) => fm.replace(/^sources: \[/m, 'sources: [rfc0000, ')));
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/token-refresh.mdx: field "sources": unknown source "rfc0000"');
  });

  it('an unknown key in a guide', async () => {
    const { status, output } = await breakContent((p) =>
      editFrontmatter(p, 'content/guides/token-refresh.mdx', (fm) => `${fm}author: someone\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/token-refresh/);
    expect(output).toMatch(/author/);
  });

  it('a retired code keeps its page, marked as retired', async () => {
    const path = 'content/errors/130025.md';
    await inCopy(
      (p) => p.write(path, p.read(path).replace(/^---\n/, '---\nstatus: retired\n')),
      (p, { status, output }) => {
        expect(status, output).toBe(0);
        const html = p.read('dist/errors/130025/index.html');
        expect(html).toContain('已停用');
        expect(html).toContain(p.read(path).match(/^message: "(.*)"$/m)![1]);
        const exported = JSON.parse(p.read('dist/errors.json')) as { codes: { code: number; status: string }[] };
        expect(exported.codes.find((c) => c.code === 130025)?.status).toBe('retired');
      },
      'build',
    );
  });
});
