/** Shared by the diagnosis tests: run the real diagnosis and pick one check's findings. */
import { readdirSync } from 'node:fs';
import { diagnose, type Diagnosis } from '../../../src/lib/diagnose/diagnose';
import type { Finding } from '../../../src/lib/diagnose/finding';

/** The documented codes, from the content files themselves (not from the code under test). */
export const documentedCodes = new Set(
  readdirSync(new URL('../../../content/errors/', import.meta.url)).map((f) => Number(f.replace(/\.md$/, ''))),
);

export const run = (input: string): Diagnosis => diagnose(input, (code) => documentedCodes.has(code));

export function findings(input: string, check?: string): Finding[] {
  const result = run(input);
  if (result.kind !== 'request') throw new Error(`not diagnosed as a known request: ${result.kind}`);
  return check ? result.findings.filter((f) => f.check === check) : result.findings;
}

/** Well-formed requests of every kind, built from the shapes in the WPS docs and public SDKs. */
export const CORRECT = {
  oldAuthorize:
    'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=AK20240101ABCD&redirect_uri=https%3A%2F%2Fapp.example.com%2Fwps%2Fcallback&scope=user_info,cloud_file&state=8f3c1e0a9b2d4c6e',
  newAuthorize:
    'https://openapi.wps.cn/oauth2/auth?response_type=code&client_id=AK20240101ABCD&redirect_uri=https%3A%2F%2Fapp.example.com%2Fwps%2Fcallback&scope=kso.user_base.read&state=8f3c1e0a9b2d4c6e',
  oldToken: 'https://openapi.wps.cn/oauthapi/v2/token?appid=AK20240101ABCD&appkey=sk_live_9a8b7c&code=gaCODE123',
  oldRefresh: `curl -X POST "https://openapi.wps.cn/oauthapi/v2/token/refresh" \\
  -H "Content-Type: application/json" \\
  -d '{"appid":"AK20240101ABCD","appkey":"sk_live_9a8b7c","refresh_token":"rt_abcdef"}'`,
  newExchange: `curl -X POST "https://openapi.wps.cn/oauth2/token" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  --data-urlencode "grant_type=authorization_code" \\
  --data-urlencode "code=gaCODE123" \\
  --data-urlencode "redirect_uri=https://app.example.com/wps/callback" \\
  --data-urlencode "client_id=AK20240101ABCD" \\
  --data-urlencode "client_secret=sk_live_9a8b7c"`,
  newRefresh: `POST /oauth2/token HTTP/1.1
Host: openapi.wps.cn
Content-Type: application/x-www-form-urlencoded

grant_type=refresh_token&refresh_token=rt_abcdef&client_id=AK20240101ABCD&client_secret=sk_live_9a8b7c`,
  appToken:
    'curl -X POST https://openapi.wps.cn/oauth2/token -d grant_type=client_credentials -d client_id=AK20240101ABCD -d client_secret=sk_live_9a8b7c',
  callback: 'https://app.example.com/wps/callback?code=gaCODE123&state=8f3c1e0a9b2d4c6e',
} as const;
