/**
 * The preview image (og:image) of every page that has one: each code page,
 * each guide and the home page, keyed by the page's site path.
 */
import { localized, t } from '../i18n';
import type { PreviewCard } from '../lib/preview-image/card';
import { paths } from '../lib/site/urls';
import { getCatalog } from './catalog';

export interface PagePreview {
  card: PreviewCard;
  /** The image's site path, e.g. og/errors/100014.png. */
  imagePath: string;
  /** The image's alternative text (og:image:alt). */
  alt: string;
}

let previews: Promise<Map<string, PagePreview>> | undefined;

/** Every page's preview, by the page's site path ('' for the home page). */
export function getPreviews(): Promise<Map<string, PagePreview>> {
  previews ??= buildPreviews();
  return previews;
}

async function buildPreviews(): Promise<Map<string, PagePreview>> {
  const { codes, guides } = await getCatalog();
  const siteName = t('site.name');
  const entries: [string, Omit<PagePreview, 'imagePath'>][] = [
    [
      paths.home(),
      {
        card: {
          kicker: t('preview.homeKicker', { count: codes.length }),
          headline: siteName,
          headlineIsCode: false,
          body: t('site.tagline'),
          siteName,
        },
        alt: t('preview.pageAlt', { kicker: siteName, title: t('site.tagline') }),
      },
    ],
    ...codes.map(({ code, data, category }): [string, Omit<PagePreview, 'imagePath'>] => {
      // Every code has a title (the schema requires it); the code stands in only for the type.
      const title = localized(data, 'title') ?? String(code);
      const categoryTitle = localized(category, 'title');
      return [
        paths.code(code),
        {
          card: {
            kicker: t('code.kicker', { category: categoryTitle }),
            headline: String(code),
            headlineIsCode: true,
            title,
            bodyLabel: t('preview.officialLabel'),
            body: data.message,
            siteName,
          },
          alt: t('preview.codeAlt', { code, category: categoryTitle, title }),
        },
      ];
    }),
    ...guides.map(({ entry }): [string, Omit<PagePreview, 'imagePath'>] => [
      paths.guide(entry.id),
      {
        card: {
          kicker: t('preview.guideKicker'),
          headline: entry.data.title,
          headlineIsCode: false,
          body: entry.data.summary,
          siteName,
        },
        alt: t('preview.pageAlt', { kicker: t('preview.guideKicker'), title: entry.data.title }),
      },
    ]),
  ];
  return new Map(entries.map(([page, preview]) => [page, { ...preview, imagePath: paths.previewImage(page) }]));
}
