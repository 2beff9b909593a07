import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/file-problem';
import { parseOfficialListRecord } from '../../../src/lib/content/official-list-record';
import type { Source } from '../../../src/lib/content/sources';
import { todayIso } from '../../../src/lib/content/calendar-date';

const mirror: Source = {
  id: 'list-mirror',
  title: '全局错误码',
  address: 'http://archive.example.org/list',
  kind: 'mirror',
};
const parse = (text: string) => parseOfficialListRecord(text, [mirror]);
const problems = (text: string) => parse(text).problems.map(formatProblem);
const valid = 'received: 2026-11-24\npage: https://open.wps.cn/\narchive: list-mirror\n';

describe('content/official-list.yaml', () => {
  it('gives the date and resolves the archive to its bibliography entry', () => {
    expect(parse(valid)).toEqual({
      info: { received: '2026-11-24', page: 'https://open.wps.cn/', archive: mirror },
      problems: [],
    });
  });

  it('names the field of each mistake', () => {
    expect(problems(valid.replace('2026-11-24', '24.11.2026'))).toEqual([
      'content/official-list.yaml: field "received": must be a date written YYYY-MM-DD (the date the copy of the official list was received)',
    ]);
    expect(problems(valid.replace('list-mirror', 'no-such-copy'))).toEqual([
      'content/official-list.yaml: field "archive": "no-such-copy" is not an id in content/sources.yaml',
    ]);
    expect(problems(valid.replace(/^received.*\n/, ''))).toEqual([
      'content/official-list.yaml: field "received": is required',
    ]);
    expect(problems(`${valid}capturedBy: me\n`)).toEqual([
      'content/official-list.yaml: field "capturedBy": unknown field (allowed: received, page, archive)',
    ]);
  });

  it('refuses a date that has not come yet', () => {
    const [problem] = problems(valid.replace('2026-11-24', '2999-01-01'));
    expect(problem).toContain('field "received": 2999-01-01 is in the future');
    expect(problem).toContain(`(${todayIso()})`);
  });
});
