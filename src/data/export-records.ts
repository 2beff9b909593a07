import type { ExportedCode } from '../schemas/errors-export';
import { paths } from '../lib/site/urls';
import { absoluteUrl } from '../href';
import { localized } from '../i18n';
import { sourcesFor } from './sources';
import type { CodeRecord } from './catalog';

/** The guide sections a code links, with their titles, as absolute URLs. */
export function guideLinks(record: CodeRecord, site: URL | undefined) {
  return record.guides.map(({ slug, section, title, guide }) => ({
    url: absoluteUrl(site, paths.guide(slug, section)),
    guide: slug,
    section,
    title,
    guideTitle: guide.entry.data.title,
  }));
}

/** A code's record in the export, computed from the same content as its page. */
export function exportedCode(record: CodeRecord, site: URL | undefined): ExportedCode {
  const { code, data } = record;
  return {
    code,
    url: absoluteUrl(site, record.paths.page),
    json: absoluteUrl(site, record.paths.json),
    markdown: absoluteUrl(site, record.paths.markdown),
    title: data.title,
    message: data.message,
    messageEn: data.messageEn,
    category: record.category.slug,
    categoryTitle: localized(record.category, 'title'),
    action: record.action?.id ?? null,
    actionLabel: record.action ? localized(record.action, 'label') : null,
    ...(data.nextStep && { nextStep: data.nextStep }),
    status: data.status,
    reviewed: data.reviewed,
    subjects: data.subjects,
    problems: data.problems,
    oauthErrors: data.oauthErrors ?? [],
    sameMeaning: record.sameMeaning,
    related: record.related,
    guides: guideLinks(record, site),
    sources: sourcesFor(data.sources ?? []).map(({ id, title, address, kind }) => ({ id, title, address, kind })),
    ...(data.aliases && { aliases: data.aliases }),
  };
}
