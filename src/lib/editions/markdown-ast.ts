/**
 * Markdown as a syntax tree (mdast), for the Markdown editions of the pages.
 * Building and transforming a tree, then printing it with remark, escapes
 * every character that needs it: an official message with "_" or "*" in it
 * reads back exactly as written, which string concatenation cannot promise.
 */

import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

// Code bodies are CommonMark (content/README.md allows paragraphs, lists and
// code); GFM is only needed for the guides' tables, and parsing with it costs
// about four times as much, which counts at thousands of codes.
const markdownParser = unified().use(remarkParse).freeze();
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
const printOptions = { bullet: '-', emphasis: '*', strong: '*', fence: '`', fences: true, rule: '-' } as const;
const printer = unified().use(remarkStringify, printOptions).freeze();
const gfmPrinter = unified().use(remarkStringify, printOptions).use(remarkGfm, { tablePipeAlign: false }).freeze();

export const parseMarkdown = (markdown: string): Root => markdownParser.parse(markdown);

/** Parses MDX with GFM tables: JSX elements and expressions become their own node types. */
export const parseMdx = (mdx: string): Root => mdxParser.parse(mdx);

/** Prints a tree as Markdown; GFM (tables) only when the tree needs it. */
export function printMarkdown(root: Root, { gfm = false } = {}): string {
  return (gfm ? gfmPrinter : printer).stringify(root);
}

/* Builders for the few node types the pages use. */
export const text = (value: string): Text => ({ type: 'text', value });
export const inlineCode = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({
  type: 'link',
  url,
  children,
});
export const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3 | 4 | 5 | 6, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});
export const list = (items: PhrasingContent[][], ordered = false): RootContent => ({
  type: 'list',
  ordered,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
});
export const blockquote = (...children: RootContent[]): RootContent => ({
  type: 'blockquote',
  children: children as never,
});
export const code = (value: string, lang?: string): RootContent => ({ type: 'code', lang, value });

/** Every relative link and image resolved against the page's absolute URL. */
export function absolutizeLinks(tree: Nodes, pageUrl: string): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = new URL(node.url, pageUrl).href;
    }
  });
}

const MENTION = /(?<![\d.])\d{6}(?![\d.])/g;

/**
 * Links six-digit code mentions in text (and inline code holding just a code)
 * to their pages, as the HTML page does; text inside links is left alone.
 */
export function linkCodeMentions(
  tree: Nodes,
  linkable: (code: number) => boolean,
  urlFor: (code: number) => string,
): void {
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (node.type === 'link' || node.type === 'code') return SKIP;
    if (!parent || index === undefined) return;
    if (node.type === 'inlineCode' && /^\d{6}$/.test(node.value) && linkable(Number(node.value))) {
      parent.children[index] = link(urlFor(Number(node.value)), node);
      return SKIP;
    }
    if (node.type !== 'text') return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(MENTION)) {
      const found = Number(match[0]);
      if (!linkable(found)) continue;
      if (match.index > last) parts.push(text(node.value.slice(last, match.index)));
      parts.push(link(urlFor(found), text(match[0])));
      last = match.index + match[0].length;
    }
    if (!parts.length) return;
    if (last < node.value.length) parts.push(text(node.value.slice(last)));
    parent.children.splice(index, 1, ...(parts as never[]));
    return [SKIP, index + parts.length];
  });
}

/** The plain text of a node, without markup. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
