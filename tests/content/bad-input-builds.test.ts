/**
 * Hostile or malformed content and settings stop the real build (or
 * `astro sync`, which runs the same loader) with a message naming the file
 * and line, or the variable, and what is wrong; harmless editor artefacts
 * (a BOM, CRLF line endings, dotfiles) do not.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy';

let project: ProjectCopy | undefined;
afterEach(() => project?.remove());

const CODE_FILE = 'content/errors/100014.md';

describe('content bodies are policed at build time', () => {
  it('raw HTML and javascript: links fail the build, naming file, line and what was found', async () => {
    project = copyProject();
    const lines = project.read(CODE_FILE).split('\n');
    const fix = lines.indexOf('## 解决方法');
    lines.splice(fix + 1, 0, '', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '', '见 <javascript:alert(1)>。');
    project.write(CODE_FILE, lines.join('\n'));
    const guide = 'content/guides/token-refresh.mdx';
    project.write(guide, `${project.read(guide)}\n见 [这里](javascript:alert(1)) 与 https://evil.example/x。\n`);
    const guideLine = project.read(guide).split('\n').length - 1;

    const { status, output } = await project.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/errors/100014.md:${fix + 3}: field "body": raw HTML <meta http-equiv="refresh" content="0;url=https://evil.example/">: write Markdown instead`,
    );
    expect(output).toContain(
      `content/errors/100014.md:${fix + 5}: field "body": javascript: link "javascript:alert(1)" is not allowed`,
    );
    expect(output).toContain(
      `content/guides/token-refresh.mdx:${guideLine}: field "body": javascript: link "javascript:alert(1)" is not allowed`,
    );
    expect(output).toContain(`content/guides/token-refresh.mdx:${guideLine}: field "body": link to https://evil.example`);
  });

  it('an image in a guide fails the build', async () => {
    project = copyProject();
    const guide = 'content/guides/rate-limits.mdx';
    project.write(guide, `${project.read(guide)}\n![图](/images/missing.png)\n`);
    const { status, output } = await project.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/rate-limits\.mdx:\d+: field "body": image "\/images\/missing\.png"/);
  });
});

describe('the loader reports each problem once and clearly', () => {
  it('a wrong type in one file is named as such, and files related to it are not blamed', async () => {
    project = copyProject();
    project.write(CODE_FILE, project.read(CODE_FILE).replace(/^message: .*$/m, 'message: 100014'));
    const { status, output } = await project.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid error-code content (1 problem):');
    expect(output).toContain('content/errors/100014.md: field "message": must be text');
    expect(output).not.toContain('is not a documented code');
  });

  it('reports every broken guide reference in one run', async () => {
    project = copyProject();
    project.write(CODE_FILE, project.read(CODE_FILE).replace(/^guides: \[/m, 'guides: [token-refresh#gone-1, token-refresh#gone-2, '));
    const { status, output } = await project.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('guide "token-refresh" has no section "gone-1"');
    expect(output).toContain('guide "token-refresh" has no section "gone-2"');
  });

  it('a sub-folder fails with a clear message', async () => {
    project = copyProject();
    mkdirSync(join(project.dir, 'content/errors/drafts'));
    const { status, output } = await project.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/drafts: is a folder; sub-folders are not read');
    expect(output).not.toContain('EISDIR');
  });

  it('an empty corpus fails instead of building a site without codes', async () => {
    project = copyProject();
    for (const name of readdirSync(join(project.dir, 'content/errors')))
      if (name !== 'README.md') rmSync(join(project.dir, 'content/errors', name));
    const { status, output } = await project.astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/: holds no error-code files');
  });

  it('a BOM, CRLF line endings and a dotfile are accepted', async () => {
    project = copyProject();
    const p = project;
    p.write(CODE_FILE, `\uFEFF${p.read(CODE_FILE)}`.replaceAll('\n', '\r\n'));
    p.write('content/errors/0.md', p.read('content/errors/0.md').replaceAll('\n', '\r\n'));
    p.write('content/errors/.100014.md.swp', 'not markdown');
    const { status, output } = await p.astro('sync');
    expect(status, output).toBe(0);
  });
});

// The rules themselves are unit-tested (tests/unit/deploy-config.test.ts); these prove the build applies them.
describe('deployment settings are checked', () => {
  it.each([
    [{ SITE_URL: 'errors.example.com' }, 'SITE_URL "errors.example.com" is not a URL: expected an http(s) origin without a path'],
    [{ BASE_PATH: '//evil.example/' }, 'BASE_PATH "//evil.example/" is not valid: expected a path of plain segments'],
  ])('%o stops the build naming the variable', async (env, message) => {
    project = copyProject();
    const { status, output } = await project.astro('sync', env);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
  });
});
