/**
 * A code page as Markdown (/errors/<code>.md), for readers that want text
 * rather than HTML: coding assistants, scripts, support tools. It holds what
 * the page holds, in the page's order, with the official message marked as
 * such and every link absolute.
 */

import type { PhrasingContent, Root, RootContent } from 'mdast';
import { ERROR_SECTIONS, type SectionMarkdown } from './error-sections';
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
import type { OAuthErrorName, OAuthErrorReference } from './oauth-errors';
import { sourcesBlocks, type CitedSourceLink } from './sources-markdown';

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
  category: { title: string; rangeLabel: string; summary: string; url: string };
  previous?: { code: number; url: string };
  next?: { code: number; url: string };
  sources: CitedSourceLink[];
  /** The page URL of another documented code, or undefined for a number that is not one. */
  codeUrl: (code: number) => string | undefined;
}

export const OFFICIAL_LABEL = 'WPS 开放平台官方原文（逐字引用）';
export const GUIDANCE_NOTE =
  '除标注为「官方原文」的内容外，本页的解释、原因和处理建议均由本站整理，不是 WPS 官方声明。';

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
  const standard = (field: string, label: string, example: { standard: string; standardUrl: string }) => [
    text(`${label}的 `),
    inlineCode(field),
    text('（'),
    link(example.standardUrl, text(example.standard)),
    text('）'),
  ];
  const blocks: RootContent[] = [
    heading(3, ERROR_BODY_HEADING),
    paragraph(text('如果你的服务把这个错误转告自己的调用方，可以用本页地址标明错误类型：')),
    list([
      standard('type', 'RFC 9457 问题详情', problem),
      ...(oauth ? [standard('error_uri', 'OAuth 错误响应', oauth)] : []),
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
      text('网页版：'),
      link(input.url, text(input.url)),
      text(' · JSON：'),
      link(input.jsonUrl, text(input.jsonUrl)),
    ),
  );
  if (input.retired) children.push(paragraph(text('这个错误码已停用；页面保留，供旧工单和日志查阅。')));
  children.push(paragraph(strong(text(OFFICIAL_LABEL)), text('：')), blockquote(paragraph(text(input.message))));
  children.push(paragraph(text('English (our translation): '), text(input.messageEn)));
  if (input.action) {
    children.push(paragraph(strong(text('客户端应该')), text(`：${input.action.label}。${input.action.advice}`)));
  }
  if (input.nextStep) children.push(paragraph(strong(text('现在就做')), text(`：${input.nextStep}`)));

  for (const { id } of ERROR_SECTIONS) {
    const markdown = input.sections[id];
    if (markdown === undefined) continue;
    children.push(heading(2, headingOf(id)), ...sectionBody(markdown, input));
    if (id === 'fix' && input.guides.length) {
      children.push(
        paragraph(strong(text('处理指南')), text('：')),
        list(input.guides.map((g) => [link(g.url, text(g.title)), text(` — ${g.guideTitle}`)])),
      );
    }
  }

  children.push(
    heading(2, '示例响应'),
    paragraph(
      text('旧版 '),
      inlineCode('oauthapi/v2'),
      text(' 接口以 '),
      inlineCode('result'),
      text(' 字段返回错误码，响应体形如下例（示意；实际 '),
      inlineCode('msg'),
      text(' 文本可能与官方列表不同，判断时请以 '),
      inlineCode('result'),
      text(' 的数值为准）：'),
    ),
    codeBlock(input.exampleResponse, 'json'),
  );
  if (input.oauthErrors.length) {
    const names: PhrasingContent[] = input.oauthErrors.flatMap(({ name, reference }, i) => [
      ...(i > 0 ? [text('、')] : []),
      inlineCode(name),
      text('（'),
      link(reference.url, text(`${reference.rfc} ${reference.section}`)),
      text('）'),
    ]);
    children.push(
      paragraph(
        text('最接近的标准 OAuth 错误（本站对照，非官方映射）：'),
        ...names,
        text('。新版 WPS 365 '),
        inlineCode('oauth2'),
        text(' 接口的错误码与此表不同。'),
      ),
    );
  }
  children.push(...errorBodyBlocks(input));

  children.push(heading(2, '相关'));
  if (input.sameMeaning.length) children.push(heading(3, '含义相同的错误码'), codeList(input.sameMeaning));
  if (input.related.length) children.push(heading(3, '相关错误码'), codeList(input.related));
  const { category } = input;
  children.push(
    heading(3, '所属分类'),
    paragraph(link(category.url, text(`${category.title}（${category.rangeLabel}）`)), text(`：${category.summary}`)),
  );
  const pager: PhrasingContent[] = [];
  if (input.previous) pager.push(text('上一个：'), link(input.previous.url, text(String(input.previous.code))));
  if (input.previous && input.next) pager.push(text(' · '));
  if (input.next) pager.push(text('下一个：'), link(input.next.url, text(String(input.next.code))));
  if (pager.length) children.push(paragraph(...pager));

  children.push(...sourcesBlocks(input.sources));
  children.push({ type: 'thematicBreak' }, paragraph(text(GUIDANCE_NOTE)));
  return { type: 'root', children };
}

export const codeMarkdown = (input: CodeMarkdownInput): string => printMarkdown(codeMarkdownTree(input));
