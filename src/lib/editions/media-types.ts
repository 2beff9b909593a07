/** The media types of a page's other editions, images and feeds, as announced in links and served by hosts. */
export const MEDIA_TYPES = {
  json: 'application/json',
  markdown: 'text/markdown',
  png: 'image/png',
  atom: 'application/atom+xml',
} as const;
