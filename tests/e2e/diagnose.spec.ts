/**
 * The request-diagnosis page, used as a reader would: requests of the shapes
 * found in the WPS documentation and public SDKs are pasted into the
 * textarea, and the findings, their links and the privacy guarantees are
 * checked on the built site. Which pages link here is checked on the built
 * HTML (tests/dist/code-page-content.test.ts).
 */
import type { Page } from '@playwright/test';
import { CORRECT_REQUESTS } from '../fixtures/diagnose-requests';
import { expect, test } from './fixtures';
import { axeViolationsInBothSchemes } from './support/axe';

const ORIGIN_CALLBACK = 'https%3A%2F%2Fapp.example.com%2Fwps%2Fcallback';

interface Case {
  name: string;
  input: string;
  /** data-check values that must appear, in any order. */
  checks: string[];
  /** Global code pages the findings must link (old endpoints only). */
  codes?: number[];
  /** Standard OAuth error names the findings must name (new endpoints). */
  standard?: string[];
}

const BROKEN: Case[] = [
  {
    name: 'old authorize link as the Java SDK builds it: placeholder state, redirect_uri not encoded',
    input:
      'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=AK20240101ABCD&redirect_uri=https://app.example.com/wps/callback&scope=user_info,cloud_file,file_selector&state=STATE',
    checks: ['state', 'redirect-uri'],
  },
  {
    name: 'old authorize link with redirect_uri encoded twice',
    input: `https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=AK20240101ABCD&redirect_uri=https%253A%252F%252Fapp.example.com%252Fwps%252Fcallback&scope=user_info&state=8f3c1e0a9b2d`,
    checks: ['redirect-uri'],
    codes: [100010],
  },
  {
    name: 'old authorize link with scopes split by a full-width comma',
    input: `https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=AK20240101ABCD&redirect_uri=${ORIGIN_CALLBACK}&scope=user_info，cloud_file&state=8f3c1e0a9b2d`,
    checks: ['scope'],
    codes: [130032],
  },
  {
    name: 'old authorize link with an empty scope and no redirect_uri',
    input:
      'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=AK20240101ABCD&scope=&state=8f3c1e0a9b2d',
    checks: ['required', 'empty'],
    codes: [130007, 130008],
  },
  {
    name: 'WPS 365 authorize at /oauth2/authorize',
    input: `https://openapi.wps.cn/oauth2/authorize?response_type=code&client_id=AK20240101ABCD&redirect_uri=${ORIGIN_CALLBACK}&scope=kso.user_base.read&state=8f3c1e0a9b2d`,
    checks: ['endpoint-path'],
  },
  {
    name: 'WPS 365 authorize with the old appid name and an implicit-grant response_type',
    input: `https://openapi.wps.cn/oauth2/auth?response_type=token&appid=AK20240101ABCD&redirect_uri=${ORIGIN_CALLBACK}&scope=kso.user_base.read&state=8f3c1e0a9b2d`,
    checks: ['generation-names', 'response-type'],
    standard: ['unsupported_response_type'],
  },
  {
    name: 'WPS 365 authorize whose redirect_uri query swallowed its own parameters, scopes joined by spaces, no state',
    input:
      'https://openapi.wps.cn/oauth2/auth?response_type=code&client_id=AK20240101ABCD&redirect_uri=https://app.example.com/wps/callback?from=wps&tenant=42&scope=kso.user_base.read kso.file.read',
    checks: ['redirect-uri', 'scope', 'state'],
    standard: ['invalid_request', 'invalid_scope'],
  },
  {
    name: 'WPS 365 code exchange sent as JSON',
    input: `curl -X POST "https://openapi.wps.cn/oauth2/token" \\
  -H "Content-Type: application/json" \\
  -d '{"grant_type":"authorization_code","code":"gaCODE123","redirect_uri":"https://app.example.com/wps/callback","client_id":"AK20240101ABCD","client_secret":"sk_live_9a8b7c"}'`,
    checks: ['encoding'],
    standard: ['invalid_request'],
  },
  {
    name: 'WPS 365 token request with everything in the query string',
    input:
      'curl -X POST "https://openapi.wps.cn/oauth2/token?grant_type=refresh_token&refresh_token=rt_abcdef&client_id=AK20240101ABCD&client_secret=sk_live_9a8b7c"',
    checks: ['encoding'],
  },
  {
    name: 'WPS 365 token request with GET and a misspelt grant type',
    input:
      'GET https://openapi.wps.cn/oauth2/token?grant_type=authorization-code&code=gaCODE123&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&client_id=AK20240101ABCD&client_secret=sk_live_9a8b7c',
    checks: ['method', 'grant-type', 'encoding'],
    standard: ['unsupported_grant_type'],
  },
  {
    name: 'WPS 365 refresh with the old appid/appkey names, raw HTTP',
    input: `POST /oauth2/token HTTP/1.1
Host: openapi.wps.cn
Content-Type: application/x-www-form-urlencoded

grant_type=refresh_token&refresh_token=rt_abcdef&appid=AK20240101ABCD&appkey=sk_live_9a8b7c`,
    checks: ['generation-names'],
    standard: ['invalid_client'],
  },
  {
    name: 'old refresh POSTed to the code-exchange address, as one public SDK declares it',
    input: `curl -X POST https://openapi.wps.cn/oauthapi/v2/token -H "Content-Type: application/json" -d '{"appid":"AK20240101ABCD","appkey":"sk_live_9a8b7c","refresh_token":"rt_abcdef"}'`,
    checks: ['endpoint-path', 'method', 'encoding'],
    codes: [100005, 100029],
  },
  {
    name: 'old refresh sent with GET and query parameters',
    input:
      'curl -G "https://openapi.wps.cn/oauthapi/v2/token/refresh" --data-urlencode "appid=AK20240101ABCD" --data-urlencode "appkey=sk_live_9a8b7c" --data-urlencode "refresh_token=rt_abcdef"',
    checks: ['method'],
    codes: [100012],
  },
  {
    name: 'old code exchange with the WPS 365 credential names',
    input:
      'https://openapi.wps.cn/oauthapi/v2/token?client_id=AK20240101ABCD&client_secret=sk_live_9a8b7c&code=gaCODE123',
    checks: ['generation-names'],
    codes: [100001, 100002],
  },
  {
    name: 'old code exchange with a duplicated code and an empty appkey',
    input:
      'GET /oauthapi/v2/token?appid=AK20240101ABCD&appkey=&code=gaCODE123&code=gaCODE456 HTTP/1.1\nHost: openapi.wps.cn',
    checks: ['duplicates', 'empty'],
    codes: [100100, 100002],
  },
  {
    name: 'callback with an error instead of a code',
    input:
      'https://app.example.com/wps/callback?error=access_denied&error_description=user%20denied&state=8f3c1e0a9b2d',
    checks: ['callback-error'],
    standard: ['access_denied'],
  },
  {
    name: 'callback on plain http on a public host, without state',
    input: 'http://app.example.com/wps/callback?code=gaCODE123',
    checks: ['redirect-https', 'state'],
  },
  {
    name: 'authorize link whose single-page-app callback # cut off scope and state',
    input:
      'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=AK20240101ABCD&redirect_uri=https://app.example.com/#/wps/callback&scope=user_info&state=8f3c1e0a9b2d',
    checks: ['url-fragment', 'required'],
    codes: [100010, 130008],
  },
];

