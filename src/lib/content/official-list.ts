/**
 * Parser for the official "全局错误码" page as published by the WPS Open
 * Platform (kept verbatim in tests/fixtures/global-error-codes.txt).
 *
 * On that page every table row is the code immediately followed by its
 * message ("100014access token过期…"), with no separator, so a row is split
 * at the first non-digit character. The page ends with a support footer.
 */

export interface OfficialCode {
  code: number;
  /** The official message, character for character. */
  message: string;
}

export interface OfficialList {
  codes: OfficialCode[];
  /** The support sentence printed under the table. */
  footer: string;
}

/** The table header row; rows before it are the page's navigation. */
const TABLE_HEADER = '错误码含义说明';
const ROW = /^(\d+)(\S.*)$/;

export function parseOfficialList(text: string): OfficialList {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const headerIndex = lines.indexOf(TABLE_HEADER);
  if (headerIndex === -1) throw new Error(`official list: header row "${TABLE_HEADER}" not found`);

  const codes: OfficialCode[] = [];
  let footer = '';
  for (const line of lines.slice(headerIndex + 1)) {
    const row = ROW.exec(line);
    if (row) {
      codes.push({ code: Number(row[1]), message: row[2] });
    } else {
      footer = line;
    }
  }
  return { codes, footer };
}
