/**
 * Any paste answers fast: the input read is capped, the findings shown are
 * capped (the rest counted), and each fragment is short. The time bound here
 * is generous because the machine may be busy; the figure printed is the one
 * to compare with the page's 200 ms budget.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_SHOWN, MAX_FRAGMENT_LENGTH } from '../../../src/lib/diagnose/diagnose';
import { diagnosisTicket } from '../../../src/lib/diagnose/ticket';
import { run } from './helpers';

const KB = 1024;
const repeatTo = (head: string, unit: string, size: number) =>
  head + unit.repeat(Math.ceil((size - head.length) / unit.length));

/** Pastes of repeated parameters in each form a request can take, each tripping several checks per parameter. */
const PASTES = (size: number) => ({
  'URL, one name repeated': repeatTo('https://openapi.wps.cn/oauthapi/v2/authorize?', 'scope= a，b%&', size),
  'URL, broken percent and spaces': repeatTo('https://openapi.wps.cn/oauth2/auth?', 'x%zz%20=%20y &', size),
  'curl, many -d': repeatTo('curl https://openapi.wps.cn/oauth2/token ', "-d 'code= x' ", size),
  'raw HTTP form body': repeatTo('POST /oauthapi/v2/token HTTP/1.1\nHost: openapi.wps.cn\n\n', 'appkey= k&', size),
});

describe('work per paste is bounded', () => {
  for (const size of [100 * KB, 1024 * KB]) {
    for (const [name, input] of Object.entries(PASTES(size))) {
      it(`${size / KB} KB, ${name}: at most ${MAX_FINDINGS_SHOWN} findings shown, the rest counted, quickly`, () => {
        run(input); // the first call compiles the regular expressions
        const start = performance.now();
        const result = run(input);
        const ticket = diagnosisTicket(result, (path) => path);
        const ms = performance.now() - start;
        console.log(`diagnose + ticket, ${size / KB} KB, ${name}: ${ms.toFixed(1)} ms`);
        expect(result.kind).toBe('request');
        if (result.kind !== 'request') return;
        expect(result.truncated).toBe(true);
        expect(result.findings.length).toBe(MAX_FINDINGS_SHOWN);
        expect(result.hiddenFindings).toBeGreaterThan(0);
        for (const f of result.findings) expect(f.fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
        expect(ticket).toContain(`另有 ${result.hiddenFindings} 条未显示`);
        expect(ticket).toMatch(/另有 \d+ 个参数未列出/);
        expect(ticket.length).toBeLessThan(40_000);
        expect(ms).toBeLessThan(1000);
      });
    }
  }

  it('shows every finding of an ordinary broken request', () => {
    const result = run('https://openapi.wps.cn/oauthapi/v2/authorize?response_type=token&client_id=A&scope=a，b');
    expect(result.kind === 'request' && result.hiddenFindings).toBe(0);
  });
});
