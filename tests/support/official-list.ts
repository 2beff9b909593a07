/** Our verbatim copy of the official list (tests/fixtures/global-error-codes.txt), parsed: what every count of codes is derived from. */
import { parseOfficialList } from '../../src/lib/content/official-list';
import { readContentFile } from '../../src/loaders/content-reader';

export const official = parseOfficialList(
  readContentFile(new URL('../../', import.meta.url), 'tests/fixtures/global-error-codes.txt'),
);
