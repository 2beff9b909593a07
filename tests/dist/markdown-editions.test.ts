/**
 * The Markdown editions: every code page and guide has one, announced by the
 * page, with the page's sections in the page's order, the official message
 * quoted verbatim and marked as official, and only absolute links.
 */
import type { Blockquote, Heading, Nodes, Paragraph, Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { official } from '../support/corpus';
import { fileForUrl, htmlPages, readDist } from '../support/dist';

/**
 * A CommonMark + GFM reader of the editions. Satteri (native) reads them as
 * remark does, node for node in what is checked here, an order of magnitude
 * faster; and it is not the library that printed them (remark-stringify).
 */
const parse = (markdown: string) => markdownToMdast(markdown, { position: false }) as unknown as Root;

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

// The helpers below take a parsed tree: parsing is most of this file's time, so each edition is parsed once.

function markdownHeadings(tree: Root): string[] {
  const headings: string[] = [];
  visit(tree, 'heading', (h: Heading) => {
    if (h.depth === 2 || h.depth === 3) headings.push(`${'#'.repeat(h.depth)} ${textOf(h)}`);
  });
  return headings;
}

function links(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, (node) => {
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
      const tree = parse(markdown);
      const html = readDist(`/errors/${code}/index.html`);
      expect(markdownHeadings(tree)).toEqual(pageHeadings(html));
      expect(markdown.startsWith(`# ${code} `)).toBe(true);

      // The official message is the blockquote right after the paragraph that labels it.
      const index = tree.children.findIndex((n) => n.type === 'paragraph' && textOf(n).includes('官方原文（逐字引用）'));
      expect(index).toBeGreaterThan(0);
      const quote = tree.children[index + 1] as Blockquote;
      expect(quote.type).toBe('blockquote');
      expect(textOf(quote.children[0] as Paragraph)).toBe(message);

      for (const url of links(tree)) expect(url).toMatch(/^https?:\/\//);
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
    const tree = parse(markdown);
    expect(markdownHeadings(tree)).toEqual(pageHeadings(readDist(page)));
    const title = /<h1>([^<]+)<\/h1>/.exec(readDist(page))![1];
    expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
    for (const url of links(tree)) expect(url).toMatch(/^https?:\/\//);
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
