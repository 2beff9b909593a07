/**
 * A code page as Markdown (/errors/<code>.md), for readers that want text
 * rather than HTML: coding assistants, scripts, support tools. It holds what
 * the page holds, in the page's order, with the official message marked as
 * such and every link absolute.
 */

import type { PhrasingContent, Root, RootContent } from 'mdast';
import { ERROR_SECTIONS, type SectionMarkdown } from '../content/error-sections';
import { ERROR_BODY_HEADING, oauthErrorExample, problemDetailsExample } from './error-body-links';
import {
  absolutizeLinks,
  blockquote,
  code as codeBlock,
  heading,
  inlineCode,
  link,
  linkCodeMentions,
  list,
  paragraph,
  parseMarkdown,
  printMarkdown,
  strong,
  text,
} from './markdown-ast';
import type { OAuthErrorName, OAuthErrorReference } from '../content/oauth-errors';
import { sourcesBlocks, type CitedSourceLink } from './sources-markdown';
import { t, tParts, type MessageKey } from '../../i18n';

export interface LinkedCode {
  code: number;
  message: string;
  url: string;
}

export interface CodeMarkdownInput {
  code: number;
  /** The page's heading after the code: its title, or a summary of the message. */
  headline: string;
  url: string;
  jsonUrl: string;
  message: string;
  messageEn: string;
  /** When the page's text was last checked against its sources, YYYY-MM-DD. */
  reviewed: string;
  /** When the official list was received, and the address of its public archive. */
  officialList: { received: string; archiveUrl: string };
  retired: boolean;
  action?: { label: string; advice: string };
  nextStep?: string;
  /** The body sections as their authors wrote them, in Markdown. */
  sections: SectionMarkdown;
  guides: { url: string; title: string; guideTitle: string }[];
  exampleResponse: string;
  oauthErrors: { name: OAuthErrorName; reference: OAuthErrorReference }[];
  sameMeaning: LinkedCode[];
  related: LinkedCode[];
  /** The code's category: its heading ("授权认证（100xxx）"), summary and page. */
  category: { heading: string; summary: string; url: string };
  previous?: { code: number; url: string };
  next?: { code: number; url: string };
  sources: CitedSourceLink[];
  /** The page URL of another documented code, or undefined for a number that is not one. */
  codeUrl: (code: number) => string | undefined;
}

export const OFFICIAL_LABEL = t('code.officialCaption');
export const GUIDANCE_NOTE = t('code.guidanceNote');

/** An interface string as Markdown: text, with each `{name}` replaced by the node `value` gives for it. */
const phrasing = (key: MessageKey, value: (name: string) => PhrasingContent): PhrasingContent[] =>
  tParts(key).map((part) => (typeof part === 'string' ? text(part) : value(part.name)));

const headingOf = (id: string) => ERROR_SECTIONS.find((s) => s.id === id)!.heading;

/** An author's section: code mentions linked as on the page, links absolute. */
function sectionBody(markdown: string, input: CodeMarkdownInput): RootContent[] {
  const tree = parseMarkdown(markdown);
  linkCodeMentions(
    tree,
    (other) => other !== input.code && input.codeUrl(other) !== undefined,
    (other) => input.codeUrl(other)!,
  );
  absolutizeLinks(tree, input.url);
  return tree.children;
}

const codeList = (codes: LinkedCode[]) =>
  list(codes.map((c) => [link(c.url, text(String(c.code))), text(` ${c.message}`)]));

/** How to point at this page from your own API's error bodies. */
export function errorBodyBlocks(input: Pick<CodeMarkdownInput, 'url' | 'code' | 'headline' | 'oauthErrors'>) {
  const problem = problemDetailsExample(input.url, input.code, input.headline);
  const firstOAuth = input.oauthErrors[0];
  const oauth = firstOAuth && oauthErrorExample(input.url, firstOAuth.name);
  const standard = (key: MessageKey, field: string, example: { standard: string; standardUrl: string }) =>
    phrasing(key, (name) => (name === 'field' ? inlineCode(field) : link(example.standardUrl, text(example.standard))));
  const blocks: RootContent[] = [
    heading(3, ERROR_BODY_HEADING),
    paragraph(text(t('errorBody.intro'))),
    list([
      standard('errorBody.problemType', 'type', problem),
      ...(oauth ? [standard('errorBody.oauthUri', 'error_uri', oauth)] : []),
    ]),
    codeBlock(problem.example, 'http'),
  ];
  if (oauth) blocks.push(codeBlock(oauth.example, 'http'));
  return blocks;
}

