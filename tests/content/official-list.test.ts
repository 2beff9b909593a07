import { describe, expect, it } from 'vitest';
import { OFFICIAL_SUPPORT_TEXT } from '../../src/lib/site/site';
import { errorFileNames, errorFiles, official } from '../support/corpus';

describe('the corpus matches the official list', () => {
  it('the fixture lists each official code once', () => {
    expect(official.codes.length).toBeGreaterThan(0);
    expect(new Set(official.codes.map((c) => c.code)).size).toBe(official.codes.length);
  });

  it.each(official.codes)('$code has a file with exactly the official message', ({ code, message }) => {
    const entry = errorFiles.find((e) => e.code === code);
    expect(entry, `content/errors/${code}.md`).toBeDefined();
    expect(entry!.data.message).toBe(message);
  });

  it('has no file for a code that is not in the official list', () => {
    const officialCodes = new Set(official.codes.map((c) => c.code));
    expect(errorFiles.filter((e) => !officialCodes.has(e.code)).map((e) => e.file)).toEqual([]);
    expect(errorFileNames).toHaveLength(official.codes.length);
  });

  it('quotes the official support footer verbatim', () => {
    expect(OFFICIAL_SUPPORT_TEXT).toBe(official.footer);
  });
});
