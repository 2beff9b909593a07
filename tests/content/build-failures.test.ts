/**
 * Malformed content must stop the real build with a message that names the
 * file, the field and, where there is one, the line. The error-code loader
 * collects every problem of the corpus before it fails, so one copy of the
 * project carries a different fault in each of many files and a single
 * `astro sync` must report all of them, and blame no other file. Problems
 * that another loader reports (the guides' schema), or that stop everything
 * else (an empty corpus, a bad deployment setting), have a copy of their own.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, type AstroRun, type ProjectCopy } from '../support/project-copy';

/** Copies the project, lets `edit` break it, runs `astro sync` (with `env` added), and always removes the copy. */
async function syncBroken(edit: (p: ProjectCopy) => void, env: NodeJS.ProcessEnv = {}): Promise<AstroRun> {
  const project = copyProject();
  try {
    edit(project);
    return await project.astro('sync', env);
  } finally {
    project.remove();
  }
}

const editFrontmatter = (p: ProjectCopy, path: string, change: (fm: string) => string) => {
  const [, fm, ...body] = p.read(path).split(/^---$/m);
  p.write(path, `---${change(fm)}---${body.join('---')}`);
};

/** Inserts `added` lines after the line `heading`; returns the file's lines after the edit. */
const insertAfter = (p: ProjectCopy, path: string, heading: string, added: string[]) => {
  const lines = p.read(path).split('\n');
  lines.splice(lines.indexOf(heading) + 1, 0, ...added);
  p.write(path, lines.join('\n'));
  return lines;
};

/** The files a failed run's problem list blames ("  - content/errors/1.md:12: field …" → content/errors/1.md). */
const blamedFiles = (output: string) =>
  new Set([...output.matchAll(/^ {2}- (content\/[^\s:]+):/gm)].map((m) => m[1].replace(/\/$/, '')));

