/**
 * Malformed content must stop the real build with a message that names the
 * file and the field. Each case breaks one thing in a fresh copy of the project.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy';

let project: ProjectCopy | undefined;
afterEach(() => project?.remove());

function breakContent(edit: (p: ProjectCopy) => void, command: 'sync' | 'build' = 'sync') {
  project = copyProject();
  edit(project);
  return project.astro(command);
}

const CODE_FILE = 'content/errors/100014.md';
const editFrontmatter = (p: ProjectCopy, path: string, change: (fm: string) => string) => {
  const [, fm, ...body] = p.read(path).split(/^---$/m);
  p.write(path, `---${change(fm)}---${body.join('---')}`);
};

describe('the build fails on bad content, naming file and field', () => {
  it('a duplicate code', () => {
    const { status, output } = breakContent((p) => p.write('content/errors/0100014.md', p.read(CODE_FILE)));
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "file name": duplicate code 100014: also defined by content/errors/0100014.md');
  });

  it('a category that does not match the code\'s range', () => {
    const { status, output } = breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => `${fm}category: files\n`));
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "category": the category follows from the code\'s range');
  });

  it('a code outside every category range', () => {
    const { status, output } = breakContent((p) => p.write('content/errors/140000.md', p.read('content/errors/120009.md')));
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/140000.md: field "file name": code 140000 is outside every category range');
  });

  it('an unknown key', () => {
    const { status, output } = breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => `${fm}severity: high\n`));
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "severity": unknown field');
  });

  it('a missing message', () => {
    const { status, output } = breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^message:.*\n/m, '')));
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "message": is required');
  });

  it('a missing next step', () => {
    const { status, output } = breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^nextStep:.*\n/m, '')));
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "nextStep": is required');
  });

  it('a guide reference to a section that does not exist', () => {
    const { status, output } = breakContent(
      (p) => editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^guides: \[/m, 'guides: [token-refresh#no-such-section, ')),
      'build',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "guides": guide "token-refresh" has no section "no-such-section"');
  });

  it('a citation of a source that is not in the bibliography', () => {
    const { status, output } = breakContent((p) =>
      editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^sources: \[/m, 'sources: [no-such-source, ')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/100014.md: field "sources": unknown source "no-such-source"');
  });

  it('a page that names an endpoint and cites nothing', () => {
    const { status, output } = breakContent((p) => editFrontmatter(p, CODE_FILE, (fm) => fm.replace(/^sources: .*\n/m, '')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/errors\/100014\.md: field "sources": line \d+ names "[^"]+", but the page cites no source/);
  });

  it('a guide that cites an unknown source', () => {
    const guide = 'content/guides/token-refresh.mdx';
    const { status, output } = breakContent((p) => editFrontmatter(p, guide, (fm) => fm.replace(/^sources: \[/m, 'sources: [rfc0000, ')));
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/token-refresh.mdx: field "sources": unknown source "rfc0000"');
  });

  it('an unknown key in a guide', () => {
    const { status, output } = breakContent((p) => editFrontmatter(p, 'content/guides/token-refresh.mdx', (fm) => `${fm}author: someone\n`));
    expect(status).not.toBe(0);
    expect(output).toMatch(/token-refresh/);
    expect(output).toMatch(/author/);
  });
});

describe('a retired code', () => {
  it('keeps its page, marked as retired', () => {
    project = copyProject();
    const path = 'content/errors/130025.md';
    project.write(path, project.read(path).replace(/^---\n/, '---\nstatus: retired\n'));
    const { status, output } = project.astro('build');
    expect(status, output).toBe(0);
    const html = project.read('dist/errors/130025/index.html');
    expect(html).toContain('已停用');
    expect(html).toContain(project.read(path).match(/^message: "(.*)"$/m)![1]);
    expect(JSON.parse(project.read('dist/errors.json')).codes.find((c: { code: number }) => c.code === 130025).status).toBe('retired');
  });
});
