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
} as const;
