import type { ExportedCode } from '../schemas/errors-export';
import { paths } from '../lib/site/urls';
import { absoluteUrl } from '../href';
import { localized } from '../i18n';
import { sourcesFor } from './sources';
import type { Catalog, CodeRecord } from './catalog';

/** The guide sections a code links, with their titles, as absolute URLs. */
export function guideLinks(record: CodeRecord, catalog: Catalog, site: URL | undefined) {
  return record.guides.map(({ slug, section }) => {
    const guide = catalog.guideBySlug.get(slug)!;
    return {
      url: absoluteUrl(site, paths.guide(slug, section)),
      guide: slug,
      section,
      title: guide.sections.find((s) => s.id === section)!.title,
      guideTitle: guide.entry.data.title,
    };
  });
}

/** A code's record in the export, computed from the same content as its page. */
export function exportedCode(record: CodeRecord, catalog: Catalog, site: URL | undefined): ExportedCode {
  const { code, data } = record;
  return {
    code,
    url: absoluteUrl(site, paths.code(code)),
    json: absoluteUrl(site, paths.codeJson(code)),
    markdown: absoluteUrl(site, paths.codeMarkdown(code)),
    title: data.title,
    message: data.message,
    messageEn: data.messageEn,
    category: record.category.slug,
    categoryTitle: localized(record.category, 'title'),
    action: record.action?.id ?? null,
    actionLabel: record.action ? localized(record.action, 'label') : null,
    ...(data.nextStep && { nextStep: data.nextStep }),
    status: data.status,
    oauthErrors: data.oauthErrors ?? [],
    sameMeaning: record.sameMeaning,
    related: record.related,
    guides: guideLinks(record, catalog, site),
    sources: sourcesFor(data.sources ?? []).map(({ id, title, address, kind }) => ({ id, title, address, kind })),
    ...(data.aliases && { aliases: data.aliases }),
  };
}
