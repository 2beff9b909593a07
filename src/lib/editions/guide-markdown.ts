/**
 * A guide as Markdown (/guides/<slug>.md). The guide's MDX source is parsed
 * (remark-mdx) and each of its components is replaced by the Markdown it
 * stands for; the rest of the source is kept as its author wrote it. Working
 * on the source tree, rather than scraping rendered HTML, keeps code blocks,
 * tables and lists exact, and a component with no Markdown form fails the
 * build by name instead of vanishing from the text.
 */

import type { PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { CALLOUT_LABELS, isCalloutKind } from '../content/callouts';
import {
  absolutizeLinks,
  blockquote,
  heading,
  inlineCode,
  link,
  paragraph,
  parseMdx,
  printMarkdown,
  strong,
  text,
} from './markdown-ast';
import { sourcesBlocks, type CitedSourceLink } from './sources-markdown';
import { WPS365_ROWS } from '../search/wps365-errors';
import { t, tParts } from '../../i18n';

export interface GuideMarkdownInput {
  /** The guide's file, for error messages. */
  file: string;
  /** The MDX body, without its front matter. */
  source: string;
  title: string;
  summary: string;
  /** When the guide was last checked against its sources, YYYY-MM-DD. */
  reviewed: string;
  url: string;
  /** The codes the guide resolves, each with the sections that help. */
  codes: { code: number; message: string; url: string; sections: { title: string; url: string }[] }[];
  /** A documented code's page URL and official message, or undefined. */
  lookupCode: (code: number) => { url: string; message: string } | undefined;
  sources: CitedSourceLink[];
}

export const GUIDE_NOTE = t('guide.note');
export const RESOLVED_CODES_HEADING = t('section.codes');

type Attributes = (MdxJsxAttribute | MdxJsxExpressionAttribute)[];

function attribute(attributes: Attributes, name: string): string | undefined {
  const found = attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.value === null || found.value === undefined) return undefined;
  return typeof found.value === 'string' ? found.value : found.value.value;
}

/** Replaces the guide components in a tree with plain Markdown. */
function flatten(nodes: RootContent[], input: GuideMarkdownInput): RootContent[] {
  const fail = (node: RootContent, what: string): never => {
    const line = node.position?.start.line;
    throw new Error(`${input.file}${line ? ` (body line ${line})` : ''}: ${what} has no Markdown form`);
  };
  const documented = (node: RootContent, attributes: Attributes, component: string) => {
    const code = Number(attribute(attributes, 'code'));
    const found = input.lookupCode(code);
    if (!found) fail(node, `<${component} code={${attribute(attributes, 'code')}} /> (not a documented code)`);
    return { code, ...found! };
  };

  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      return fail(node, 'an MDX expression or import');
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const children = () => flatten(node.children, input);
      switch (node.name) {
        case 'Section':
          return [
            heading(2, attribute(node.attributes, 'title') ?? attribute(node.attributes, 'id') ?? ''),
            ...children(),
          ];
        case 'Steps':
          return children();
        case 'Callout': {
          const kind = attribute(node.attributes, 'kind') ?? 'note';
          if (!isCalloutKind(kind)) return fail(node, `<Callout kind="${kind}">`);
          const [first, ...rest] = children();
          const label = [strong(text(CALLOUT_LABELS[kind])), text(t('list.labelEnd'))];
          const opening =
            first?.type === 'paragraph' ? [paragraph(...label, ...first.children)] : [paragraph(...label), first];
          return [blockquote(...opening.filter(Boolean), ...rest)];
        }
        case 'OfficialQuote': {
          const { code, url, message } = documented(node, node.attributes, 'OfficialQuote');
          return [
            blockquote(paragraph(text(message))),
            paragraph(
              text('— '),
              ...tParts('officialQuote.caption').map((part) =>
                typeof part === 'string' ? text(part) : link(url, text(String(code))),
              ),
            ),
          ];
        }
        case 'CodeRef': {
          const { code, url } = documented(node, node.attributes, 'CodeRef');
          return [link(url, inlineCode(String(code)))];
        }
        case 'Wps365ErrorTable':
          return [wps365Table(input)];
        default:
          return fail(node, `<${node.name ?? 'fragment'}>`);
      }
    }
    if ('children' in node) {
      return [{ ...node, children: flatten(node.children, input) } as RootContent];
    }
    return [node];
  });
}

const cell = (...children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });

/** The WPS 365 error table, from the same rows the page renders. */
function wps365Table(input: GuideMarkdownInput): RootContent {
  const header = [
    t('guideMarkdown.errorName'),
    t('newPlatformTable.codes'),
    t('guideMarkdown.descPhrase'),
    t('newPlatformTable.nearest'),
  ];
  return {
    type: 'table',
    align: [null, null, null, null],
    children: [
      { type: 'tableRow', children: header.map((h) => cell(text(h))) },
      ...WPS365_ROWS.map((row) => ({
        type: 'tableRow' as const,
        children: [
          cell(link(`${input.url}#${row.id}`, inlineCode(row.error))),
          cell(text(row.codes.join(t('list.separator')))),
          cell(text(row.descPhrase ?? '—')),
          cell(
            ...row.nearestCodes.flatMap((code, i) => {
              const found = input.lookupCode(code);
              const label = inlineCode(String(code));
              return [...(i > 0 ? [text(t('list.separator'))] : []), found ? link(found.url, label) : label];
            }),
          ),
        ],
      })),
    ],
  };
}

export function guideMarkdownTree(input: GuideMarkdownInput): Root {
  const body = flatten(parseMdx(input.source).children, input);
  const table: RootContent = {
    type: 'table',
    align: [null, null, null],
    children: [
      {
        type: 'tableRow',
        children: [t('table.code'), t('table.message'), t('table.sections')].map((h) => ({
          type: 'tableCell',
          children: [text(h)],
        })),
      },
      ...input.codes.map(({ code, message, url, sections }) => ({
        type: 'tableRow' as const,
        children: [
          { type: 'tableCell' as const, children: [link(url, text(String(code)))] },
          { type: 'tableCell' as const, children: [text(message)] },
          {
            type: 'tableCell' as const,
            children: sections.flatMap((s, i) => [
              ...(i > 0 ? [text(t('list.separator'))] : []),
              link(s.url, text(s.title)),
            ]),
          },
        ],
      })),
    ],
  };
  const tree: Root = {
    type: 'root',
    children: [
      heading(1, input.title),
      paragraph(text(t('codeMarkdown.webEdition')), link(input.url, text(input.url))),
      paragraph(text(t('page.reviewed', { date: input.reviewed }))),
      paragraph(text(input.summary)),
      paragraph(text(GUIDE_NOTE)),
      ...body,
      heading(2, RESOLVED_CODES_HEADING),
      table,
      ...sourcesBlocks(input.sources),
    ],
  };
  absolutizeLinks(tree, input.url);
  return tree;
}

export const guideMarkdown = (input: GuideMarkdownInput): string =>
  printMarkdown(guideMarkdownTree(input), { gfm: true });