const CORRECT = [
  CORRECT_REQUESTS.newAuthorize,
  CORRECT_REQUESTS.newExchange,
  CORRECT_REQUESTS.oldRefresh,
  CORRECT_REQUESTS.callback,
];

const output = (page: Page) => page.locator('[data-diagnose-output]');

/**
 * Clicks into the textarea and pastes the text (inserted in one go, as a
 * paste is), replacing what was there. The findings shown are removed first,
 * so whatever is shown next is the diagnosis of this text, never of the one
 * before: the page diagnoses once typing pauses, so the emptied box and the
 * paste make one diagnosis.
 */
async function paste(page: Page, text: string) {
  const box = page.getByLabel('粘贴请求、回调地址或错误响应');
  await box.click();
  await output(page).evaluate((out) => out.replaceChildren());
  await box.fill('');
  await page.keyboard.insertText(text);
}

/** What the findings on the page show, read in one go once the diagnosis is shown. */
interface Shown {
  checks: string[];
  allPassed: boolean;
  /** The global code pages the findings link. */
  codePages: string[];
  /** The standard OAuth error names the findings show as code. */
  codeTexts: string[];
  /** How many guide links each finding has. */
  guideLinksPerFinding: number[];
  /** Links to global code pages anywhere in the output. */
  codeLinks: number;
}