describe.concurrent('the build fails on bad content, naming file, field and line', () => {
  it('every problem of the corpus is reported in one run, each naming its own file', async () => {
    // The 1-based lines of the faults planted in bodies, counted in the edited files.
    let endpointLine = 0;
    let rawHtmlLine = 0;
    let scriptLinkLine = 0;
    let guideLinkLine = 0;
    let imageLine = 0;
    let titleLine = 0;
    let retryLine = 0;

    const { status, output } = await syncBroken((p) => {
      // A code defined twice: a copy under a name with a leading zero.
      p.write('content/errors/0100000.md', p.read('content/errors/100000.md'));
      // A derived field written by hand.
      editFrontmatter(p, 'content/errors/100001.md', (fm) => `${fm}category: files\n`);
      // A code outside every category range.
      p.write('content/errors/140000.md', p.read('content/errors/120009.md'));
      // An unknown key.
      editFrontmatter(p, 'content/errors/100002.md', (fm) => `${fm}severity: high\n`);
      // A missing message, and a missing next step.
      editFrontmatter(p, 'content/errors/100004.md', (fm) => fm.replace(/^message:.*\n/m, ''));
      editFrontmatter(p, 'content/errors/100005.md', (fm) => fm.replace(/^nextStep:.*\n/m, ''));
      // A citation of a source that is not in the bibliography.
      editFrontmatter(p, 'content/errors/100009.md', (fm) =>
        fm.replace(/^sources: \[/m, 'sources: [no-such-source, '),
      );
      // A QQ Connect wording with no source, and an alias citing a source its page does not list.
      editFrontmatter(p, 'content/errors/100010.md', (fm) => fm.replace(', source: qq-connect-return-codes }', ' }'));
      editFrontmatter(p, 'content/errors/100016.md', (fm) =>
        fm.replace('source: qq-connect-return-codes }', 'source: qq-return-codes-csdn }'),
      );
      // A page that names an endpoint (first, right under its first heading) and cites nothing.
      editFrontmatter(p, 'content/errors/100029.md', (fm) => fm.replace(/^sources: .*\n/m, ''));
      const planted = '先调用 `/oauth2/token` 换取令牌。';
      endpointLine = insertAfter(p, 'content/errors/100029.md', '## 含义', ['', planted]).indexOf(planted) + 1;
      // Two broken guide references at once.
      editFrontmatter(p, 'content/errors/100030.md', (fm) =>
        fm.replace(/^guides: \[/m, 'guides: [token-refresh#gone-1, token-refresh#gone-2, '),
      );
      // A wrong type, in a file another page relates to (100014 relates to 100013).
      editFrontmatter(p, 'content/errors/100013.md', (fm) => fm.replace(/^message: .*$/m, 'message: 100013'));
      // A sub-folder.
      mkdirSync(join(p.dir, 'content/errors/drafts'));
      // Raw HTML and a javascript: link in a code's body.
      const meta = '<meta http-equiv="refresh" content="0;url=https://evil.example/">';
      // Alone on its line, so that the only fault in it is the link (not the house style).
      const script = '<javascript:alert(1)>';
      const lines = insertAfter(p, 'content/errors/130001.md', '## 解决方法', ['', meta, '', script]);
      rawHtmlLine = lines.indexOf(meta) + 1;
      scriptLinkLine = lines.indexOf(script) + 1;
      // A javascript: link and a link to a foreign host in a guide's body, an image in another's.
      const guide = 'content/guides/token-refresh.mdx';
      p.write(guide, `${p.read(guide)}\n见 [这里](javascript:alert(1))，以及 https://evil.example/x。\n`);
      guideLinkLine = p.read(guide).split('\n').length - 1;
      const imageGuide = 'content/guides/rate-limits.mdx';
      p.write(imageGuide, `${p.read(imageGuide)}\n![图](/images/missing.png)\n`);
      imageLine = p.read(imageGuide).split('\n').length - 1;
      // A short field against the house style: the glossary in a title.
      editFrontmatter(p, 'content/errors/100031.md', (fm) => fm.replace(/^title: .*$/m, 'title: "没有该 API 的 token"'));
      titleLine = p.read('content/errors/100031.md').split('\n').findIndex((l) => l.startsWith('title:')) + 1;
      // An action its body contradicts: 130009 backs off, but its body now says a retry does not help.
      const noRetry = '重试也无效。';
      retryLine = insertAfter(p, 'content/errors/130009.md', '## 含义', ['', noRetry]).indexOf(noRetry) + 1;
      // A guide citing a source that is not in the bibliography.
      editFrontmatter(p, 'content/guides/redirect-uri.mdx', (fm) => fm.replace(/^sources: \[/m, 'sources: [rfc0000, '));
    });

    expect(status).not.toBe(0);
    const expected = [
      'content/errors/100000.md: field "file name": duplicate code 100000: also defined by content/errors/0100000.md',
      'content/errors/0100000.md: field "file name": must be written without leading zeros: 100000.md',
      'content/errors/100001.md: field "category": the category follows from the code\'s range',
      'content/errors/140000.md: field "file name": code 140000 is outside every category range',
      'content/errors/100002.md: field "severity": unknown field',
      'content/errors/100004.md: field "message": is required',
      'content/errors/100005.md: field "nextStep": is required',
      'content/errors/100009.md: field "sources": unknown source "no-such-source"',
      'content/errors/100010.md: field "aliases.0.source": a QQ Connect wording must cite its source',
      'content/errors/100016.md: field "aliases": an alias cites "qq-return-codes-csdn", which the page\'s sources field does not list',
      `content/errors/100029.md: field "sources": line ${endpointLine} names "/oauth2/token", but the page cites no source`,
      'content/errors/100030.md: field "guides": guide "token-refresh" has no section "gone-1"',
      'content/errors/100030.md: field "guides": guide "token-refresh" has no section "gone-2"',
      'content/errors/100013.md: field "message": must be text',
      'content/errors/drafts: is a folder; sub-folders are not read',
      `content/errors/130001.md:${rawHtmlLine}: field "body": raw HTML <meta http-equiv="refresh" content="0;url=https://evil.example/">: write Markdown instead`,
      `content/errors/130001.md:${scriptLinkLine}: field "body": javascript: link "javascript:alert(1)" is not allowed`,
      `content/guides/token-refresh.mdx:${guideLinkLine}: field "body": javascript: link "javascript:alert(1)" is not allowed`,
      `content/guides/token-refresh.mdx:${guideLinkLine}: field "body": link to https://evil.example`,
      `content/guides/rate-limits.mdx:${imageLine}: field "body": image "/images/missing.png"`,
      'content/guides/redirect-uri.mdx: field "sources": unknown source "rfc0000"',
      `content/errors/100031.md:${titleLine}: field "title": [glossary] "token": the glossary says "令牌"`,
      `content/errors/130009.md:${retryLine}: field "action": action "retry-later" is not what the body says: it says a retry does not help`,
    ];
    const missing = expected.filter((message) => !output.includes(message));
    expect(missing, output).toEqual([]);
    expect(output).toContain(`Invalid error-code content (${expected.length} problems):`);

    // Only the files with a fault are blamed: not 100014, which relates to the broken 100013.
    expect([...blamedFiles(output)].sort()).toEqual(
      [
        'content/errors/0100000.md',
        'content/errors/100000.md',
        'content/errors/100001.md',
        'content/errors/100002.md',
        'content/errors/100004.md',
        'content/errors/100005.md',
        'content/errors/100009.md',
        'content/errors/100010.md',
        'content/errors/100013.md',
        'content/errors/100016.md',
        'content/errors/100029.md',
        'content/errors/100030.md',
        'content/errors/100031.md',
        'content/errors/130001.md',
        'content/errors/130009.md',
        'content/errors/140000.md',
        'content/errors/drafts',
        'content/guides/rate-limits.mdx',
        'content/guides/redirect-uri.mdx',
        'content/guides/token-refresh.mdx',
      ].sort(),
    );
    expect(output).not.toContain('is not a documented code');
    expect(output).not.toContain('EISDIR');
  });

  // The guides' front matter is checked by the guides loader and the guide
  // schema, which stops at the first bad guide; so one fault, in a run of its own.
  it('an unknown key in a guide', async () => {
    const { status, output } = await syncBroken((p) =>
      editFrontmatter(p, 'content/guides/token-refresh.mdx', (fm) => `${fm}author: someone\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/token-refresh.mdx');
    expect(output).toContain('"author"');
  });

  it('an empty corpus fails instead of building a site without codes', async () => {
    const { status, output } = await syncBroken((p) => {
      for (const name of readdirSync(join(p.dir, 'content/errors')))
        if (name !== 'README.md') rmSync(join(p.dir, 'content/errors', name));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/errors/: holds no error-code files');
  });

  // The rules themselves are unit-tested (tests/unit/deploy-config.test.ts); these prove the build applies them.
  it.each([
    [{ SITE_URL: 'errors.example.com' }, 'SITE_URL "errors.example.com" is not a URL: expected an http(s) origin without a path'],
    [{ BASE_PATH: '//evil.example/' }, 'BASE_PATH "//evil.example/" is not valid: expected a path of plain segments'],
  ])('%o stops the build naming the variable', async (env, message) => {
    const { status, output } = await syncBroken(() => {}, env);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
  });
});
