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
  it('is empty for anything but a request', () => {
    expect(diagnosisTicket(run('{"result":100014}'), urlFor)).toBe('');
  });
});
