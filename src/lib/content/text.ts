/**
 * Content files as editors save them: a byte-order mark at the start and
 * Windows (CRLF) or old Mac (CR) line endings are accepted everywhere content
 * is read. Every reader of content/ passes the file's text through here first,
 * so the parsers behind it see one form: no BOM, `\n` line endings.
 */
export function contentText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
