/** /changes.xml: the Atom feed of what changed on the code pages and guides, newest first. */
import type { APIRoute } from 'astro';
import { getChanges } from '../data/changes';
import { absoluteUrl } from '../href';
import { SITE_LOCALE, t } from '../i18n';
import { atomFeed } from '../lib/editions/changes-feed';
import { MEDIA_TYPES } from '../lib/editions/media-types';
import { SITE_FIRST_PUBLISHED } from '../lib/site/site';
import { paths } from '../lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const items = await getChanges();
  const xml = atomFeed(
    {
      title: t('changes.feedTitle', { site: t('site.name') }),
      subtitle: t('changes.description'),
      author: t('site.name'),
      lang: SITE_LOCALE.lang,
      selfUrl: absoluteUrl(site, paths.changesFeed()),
      pageUrl: absoluteUrl(site, paths.changes()),
      emptyUpdated: SITE_FIRST_PUBLISHED,
      entryTitle: (item) => t('changes.entryTitle', { page: item.pageTitle, note: item.note }),
      absolute: (path) => absoluteUrl(site, path),
    },
    items,
  );
  return new Response(xml, { headers: { 'Content-Type': `${MEDIA_TYPES.atom}; charset=utf-8` } });
};
