import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/file-problem';
import { citedSources, parseSources, SOURCE_KIND_LABELS } from '../../../src/lib/content/sources';

const entry = (id: string, extra = '') =>
  `- id: ${id}\n  title: 标题\n  address: https://example.com/${id}\n  kind: standard\n${extra}`;
const problems = (text: string) => parseSources(text).problems.map(formatProblem);

describe('parseSources', () => {
  it('reads valid entries in order', () => {
    const { sources, problems } = parseSources(entry('rfc6749') + entry('rfc6750'));
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.id)).toEqual(['rfc6749', 'rfc6750']);
    expect(sources[0]).toEqual({
      id: 'rfc6749',
      title: '标题',
      address: 'https://example.com/rfc6749',
      kind: 'standard',
    });
  });

  it('names the entry and field of each mistake', () => {
    expect(problems(entry('rfc6749').replace('kind: standard', 'kind: blog'))[0]).toMatch(
      /^content\/sources\.yaml: field "\[0\]\.kind": /,
    );
    expect(problems(entry('rfc6749').replace('https://example.com/rfc6749', 'ftp://example.com/x'))[0]).toBe(
      'content/sources.yaml: field "[0].address": expected an http(s) address',
    );
    expect(problems(entry('rfc6749', '  note: x\n'))).toEqual([
      'content/sources.yaml: field "[0].note": unknown field (allowed: id, title, address, kind)',
    ]);
    expect(problems(entry('RFC 6749'))[0]).toMatch(/field "\[0\]\.id": expected a source id/);
    expect(problems(entry('rfc6749') + entry('rfc6749'))).toEqual([
      'content/sources.yaml: field "[1].id": duplicate id "rfc6749"',
    ]);
    expect(problems('- id: [')[0]).toMatch(/^content\/sources\.yaml: invalid YAML/);
  });

  it('resolves cited ids, and refuses an unknown one', () => {
    const { sources } = parseSources(entry('rfc6749') + entry('rfc6750'));
    expect(citedSources(['rfc6750', 'rfc6749'], sources).map((s) => s.id)).toEqual(['rfc6750', 'rfc6749']);
    expect(() => citedSources(['nope'], sources)).toThrow('unknown source "nope"');
  });

  it('has a label for every kind', () => {
    expect(SOURCE_KIND_LABELS['official-wps']).toBe('WPS 官方文档');
    expect(Object.keys(SOURCE_KIND_LABELS)).toHaveLength(6);
  });
});