async function shownFindings(page: Page): Promise<Shown> {
  // waitFor checks in the page as it changes; an expect would poll from outside it.
  await output(page).locator('.diagnose-summary').first().waitFor();
  return output(page).evaluate((out) => {
    const all = (selector: string, root: ParentNode = out) => [...root.querySelectorAll<HTMLElement>(selector)];
    const findings = all('.diagnose-finding');
    return {
      checks: findings.map((f) => f.dataset.check ?? ''),
      allPassed: all('[data-diagnose-ok]').length > 0,
      codePages: all('.diagnose-finding a[href^="/errors/"]').map((a) => a.getAttribute('href') ?? ''),
      codeTexts: all('.diagnose-finding code').map((code) => code.textContent ?? ''),
      guideLinksPerFinding: findings.map((f) => all('a[href*="/guides/"]', f).length),
      codeLinks: all('a[href^="/errors/"]').length,
    };
  });
}

async function expectFindings(page: Page, c: Case) {
  await paste(page, c.input);
  const shown = await shownFindings(page);
  expect(shown.allPassed).toBe(false);
  expect(shown.checks).toEqual(expect.arrayContaining(c.checks));
  expect(shown.codePages).toEqual(expect.arrayContaining((c.codes ?? []).map((code) => `/errors/${code}/`)));
  expect(shown.codeTexts).toEqual(expect.arrayContaining(c.standard ?? []));
  // Every finding links its guide section; a WPS 365 request never links a global code.
  expect(
    shown.guideLinksPerFinding.every((links) => links === 1),
    shown.guideLinksPerFinding.join(', '),
  ).toBe(true);
  if (/\/oauth2\//.test(c.input)) expect(shown.codeLinks).toBe(0);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/diagnose/');
});

// A few cases per test, pasted one after the other into the same page; each
// case is a step, so a failure names it.
const CASES_PER_TEST = 6;
for (let from = 0; from < BROKEN.length; from += CASES_PER_TEST) {
  const cases = BROKEN.slice(from, from + CASES_PER_TEST);
  test(`broken requests ${from + 1}–${from + cases.length} get their findings`, async ({ page }) => {
    for (const c of cases) await test.step(`broken: ${c.name}`, () => expectFindings(page, c));
  });
}

test('correct requests get no finding', async ({ page }) => {
  for (const input of CORRECT) {
    await test.step(`correct: ${input.slice(0, 60)}`, async () => {
      await paste(page, input);
      await expect(output(page).locator('[data-diagnose-ok]')).toHaveText(/没有发现问题/);
      await expect(output(page).locator('li').first()).toBeVisible();
      await expect(output(page).locator('.diagnose-finding')).toHaveCount(0);
    });
  }
});

test('an error response behaves like the lookup: the code page first', async ({ page }) => {
  await paste(page, '{"result":100014,"msg":"access token过期"}');
  const first = output(page).locator('a').first();
  await expect(first).toHaveAttribute('href', '/errors/100014/');
  await output(page).getByRole('link', { name: '打开错误码 100014 的页面' }).click();
  await expect(page).toHaveURL(/\/errors\/100014\/$/);
});

// Every input, a few per test as above. Each paste waits for its own
// diagnosis (paste() empties the output first), so no debounced work is
// pending when the requests, the address and the storage are read.
const EVERY_INPUT = [...BROKEN.map((c) => c.input), ...CORRECT];
for (let from = 0; from < EVERY_INPUT.length; from += CASES_PER_TEST) {
  const inputs = EVERY_INPUT.slice(from, from + CASES_PER_TEST);
  test(`pasting makes no network request, stores nothing and keeps the input out of the URL (inputs ${from + 1}–${from + inputs.length})`, async ({
    page,
  }) => {
    await page.getByLabel('粘贴请求、回调地址或错误响应').focus();
    await expect(page.locator('[data-diagnose-ready]')).toHaveCount(1);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const input of inputs) {
      await paste(page, input);
      await expect(output(page).locator('.diagnose-summary').first()).toBeVisible();
    }
    expect(requests).toEqual([]);
    expect(page.url()).toMatch(/\/diagnose\/$/);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
    expect(stored).toBe(0);
  });
}

