/**
 * A short form of an official message for titles and link previews. Several
 * official messages run to a paragraph (100014 carries instructions after its
 * first sentence); a preview needs only the first sentence.
 */

export const SUMMARY_MAX_LENGTH = 48;

export function summarizeMessage(message: string, max = SUMMARY_MAX_LENGTH): string {
  const firstSentence = message.split('。')[0].trim() || message.trim();
  const chars = [...firstSentence];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : firstSentence;
}
