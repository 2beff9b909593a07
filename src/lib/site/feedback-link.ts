/**
 * The "报告本页问题" link: the configured address (FEEDBACK_URL) with the
 * page's title and URL written into the report, so the reader only has to say
 * what is wrong. It is a plain link: nothing is sent until the reader clicks.
 */

export interface FeedbackPage {
  /** The page's title as the reader sees it, e.g. "100014 access token过期". */
  title: string;
  /** The page's absolute URL. */
  url: string;
}

export interface FeedbackText {
  subject: string;
  body: string;
}

/**
 * An issue tracker's address gets `title` and `body` query parameters (kept
 * alongside any it already has, such as a template or labels); a mailto:
 * address gets `subject` and `body`, percent-encoded as RFC 6068 asks.
 */
export function feedbackHref(address: string, text: FeedbackText): string {
  const url = new URL(address);
  if (url.protocol === 'mailto:') {
    const query = `subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(text.body)}`;
    return `mailto:${url.pathname}?${query}`;
  }
  url.searchParams.set('title', text.subject);
  url.searchParams.set('body', text.body);
  return url.href;
}
