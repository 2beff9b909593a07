/** Our verbatim copy of the official list (tests/fixtures/global-error-codes.txt), parsed: what every count of codes is derived from. */
import { readFileSync } from 'node:fs';
import { parseOfficialList } from '../../src/lib/content/official-list';

export const official = parseOfficialList(
  readFileSync(new URL('../fixtures/global-error-codes.txt', import.meta.url), 'utf8'),
);