export function codeMarkdownTree(input: CodeMarkdownInput): Root {
  const children: RootContent[] = [heading(1, `${input.code} ${input.headline}`)];
  children.push(
    paragraph(
      text(t('codeMarkdown.webEdition')),
      link(input.url, text(input.url)),
      text(t('codeMarkdown.jsonEdition')),
      link(input.jsonUrl, text(input.jsonUrl)),
    ),
    paragraph(text(t('page.reviewed', { date: input.reviewed }))),
  );
  if (input.retired) children.push(paragraph(text(t('codeMarkdown.retired'))));
  children.push(
    paragraph(
      strong(text(OFFICIAL_LABEL)),
      ...phrasing('codeMarkdown.officialReceived', (name) =>
        name === 'date'
          ? text(input.officialList.received)
          : link(input.officialList.archiveUrl, text(input.officialList.archiveUrl)),
      ),
      text(t('list.labelEnd')),
    ),
    blockquote(paragraph(text(input.message))),
  );
  children.push(paragraph(text('English (our translation): '), text(input.messageEn)));
  if (input.action) {
    children.push(
      paragraph(
        strong(text(t('codeMarkdown.actionLabel'))),
        text(t('codeMarkdown.action', { label: input.action.label, advice: input.action.advice })),
      ),
    );
  }
  if (input.nextStep) {
    children.push(
      paragraph(
        strong(text(t('codeMarkdown.nextStepLabel'))),
        text(t('codeMarkdown.nextStep', { step: input.nextStep })),
      ),
    );
  }

  for (const { id } of ERROR_SECTIONS) {
    const markdown = input.sections[id];
    if (markdown === undefined) continue;
    children.push(heading(2, headingOf(id)), ...sectionBody(markdown, input));
    if (id === 'fix' && input.guides.length) {
      children.push(
        paragraph(strong(text(t('codeMarkdown.guides'))), text(t('list.labelEnd'))),
        list(input.guides.map((g) => [link(g.url, text(g.title)), text(` — ${g.guideTitle}`)])),
      );
    }
  }

  children.push(
    heading(2, t('section.example')),
    paragraph(...phrasing('code.exampleIntro', (name) => inlineCode(name === 'oauthapi' ? 'oauthapi/v2' : name))),
    codeBlock(input.exampleResponse, 'json'),
  );
  if (input.oauthErrors.length) {
    const names: PhrasingContent[] = input.oauthErrors.flatMap(({ name, reference }, i) => [
      ...(i > 0 ? [text(t('list.separator'))] : []),
      inlineCode(name),
      ...phrasing('code.oauthReference', () => link(reference.url, text(`${reference.rfc} ${reference.section}`))),
    ]);
    children.push(paragraph(text(t('code.oauthIntro')), ...names, ...phrasing('code.oauthOutro', inlineCode)));
  }
  children.push(...errorBodyBlocks(input));

  children.push(heading(2, t('section.related')));
  if (input.sameMeaning.length) children.push(heading(3, t('code.sameMeaning')), codeList(input.sameMeaning));
  if (input.related.length) children.push(heading(3, t('code.related')), codeList(input.related));
  const { category } = input;
  children.push(
    heading(3, t('code.category')),
    paragraph(
      link(category.url, text(category.heading)),
      text(t('code.categorySummary', { summary: category.summary })),
    ),
  );
  const pager: PhrasingContent[] = [];
  if (input.previous)
    pager.push(text(t('codeMarkdown.previous')), link(input.previous.url, text(String(input.previous.code))));
  if (input.previous && input.next) pager.push(text(' · '));
  if (input.next) pager.push(text(t('codeMarkdown.next')), link(input.next.url, text(String(input.next.code))));
  if (pager.length) children.push(paragraph(...pager));

  children.push(...sourcesBlocks(input.sources));
  children.push({ type: 'thematicBreak' }, paragraph(text(GUIDANCE_NOTE)));
  return { type: 'root', children };
}

export const codeMarkdown = (input: CodeMarkdownInput): string => printMarkdown(codeMarkdownTree(input));
