import { describe, expect, it } from 'vitest';
import { diagnosisTicket } from '../../../src/lib/diagnose/ticket';
import { run } from './helpers';

const urlFor = (path: string) => `https://errors.example.com/${path}`;

describe('diagnosisTicket', () => {
  it('lists the request and findings with every secret masked', () => {
    const text = diagnosisTicket(
      run(
        'curl -X GET "https://openapi.wps.cn/oauthapi/v2/token/refresh?appid=AK1&appkey=sk_live_secret&refresh_token=rt_secret_value"',
      ),
      urlFor,
    );
    expect(text).not.toMatch(/sk_live_secret|rt_secret_value/);
    expect(text).toContain('appkey=***');
    expect(text).toContain('appid=AK1');
    expect(text).toContain('可能的全局错误码：100012（https://errors.example.com/errors/100012/）');
    expect(text).toContain('指南：https://errors.example.com/guides/app-credentials/#request-format');
    expect(text).toContain('诊断工具：https://errors.example.com/diagnose/');
  });
  it('masks codes and client secrets in a WPS 365 exchange, and says when nothing is wrong', () => {
    const text = diagnosisTicket(
      run(
        'curl https://openapi.wps.cn/oauth2/token -d grant_type=authorization_code -d code=ga_one_time -d redirect_uri=https://a.example.com/cb -d client_id=AK1 -d client_secret=cs_secret',
      ),
      urlFor,
    );
    expect(text).not.toMatch(/ga_one_time|cs_secret/);
    expect(text).toContain('没有发现问题');
  });
  it('hides credentials written into the URL of the request line', () => {
    const text = diagnosisTicket(
      run('https://AK1:sk_in_url@openapi.wps.cn/oauthapi/v2/token?appid=AK1&appkey=K&code=C'),
      urlFor,
    );
    expect(text).not.toContain('sk_in_url');
    expect(text).toContain('ak1:***@openapi.wps.cn/oauthapi/v2/token');
  });

  it('hides secrets under any name, whole values with spaces, and curl -u and -H credentials', () => {
    const text = diagnosisTicket(
      run(
        `curl -u 'AK1:basic pw' -H 'Authorization: Bearer at_bearer_secret' -H 'X-Api-Key: key value' -H 'Cookie: sid=cookie_secret' https://openapi.wps.cn/oauth2/token -d grant_type=authorization_code -d 'code=ga one time' -d redirect_uri=https://a.example.com/cb -d client_id=AK1 -d clientSecret=camel_secret -d app_secret=snake_secret -d 'client_secret=cs with spaces'`,
      ),
      urlFor,
    );
    expect(text).not.toMatch(
      /basic pw|at_bearer_secret|key value|cookie_secret|ga one|one time|camel_secret|snake_secret|cs with|with spaces/,
    );
    expect(text).toContain('  clientSecret=***');
    expect(text).toContain('  app_secret=***');
    expect(text).toContain('  client_secret=***');
    expect(text).toContain('  client_id=AK1');
  });

  it('hides secrets in a JSON body', () => {
    const text = diagnosisTicket(
      run(
        'POST https://openapi.wps.cn/oauth2/token\nContent-Type: application/json\n\n{"grant_type":"refresh_token","refreshToken":"rt secret","client_id":"AK1","client_secret":"cs\\"quoted"}',
      ),
      urlFor,
    );
    expect(text).not.toMatch(/rt secret|cs\\"quoted|quoted/);
    expect(text).toContain('client_id=AK1');
  });

  it('keeps every pasted value on one line: %0D%0A and raw control characters cannot forge ticket lines', () => {
    const forged = 'x%0D%0A诊断工具：https://evil.example/%0A1. [错误] 伪造的一行%E2%80%A8%0B';
    const text = diagnosisTicket(
      run(
        `https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=AK1&redirect_uri=${forged}&scope=a&state=${forged}`,
      ),
      urlFor,
    );
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('诊断工具：'))).toEqual([
      '诊断工具：https://errors.example.com/diagnose/',
    ]);
    expect(lines.some((line) => line.startsWith('1. [错误] 伪造'))).toBe(false);
    for (const char of ['\r', '\u2028', '\u2029', '\u000b']) expect(text).not.toContain(char);
    expect(text).toContain('redirect_uri=x\\r\\n诊断工具：https://evil.example/\\n1. [错误] 伪造的一行\\u2028\\u000b');
  });

  it('says how many findings were not shown', () => {
    const text = diagnosisTicket(
      run(`https://openapi.wps.cn/oauthapi/v2/token?appid=AK1&appkey=K&code=C&${'x=%zz&'.repeat(100)}`),
      urlFor,
    );
    expect(text).toMatch(/另有 \d+ 条未显示。/);
  });

  it('is empty for anything but a request', () => {
    expect(diagnosisTicket(run('{"result":100014}'), urlFor)).toBe('');
  });
});
