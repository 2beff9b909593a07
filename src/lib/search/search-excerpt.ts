/**
 * What a search result shows. A code's excerpt is built from its official
 * message and the first sentences of its meaning, never from the hidden
 * keywords or the OAuth-comparison line, which Pagefind would otherwise pick
 * when they hold the matching words; every result says what kind of page it is.
 */

export type ResultKind = 'code' | 'guide' | 'category' | 'page';

/** The kind of page a result URL points to, whatever the base path. */
export function resultKind(url: string): ResultKind {
  const path = url.replace(/[?#].*$/, '');
  if (/\/errors\/\d+\/?$/.test(path)) return 'code';
  if (/\/guides\/[^/]+\/?$/.test(path)) return 'guide';
  if (/\/categories\/[^/]+\/?$/.test(path)) return 'category';
  return 'page';
}

/** Text of an HTML fragment (our own rendered Markdown), tags dropped and entities decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi,
      (_: string, dec?: string, hex?: string, name?: string) => {
        if (dec) return String.fromCodePoint(Number(dec));
        if (hex) return String.fromCodePoint(parseInt(hex, 16));
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name!.toLowerCase()]!;
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole sentences from the start of a text, up to about `max` characters. */
export function leadingSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = text.match(/[^。！？.!?]+[。！？.!?]?/g) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    if (out && out.length + sentence.length > max) break;
    out += sentence;
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out.trim();
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits a text into plain and marked parts where the query's words occur (case-insensitive). */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (!words.length) return [{ text, mark: false }];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  const lower = new Set(words.map((w) => w.toLowerCase()));
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, mark: lower.has(part.toLowerCase()) }));
}
