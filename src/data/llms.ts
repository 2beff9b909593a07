import type { LlmsTxtInput } from '../lib/editions/llms-txt';
import { localized, t } from '../i18n';
import { paths } from '../lib/site/urls';
import { absoluteUrl } from '../href';
import type { Catalog } from './catalog';

/** The title, summary and notes that open /llms.txt and /llms-full.txt. */
export function llmsHeader(site: URL | undefined): Pick<LlmsTxtInput, 'title' | 'summary' | 'details'> {
  const url = (path: string) => absoluteUrl(site, path);
  return {
    title: t('site.name'),
    summary: t('llms.summary'),
    details: [
      t('llms.officialNote'),
      t('llms.editions', {
        markdown: url(paths.codeMarkdown(100014)),
        json: url(paths.codeJson(100014)),
        export: url(paths.export()),
        schema: url(paths.exportSchema()),
      }),
    ],
  };
}

/** /llms.txt: every code page and guide, as links to their Markdown editions. */
export function llmsInput(catalog: Catalog, site: URL | undefined): LlmsTxtInput {
  const url = (path: string) => absoluteUrl(site, path);
  const codeSections = catalog.categories
    .map(({ heading, codes }) => ({
      name: heading,
      links: codes.map((c) => ({
        name: `${c.code} ${c.data.title}`,
        url: url(c.paths.markdown),
        note: c.action
          ? t('llms.codeNote', { message: c.data.messageEn, action: localized(c.action, 'label') })
          : c.data.messageEn,
      })),
    }))
    .filter((s) => s.links.length > 0);
  return {
    ...llmsHeader(site),
    sections: [
      ...codeSections,
      {
        name: t('llms.guides'),
        links: catalog.guides.map((g) => ({
          name: g.entry.data.title,
          url: url(paths.guideMarkdown(g.entry.id)),
          note: g.entry.data.summary,
        })),
      },
      {
        name: t('llms.machineReadable'),
        links: [
          { name: 'errors.json', url: url(paths.export()), note: t('llms.exportNote') },
          { name: 'errors.schema.json', url: url(paths.exportSchema()), note: t('llms.schemaNote') },
          { name: 'llms-full.txt', url: url(paths.llmsFull()), note: t('llms.fullNote') },
        ],
      },
    ],
  };
}
