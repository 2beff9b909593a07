/**
 * The Markdown editions: every code page and guide has one, announced by the
 * page, with the page's sections in the page's order, the official message
 * quoted verbatim and marked as official, and only absolute links.
 */
import type { Blockquote, Heading, Nodes, Paragraph } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { official } from '../support/corpus';
import { fileForUrl, htmlPages, readDist } from '../support/dist';

const parser = unified().use(remarkParse).use(remarkGfm);
const parse = (markdown: string) => parser.parse(markdown);

const textOf = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';

/** The h2 and h3 headings of a page's article, as the reader sees them (without the "#" anchor link). */
function pageHeadings(html: string): string[] {
  const article = /<article\b[\s\S]*<\/article>/.exec(html)![0];
  return [...article.matchAll(/<h([23])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(
    (m) =>
      `${'#'.repeat(Number(m[1]))} ${m[2]
        .replace(/<a class="heading-anchor"[\s\S]*?<\/a>/g, '')
        .replace(/<[^>]+>/g, '')
        .replaceAll('&amp;', '&')
        .trim()}`,
  );
}

function markdownHeadings(markdown: string): string[] {
  const headings: string[] = [];
  visit(parse(markdown), 'heading', (h: Heading) => {
    if (h.depth === 2 || h.depth === 3) headings.push(`${'#'.repeat(h.depth)} ${textOf(h)}`);
  });
  return headings;
}

function links(markdown: string): string[] {
  const urls: string[] = [];
  visit(parse(markdown), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push(node.url);
  });
  return urls;
}

const guidePages = htmlPages.filter((p) => /^\/guides\/[a-z0-9-]+\/index\.html$/.test(p));

describe('code pages as Markdown', () => {
  it.each(official.codes.map((c) => [c.code, c.message] as const))(
    '%i: the sections of its page, in order; the official message verbatim; absolute links',
    (code, message) => {
      const markdown = readDist(`/errors/${code}.md`);
      const html = readDist(`/errors/${code}/index.html`);
      expect(markdownHeadings(markdown)).toEqual(pageHeadings(html));
      expect(markdown.startsWith(`# ${code} `)).toBe(true);

      // The official message is the blockquote right after the paragraph that labels it.
      const tree = parse(markdown);
      const index = tree.children.findIndex((n) => n.type === 'paragraph' && textOf(n).includes('官方原文（逐字引用）'));
      expect(index).toBeGreaterThan(0);
      const quote = tree.children[index + 1] as Blockquote;
      expect(quote.type).toBe('blockquote');
      expect(textOf(quote.children[0] as Paragraph)).toBe(message);

      for (const url of links(markdown)) expect(url).toMatch(/^https?:\/\//);
    },
  );
});

describe('guides as Markdown', () => {
  it('there is one for every guide page', () => {
    expect(guidePages.length).toBeGreaterThan(0);
    for (const page of guidePages) expect(fileForUrl(page.replace(/\/index\.html$/, '.md'))).toBeDefined();
  });

  it.each(guidePages)('%s: the sections of the page, in order, and absolute links', (page) => {
    const markdown = readDist(page.replace(/\/index\.html$/, '.md'));
    expect(markdownHeadings(markdown)).toEqual(pageHeadings(readDist(page)));
    const title = /<h1>([^<]+)<\/h1>/.exec(readDist(page))![1];
    expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
    for (const url of links(markdown)) expect(url).toMatch(/^https?:\/\//);
  });
});

describe('pages announce their other editions', () => {
  const alternates = (html: string) =>
    [...html.matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);

  it('each code page links its JSON and Markdown, in the head and near the copy buttons', () => {
    for (const { code } of official.codes) {
      const html = readDist(`/errors/${code}/index.html`);
      expect(alternates(html)).toEqual([
        ['application/json', `/errors/${code}.json`],
        ['text/markdown', `/errors/${code}.md`],
      ]);
      expect(html).toMatch(new RegExp(`<a href="/errors/${code}\\.json" type="application/json">JSON</a>`));
      expect(html).toMatch(new RegExp(`<a href="/errors/${code}\\.md" type="text/markdown">Markdown</a>`));
    }
  });

  it('each guide links its Markdown', () => {
    for (const page of guidePages) {
      expect(alternates(readDist(page))).toEqual([['text/markdown', page.replace(/\/index\.html$/, '.md')]]);
    }
  });
});
