/**
 * Every internal URL of the site, built in one place. The URLs are permanent
 * (they are pasted into tickets), and every one respects the deployment's
 * base path, so the site also works under a sub-path such as /wps-errors/.
 */

export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/*$/, '/')}${path.replace(/^\/+/, '')}`;
}

export const paths = {
  home: () => '',
  code: (code: number) => `errors/${code}/`,
  codeJson: (code: number) => `errors/${code}.json`,
  codeMarkdown: (code: number) => `errors/${code}.md`,
  lookup: (query?: string) => (query === undefined ? 'errors/' : `errors/?code=${encodeURIComponent(query)}`),
  /** A code's page opened from a QQ Connect paste: the page says first that the paste is QQ's. */
  codeFromQq: (code: number) => `errors/${code}/?via=qq-connect`,
  categories: () => 'categories/',
  category: (slug: string) => `categories/${slug}/`,
  guides: () => 'guides/',
  guide: (slug: string, section?: string) => `guides/${slug}/${section ? `#${section}` : ''}`,
  diagnose: () => 'diagnose/',
  guideMarkdown: (slug: string) => `guides/${slug}.md`,
  search: (query?: string) => (query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
  lookupIndex: () => 'lookup.json',
  export: () => 'errors.json',
  exportSchema: () => 'errors.schema.json',
  llms: () => 'llms.txt',
  llmsFull: () => 'llms-full.txt',
  changes: () => 'changes/',
  changesFeed: () => 'changes.xml',
  /** The preview image (og:image) of the page at a site path: '' → og/index.png, 'errors/100014/' → og/errors/100014.png. */
  previewImage: (pagePath: string) => `og/${pagePath.replace(/\/$/, '') || 'index'}.png`,
} as const;
