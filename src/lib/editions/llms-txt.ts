/**
 * /llms.txt and /llms-full.txt, in the llmstxt.org format: an H1 with the
 * site's name, a blockquote summary, paragraphs without headings, then H2
 * sections, each a list of "[name](url): one line" entries.
 */

import type { RootContent } from 'mdast';
import { blockquote, heading, link, list, paragraph, parseMarkdown, printMarkdown, text } from './markdown-ast';

export interface LlmsLink {
  name: string;
  url: string;
  /** One line about the linked file. */
  note?: string;
}

export interface LlmsTxtInput {
  title: string;
  summary: string;
  /** Paragraphs between the summary and the sections, in Markdown. */
  details: string[];
  sections: { name: string; links: LlmsLink[] }[];
}

/** Line breaks inside a note would end the list item, so a note is one line. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

function header(input: Pick<LlmsTxtInput, 'title' | 'summary' | 'details'>): RootContent[] {
  return [
    heading(1, input.title),
    blockquote(paragraph(text(oneLine(input.summary)))),
    ...input.details.flatMap((d) => parseMarkdown(d).children),
  ];
}

export function llmsTxt(input: LlmsTxtInput): string {
  const children: RootContent[] = header(input);
  for (const section of input.sections) {
    children.push(
      heading(2, section.name),
      list(section.links.map((l) => [link(l.url, text(l.name)), ...(l.note ? [text(`: ${oneLine(l.note)}`)] : [])])),
    );
  }
  return printMarkdown({ type: 'root', children });
}

/**
 * Every page's Markdown in one file, after the same title and summary. Each
 * page keeps its own H1, so the file is the pages printed once, joined.
 */
export function llmsFullTxt(input: Pick<LlmsTxtInput, 'title' | 'summary' | 'details'>, pages: string[]): string {
  return [printMarkdown({ type: 'root', children: header(input) }), ...pages].join('\n');
}
