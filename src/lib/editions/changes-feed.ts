/**
 * The feed of changes: every page's `changes` entries, newest first, as an
 * Atom document (RFC 4287) and as the rows of the /changes/ page.
 */

export interface ChangeItem {
  /** YYYY-MM-DD. */
  date: string;
  note: string;
  /** The page's title as its heading shows it, e.g. "100014 access token 已过期". */
  pageTitle: string;
  /** Site path of the page (below the base path), with the changed section's anchor if there is one: errors/100014/#fix. */
  path: string;
  /** Permanent and unique among all items: the page's site path, the date and the entry's position that day. */
  key: string;
}

/**
 * Newest first; on the same day, in the order the pages are listed (codes by
 * number, then guides) and, within a page, in the order written. Stable, so the
 * feed is the same on every build of the same content.
 */
export function sortChanges(items: readonly ChangeItem[]): ChangeItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date === b.item.date ? a.index - b.index : a.item.date < b.item.date ? 1 : -1))
    .map(({ item }) => item);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

export interface FeedInfo {
  title: string;
  subtitle: string;
  author: string;
  lang: string;
  /** Absolute URL of the feed itself (rel="self"). */
  selfUrl: string;
  /** Absolute URL of the readable /changes/ page; also the feed's permanent id. */
  pageUrl: string;
  /** The date of an empty feed's <updated>: there is no newest entry to take it from. */
  emptyUpdated: string;
  /** An entry's title, from its page and note (worded by the locale's string table). */
  entryTitle: (item: ChangeItem) => string;
  /** The absolute URL of a site path: entries link the deployed pages. */
  absolute: (path: string) => string;
}

/** Dates carry no time of day; Atom wants one, so midnight UTC stands for the day. */
const atomDate = (date: string) => `${date}T00:00:00Z`;

/** An Atom feed of the items (already sorted). Every text is escaped: content never becomes markup. */
export function atomFeed(info: FeedInfo, items: readonly ChangeItem[]): string {
  const e = escapeXml;
  const updated = atomDate(
    items.reduce((latest, i) => (i.date > latest ? i.date : latest), items[0]?.date ?? info.emptyUpdated),
  );
  const entries = items.map(
    (item) => `  <entry>
    <id>${e(`${info.pageUrl}#${item.key}`)}</id>
    <title>${e(info.entryTitle(item))}</title>
    <link rel="alternate" type="text/html" href="${e(info.absolute(item.path))}"/>
    <updated>${atomDate(item.date)}</updated>
    <summary>${e(item.note)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(info.lang)}">
  <id>${e(info.pageUrl)}</id>
  <title>${e(info.title)}</title>
  <subtitle>${e(info.subtitle)}</subtitle>
  <updated>${updated}</updated>
  <author><name>${e(info.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${e(info.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(info.pageUrl)}"/>
${entries.join('')}</feed>
`;
}
