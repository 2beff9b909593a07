/** The media types of a page's other editions, as announced in links and served by hosts. */
export const MEDIA_TYPES = { json: 'application/json', markdown: 'text/markdown' } as const;
