/**
 * Harmless editor artefacts (a BOM, CRLF line endings, dotfiles) and a
 * retired code do not stop the real build. Content and settings that do stop
 * it are in build-failures.test.ts, which runs beside this file. The build
 * prints no warning about the project's own files.
 */
import { describe, expect, it } from 'vitest';
import { ownWarnings } from '../support/build-warnings';
import { copyProject } from '../support/project-copy';

describe('a real build in a copy of the project', () => {
  // One build for everything that must be accepted: it is the longest run of the build-failures project.
  it('a retired code keeps its page, and a BOM, CRLF line endings and a dotfile are accepted', async () => {
    const project = copyProject();
    try {
      const retired = 'content/errors/130025.md';
      project.write(retired, project.read(retired).replace(/^---\n/, '---\nstatus: retired\n'));
      const bom = 'content/errors/100014.md';
      project.write(bom, `\uFEFF${project.read(bom)}`.replaceAll('\n', '\r\n'));
      project.write('content/errors/0.md', project.read('content/errors/0.md').replaceAll('\n', '\r\n'));
      project.write('content/errors/.100014.md.swp', 'not markdown');

      const { status, output } = await project.astro('build');
      expect(status, output).toBe(0);
      // A healthy build warns about none of our files (content/ or src/).
      expect(ownWarnings(output)).toEqual([]);

      const html = project.read('dist/errors/130025/index.html');
      expect(html).toContain('已停用');
      expect(html).toContain(project.read(retired).match(/^message: "(.*)"$/m)![1]);
      const exported = JSON.parse(project.read('dist/errors.json')) as { codes: { code: number; status?: string }[] };
      expect(exported.codes.find((c) => c.code === 130025)?.status).toBe('retired');
      // The BOM and CRLF file is read as it was written: same code, same message, no stray characters.
      const crlfPage = project.read('dist/errors/100014/index.html');
      expect(crlfPage).toContain(project.read(bom).match(/^message: "(.*)"\r$/m)![1]);
      expect(crlfPage).not.toContain('\uFEFF');
      expect(exported.codes.map((c) => c.code)).toEqual(expect.arrayContaining([0, 100014]));
    } finally {
      project.remove();
    }
  });
});
