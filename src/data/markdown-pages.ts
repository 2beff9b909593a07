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
import { OFFICIAL_LIST } from './official-list';
import { sourcesFor } from './sources';

/** What a code page's Markdown edition holds, from the same content as the page. */
export async function codeMarkdownInput(
  record: CodeRecord,
  catalog: Catalog,
  site: URL | undefined,
): Promise<CodeMarkdownInput> {
  const { code, data, category, action, neighbours } = record;
  const url = (path: string) => absoluteUrl(site, path);
  const codeUrl = (other: number) => {
    const page = catalog.byCode.get(other)?.paths.page;
    return page === undefined ? undefined : url(page);
  };
  const linked = (other: number) => ({
    code: other,
    message: catalog.byCode.get(other)!.data.message,
    url: codeUrl(other)!,
  });
  const entry = await getEntry('errors', String(code));
  return {
    code,
    headline: data.title,
    url: url(record.paths.page),
    jsonUrl: url(record.paths.json),
    message: data.message,
    messageEn: data.messageEn,
    reviewed: data.reviewed,
    officialList: { received: OFFICIAL_LIST.received, archiveUrl: OFFICIAL_LIST.archive.address },
    retired: data.status === 'retired',
    action: action && { label: localized(action, 'label'), advice: localized(action, 'advice') },
    nextStep: data.nextStep,
    sections: splitErrorSections(entry?.body ?? '', []).sections,
    guides: guideLinks(record, site),
    exampleResponse: exampleResponse(code, data.message),
    oauthErrors: (data.oauthErrors ?? []).map((name) => ({ name, reference: OAUTH_ERROR_REFERENCES[name] })),
    sameMeaning: record.sameMeaning.map(linked),
    related: record.related.map(linked),
    category: {
      heading: catalog.categoryBySlug.get(category.slug)!.heading,
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
  const codePage = (code: number) => url(catalog.byCode.get(code)!.paths.page);
  return {
    file: guide.entry.filePath ?? `content/guides/${slug}.mdx`,
    source: guide.entry.body ?? '',
    title: guide.entry.data.title,
    summary: guide.entry.data.summary,
    reviewed: guide.entry.data.reviewed,
    url: url(paths.guide(slug)),
    codes: guide.codes.map(({ code, sections }) => ({
      code,
      message: catalog.byCode.get(code)!.data.message,
      url: codePage(code),
      sections: sections.map((section) => ({ title: section.title, url: url(paths.guide(slug, section.id)) })),
    })),
    sources: sourcesFor(guide.entry.data.sources ?? []),
    lookupCode: (code) => {
      const record = catalog.byCode.get(code);
      return record && { url: codePage(code), message: record.data.message };
    },
  };
}
