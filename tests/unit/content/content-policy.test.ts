import { markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentPolicyViolations, linkProblem, type PolicyNode } from '../../../src/lib/content/content-policy';
import { sourceOrigins } from '../../../src/lib/content/sources';

// A small bibliography; the loader computes the allowed sites the same way from content/sources.yaml.
const bibliography = [
  { address: 'https://open.wps.cn/documents/app-integration-dev/wps365/server/flow' },
  { address: 'https://www.rfc-editor.org/rfc/rfc6749' },
  { address: 'https://github.com/p-hzc/wps-opensdk' },
  { address: 'https://wiki.connect.qq.com/%E5%85%AC%E5%85%B1' },
  { address: 'http://mkoucai.eduboo.com/read/wps-doc/418-212553-yhcsff' },
];
const origins = sourceOrigins(bibliography);

const md = (source: string) => contentPolicyViolations(markdownToMdast(source) as unknown as PolicyNode, origins);
const mdx = (source: string) => contentPolicyViolations(mdxToMdast(source) as unknown as PolicyNode, origins);

describe('content policy: Markdown bodies', () => {
  it('accepts plain Markdown, code and links to listed sources', () => {
    expect(
      md(
        '## 含义\n\nText with `<b>code</b>` and `javascript:x`.\n\n```html\n<script>alert(1)</script>\n```\n\n见 [RFC 6749](https://www.rfc-editor.org/rfc/rfc6749#section-5.2) 与 <https://open.wps.cn/documents/x>。\n\n跳到 [修复](#fix)。\n',
      ),
    ).toEqual([]);
  });

  it('rejects raw HTML, naming the line', () => {
    expect(md('---\nmessage: x\n---\n\n## 含义\n\nhi <img src=x onerror=alert(1)>\n')).toEqual([
      { line: 7, found: 'raw HTML <img src=x onerror=alert(1)>: write Markdown instead' },
    ]);
    expect(md('a\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n')).toEqual([
      {
        line: 3,
        found: 'raw HTML <meta http-equiv="refresh" content="0;url=https://evil.example/">: write Markdown instead',
      },
    ]);
  });

  it('rejects javascript: in every link form', () => {
    const found = md('<javascript:alert(1)>\n\n[a](javascript:alert(2))\n\n[b][r]\n\n[r]: JaVaScRiPt:alert(3)\n');
    expect(found.map((v) => v.line)).toEqual([1, 3, 7]);
    expect(found.every((v) => v.found.startsWith('javascript: link'))).toBe(true);
  });

  it('rejects bare and written links to unlisted hosts, and protocol-relative links', () => {
    expect(md('see https://evil.example/x\n\n[y](//evil.example/)\n')).toEqual([
      {
        line: 1,
        found:
          'link to https://evil.example ("https://evil.example/x"): no source in content/sources.yaml is on that site; add the source first',
      },
      { line: 3, found: 'protocol-relative link "//evil.example/": write the full https:// address' },
    ]);
  });

  it('rejects images', () => {
    expect(md('![x](/nope.png)\n')).toEqual([{ line: 1, found: 'image "/nope.png": bodies have no images' }]);
  });
});

describe('content policy: guides (MDX)', () => {
  it('accepts the guide components with literal props', () => {
    expect(
      mdx(
        '<Section id="a" title="b">\n\n<CodeRef code={100014} /> <Callout kind="warning">x</Callout>\n\n</Section>\n',
      ),
    ).toEqual([]);
  });

  it('rejects HTML elements, imports, expressions and computed props', () => {
    const found = mdx(
      'import X from "x"\n\n<img src="x" onError="y" />\n\n{alert(1)}\n\n<CodeRef code={globalThis.x} />\n\n<Callout {...p} />\n',
    );
    expect(found).toEqual([
      { line: 1, found: 'import or export "import X from "x"": components need no import' },
      {
        line: 3,
        found:
          'element <img>: only <Section>, <Callout>, <Steps>, <CodeRef>, <OfficialQuote>, <Wps365ErrorTable> are allowed',
      },
      { line: 5, found: 'expression {alert(1)}: bodies hold text, not code' },
      { line: 7, found: 'expression in <CodeRef code={…}>' },
      { line: 9, found: 'spread attribute in <Callout>' },
    ]);
  });
});

describe('linkProblem', () => {
  it('allows the sites of the bibliography, each with its own scheme, and no other', () => {
    expect([...origins]).toEqual([
      'https://open.wps.cn',
      'https://www.rfc-editor.org',
      'https://github.com',
      'https://wiki.connect.qq.com',
      'http://mkoucai.eduboo.com',
    ]);
    const datatracker = 'https://datatracker.ietf.org/doc/html/rfc6749#section-5.2';
    expect(linkProblem(datatracker, origins)).toMatch(/^link to https:\/\/datatracker\.ietf\.org/);
    // A source on a new site is what allows links to it.
    const more = sourceOrigins([...bibliography, { address: 'https://datatracker.ietf.org/doc/rfc6750' }]);
    expect(linkProblem(datatracker, more)).toBeUndefined();
  });

  it.each([
    'https://open.wps.cn/documents/app-integration-dev/wps365/server/x',
    'https://github.com/wps365-open/cli/blob/main/docs/prerequisites.md',
    'https://wiki.connect.qq.com/%E5%85%AC%E5%85%B1',
    'http://mkoucai.eduboo.com/read/wps-doc/418-212553-yhcsff',
    '#causes',
  ])('allows %s', (url) => {
    expect(linkProblem(url, origins)).toBeUndefined();
  });

  it.each([
    ['java\tscript:alert(1)', /^javascript: link/],
    ['data:text/html,<script>', /^data: link/],
    ['vbscript:x', /^vbscript: link/],
    ['mailto:a@evil.example', /^mailto: link/],
    ['http://open.wps.cn/x', /^link to http:\/\/open\.wps\.cn/],
    ['https://open.wps.cn.evil.example/', /^link to https:\/\/open\.wps\.cn\.evil\.example/],
    ['https://github.com@evil.example/', /^link to https:\/\/evil\.example/],
    ['/errors/100014/', /^relative link/],
  ])('rejects %s', (url, message) => {
    expect(linkProblem(url, origins)).toMatch(message);
  });
});
