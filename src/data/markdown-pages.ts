import { getEntry } from 'astro:content';
import { codeMarkdown, type CodeMarkdownInput } from '../lib/editions/code-markdown';
import { splitErrorSections } from '../lib/content/error-sections';
import { exampleResponse } from '../lib/content/example-response';
import type { GuideMarkdownInput } from '../lib/editions/guide-markdown';
import { OAUTH_ERROR_REFERENCES } from '../lib/content/oauth-errors';
import { paths } from '../lib/site/urls';
import { absoluteUrl } from '../href';
import { localized } from '../i18n';
import type { Catalog, CodeRecord, GuideRecord } from './catalog';
import { guideLinks } from './export-records';
import { sourcesFor } from './sources';

/** What a code page's Markdown edition holds, from the same content as the page. */
export async function codeMarkdownInput(
  record: CodeRecord,
  catalog: Catalog,
  site: URL | undefined,
): Promise<CodeMarkdownInput> {
  const { code, data, category, action, neighbours } = record;
  const url = (path: string) => absoluteUrl(site, path);
  const codeUrl = (other: number) => (catalog.byCode.has(other) ? url(paths.code(other)) : undefined);
  const linked = (other: number) => ({
    code: other,
    message: catalog.byCode.get(other)!.data.message,
    url: codeUrl(other)!,
  });
  const entry = await getEntry('errors', String(code));
  return {
    code,
    headline: data.title,
    url: url(paths.code(code)),
    jsonUrl: url(paths.codeJson(code)),
    message: data.message,
    messageEn: data.messageEn,
    retired: data.status === 'retired',
    action: action && { label: localized(action, 'label'), advice: localized(action, 'advice') },
    nextStep: data.nextStep,
    sections: splitErrorSections(entry?.body ?? '', []).sections,
    guides: guideLinks(record, catalog, site),
    exampleResponse: exampleResponse(code, data.message),
    oauthErrors: (data.oauthErrors ?? []).map((name) => ({ name, reference: OAUTH_ERROR_REFERENCES[name] })),
    sameMeaning: record.sameMeaning.map(linked),
    related: record.related.map(linked),
    category: {
      title: localized(category, 'title'),
      rangeLabel: category.rangeLabel,
      summary: localized(category, 'summary'),
      url: url(paths.category(category.slug)),
    },
    previous:
      neighbours.previous === undefined ? undefined : { code: neighbours.previous, url: codeUrl(neighbours.previous)! },
    next: neighbours.next === undefined ? undefined : { code: neighbours.next, url: codeUrl(neighbours.next)! },
    sources: sourcesFor(data.sources ?? []),
    codeUrl,
  };
}

const printed = new Map<number, Promise<string>>();

/**
 * A code page's Markdown, printed once per build: /errors/<code>.md and
 * /llms-full.txt share it.
 */
export function codePageMarkdown(record: CodeRecord, catalog: Catalog, site: URL | undefined): Promise<string> {
  let markdown = printed.get(record.code);
  if (!markdown) {
    markdown = codeMarkdownInput(record, catalog, site).then(codeMarkdown);
    printed.set(record.code, markdown);
  }
  return markdown;
}

/** What a guide's Markdown edition holds, from the same content as the page. */
export function guideMarkdownInput(guide: GuideRecord, catalog: Catalog, site: URL | undefined): GuideMarkdownInput {
  const slug = guide.entry.id;
  const url = (path: string) => absoluteUrl(site, path);
  const codePage = (code: number) => url(paths.code(code));
  return {
    file: guide.entry.filePath ?? `content/guides/${slug}.mdx`,
    source: guide.body,
    title: guide.entry.data.title,
    summary: guide.entry.data.summary,
    url: url(paths.guide(slug)),
    codes: guide.codes.map(({ code, sections }) => ({
      code,
      message: catalog.byCode.get(code)!.data.message,
      url: codePage(code),
      sections: sections.map((id) => ({
        title: guide.sections.find((s) => s.id === id)!.title,
        url: url(paths.guide(slug, id)),
      })),
    })),
    sources: sourcesFor(guide.entry.data.sources ?? []),
    lookupCode: (code) => {
      const record = catalog.byCode.get(code);
      return record && { url: codePage(code), message: record.data.message };
    },
  };
}
