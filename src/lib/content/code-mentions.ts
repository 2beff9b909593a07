/**
 * Links the codes that an explanation mentions ("先用 refresh token 刷新（见
 * 100014）") to their pages, so authors write plain numbers and the links
 * can never go stale. Only documented codes are linked; text inside links
 * and code blocks is left alone, and so is a mention of the page's own code.
 * A code written as inline code (`100014`) becomes a link around it.
 */

const TOKEN = /(<[^>]+>)/;
const MENTION = /(?<![\d.])\d{6}(?![\d.])/g;

export function linkCodeMentions(
  html: string,
  linkable: (code: number) => boolean,
  hrefFor: (code: number) => string,
): string {
  const link = (code: string, inner: string) => `<a href="${hrefFor(Number(code))}">${inner}</a>`;
  // Inline code holding just a code: <code>100014</code> → <a><code>100014</code></a>.
  const withInline = html.replace(/<code>(\d{6})<\/code>/g, (whole, code: string) =>
    linkable(Number(code)) ? link(code, whole) : whole,
  );
  let skipDepth = 0;
  return withInline
    .split(TOKEN)
    .map((part, i) => {
      if (i % 2 === 1) {
        if (/^<(a|code|pre)\b/i.test(part)) skipDepth++;
        else if (/^<\/(a|code|pre)>/i.test(part)) skipDepth = Math.max(0, skipDepth - 1);
        return part;
      }
      if (skipDepth > 0) return part;
      return part.replace(MENTION, (code) => (linkable(Number(code)) ? link(code, code) : code));
    })
    .join('');
}
