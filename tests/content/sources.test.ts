/** The bibliography and the citations of the real corpus. */
import { describe, expect, it } from 'vitest';
import { parseSources } from '../../src/lib/content/sources';
import { errorFiles, guides, read } from '../support/corpus';

const { sources, problems } = parseSources(read('content/sources.yaml'));
const guideSources = guides.map(({ file, data }) => ({ name: file, ids: (data.sources as string[] | undefined) ?? [] }));

describe('content/sources.yaml', () => {
  it('is valid and holds the sources the site relies on', () => {
    expect(problems).toEqual([]);
    const ids = sources.map((s) => s.id);
    for (const id of ['wps365-user-auth-flow', 'wps365-request-upload', 'wps-doc-global-codes-mirror', 'rfc6749', 'qq-connect-return-codes'])
      expect(ids).toContain(id);
    expect(sources.find((s) => s.id === 'rfc6749')).toMatchObject({ kind: 'standard', address: 'https://www.rfc-editor.org/rfc/rfc6749' });
  });

  it('is cited only by id: every guide cites at least one source, and every citation resolves', () => {
    const known = new Set(sources.map((s) => s.id));
    for (const { name, ids } of guideSources) {
      expect(ids.length, name).toBeGreaterThan(0);
      expect(ids.filter((id) => !known.has(id)), name).toEqual([]);
    }
    const cited = errorFiles.flatMap((e) => e.data.sources ?? []);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });

  it('backs the pages that describe the v7 upload API with its official document', () => {
    for (const code of [120000, 120002, 120003, 120005, 120012]) {
      expect(errorFiles.find((e) => e.code === code)?.data.sources, String(code)).toContain('wps365-request-upload');
    }
    expect(errorFiles.find((e) => e.code === 120004)?.data.sources).toContain('wps365-create-drive');
  });
});