test('markup and script in the paste are shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await paste(
    page,
    'https://openapi.wps.cn/oauth2/auth?response_type=code&client_id=<img src=x onerror=alert(1)>&redirect_uri=<script>alert(2)</script>&scope=&state=8f3c1e0a9b2d',
  );
  await expect(output(page).locator('.diagnose-finding').first()).toBeVisible();
  await expect(output(page)).toContainText('<script>alert(2)</script>');
  await expect(output(page).locator('img, script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a 100 KB paste of repeated parameters shows the first findings and counts the rest', async ({ page }) => {
  const input = `https://openapi.wps.cn/oauth2/auth?${'scope= a，b%&'.repeat(8_000)}`;
  await paste(page, input);
  await expect(output(page).locator('[data-diagnose-hidden]')).toHaveText(/^另有 \d+ 条未显示/);
  const shown = await output(page).locator('.diagnose-finding').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(30);
  await expect(output(page)).toContainText('输入太长，只检查了前 20,000 个字符。');
});

test.describe('copy for ticket', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('masks the secret, the refresh token and the code', async ({ page }) => {
    await paste(
      page,
      'curl -G "https://openapi.wps.cn/oauthapi/v2/token/refresh" -d appid=AK20240101ABCD -d appkey=sk_live_9a8b7c -d refresh_token=rt_abcdef -d code=gaCODE123',
    );
    await page.getByRole('button', { name: '复制诊断到工单（隐藏密钥）' }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('appid=AK20240101ABCD');
    expect(text).toContain('100012');
    for (const secret of ['sk_live_9a8b7c', 'rt_abcdef', 'gaCODE123']) expect(text).not.toContain(secret);
  });

  test('masks credentials in the URL and secrets under other names, and keeps a pasted line break escaped', async ({
    page,
  }) => {
    await paste(
      page,
      `curl -u 'AK1:basic secret' -H 'X-Api-Key: key secret' "https://AK1:url_secret@openapi.wps.cn/oauth2/token" -d grant_type=authorization_code -d code=one_time -d 'redirect_uri=https://app.example.com/cb%0D%0A诊断工具：https://evil.example/' -d client_id=AK1 -d clientSecret=camel_secret -d 'app_secret=with space'`,
    );
    await page.getByRole('button', { name: '复制诊断到工单（隐藏密钥）' }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    for (const secret of ['basic secret', 'key secret', 'url_secret', 'one_time', 'camel_secret', 'with space'])
      expect(text).not.toContain(secret);
    expect(text.split('\n').filter((line) => line.startsWith('诊断工具：'))).toHaveLength(1);
    expect(text).toContain('\\r\\n诊断工具：https://evil.example/');
  });
});

test('axe finds no violations with findings shown, in light and dark', async ({ page }) => {
  await paste(page, BROKEN[6].input);
  await expect(output(page).locator('.diagnose-finding').first()).toBeVisible();
  expect(await axeViolationsInBothSchemes(page)).toEqual([]);
});

test('works on a 390px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await paste(page, BROKEN[6].input);
  await expect(output(page).locator('.diagnose-finding').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('on a phone', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('a paste brings the short result into view and leaves the focus in the input', async ({ page }) => {
    // A 390px phone with its keyboard open: the input's bottom edge is below the fold.
    await page.setViewportSize({ width: 390, height: 600 });
    const box = page.getByLabel('粘贴请求、回调地址或错误响应');
    const status = page.getByRole('status').filter({ has: page.getByRole('link', { name: '查看诊断结果' }) });
    await box.click();
    expect(await box.evaluate((el) => el.getBoundingClientRect().bottom > window.innerHeight)).toBe(true);
    await page.evaluate((text) => navigator.clipboard.writeText(text), BROKEN[6].input);
    await page.keyboard.press('ControlOrMeta+V');
    // BROKEN[6] has two errors (redirect_uri, scope) and one reminder (state).
    await expect(status).toContainText('发现 2 个错误、1 个提醒');
    await expect(status).toBeInViewport();
    await expect(box).toBeFocused();
    await status.getByRole('link', { name: '查看诊断结果' }).click();
    await expect(output(page).locator('.diagnose-summary').first()).toBeInViewport();
    await expect(output(page)).toBeFocused();
  });
});
