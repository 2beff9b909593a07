import { expect, official, test } from './fixtures';
import { CodePage } from './pages/code-page';

test.describe('a code page', () => {
  test('shows the code and its full official message first', async ({ page }) => {
    const { message } = official.codes.find((c) => c.code === 100014)!;
    const codePage = new CodePage(page);
    await codePage.goto(100014);
    const h1 = codePage.heading;
    await expect(h1).toContainText('100014');
    await expect(codePage.officialMessage).toHaveText(message);
    await expect(page.getByText('WPS 开放平台官方原文（逐字引用）')).toBeVisible();
    await expect(page).toHaveTitle(/^100014 access token过期/);
    // The code, the official message and the action are all in the first screen.
    const viewport = page.viewportSize()!;
    for (const locator of [h1, codePage.official, codePage.action]) {
      const box = (await locator.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(viewport.height);
    }
  });

  test('links its category page, which lists every 100xxx code', async ({ page }) => {
    await page.goto('/errors/100014/');
    await page
      .getByRole('navigation', { name: '当前位置' })
      .getByRole('link', { name: /授权认证/ })
      .click();
    await expect(page).toHaveURL(/\/categories\/oauth\/$/);
    const listed = await page.locator('tbody td.code-cell').allInnerTexts();
    const expected = official.codes.filter((c) => c.code >= 100000 && c.code < 110000).map((c) => String(c.code));
    expect(listed).toEqual(expected);
  });

  test('links the previous and next code of its range', async ({ page }) => {
    await page.goto('/errors/100031/');
    await expect(page.getByRole('link', { name: /上一个：100030/ })).toHaveAttribute('href', '/errors/100030/');
    await expect(page.getByRole('link', { name: /下一个：100050/ })).toHaveAttribute('href', '/errors/100050/');
    await page.goto('/errors/100101/');
    await expect(page.getByRole('link', { name: /下一个/ })).toHaveCount(0);
  });

  test('shows a same-meaning pair on both pages', async ({ page }) => {
    for (const [from, to] of [
      [130031, 130007],
      [130007, 130031],
      [100020, 130002],
      [130002, 100020],
    ]) {
      const codePage = new CodePage(page);
      await codePage.goto(from);
      const section = codePage.sectionTitled('含义相同的错误码');
      await expect(section.getByRole('link', { name: String(to), exact: true })).toBeVisible();
    }
  });

  test('tells a developer what to do, with a guide section and an example response', async ({ page }) => {
    const codePage = new CodePage(page);
    await codePage.goto(100014);
    await expect(codePage.action).toContainText('刷新令牌后重试');
    const guide = codePage.section('fix').getByRole('link', { name: '访问令牌过期' });
    await expect(guide).toHaveAttribute('href', '/guides/token-refresh/#expired');
    const example = JSON.parse(await page.getByLabel('示例响应', { exact: true }).innerText()) as { result: number };
    expect(example.result).toBe(100014);
    await expect(codePage.section('example')).toContainText('invalid_token');
  });

  test('offers its JSON and Markdown editions, served with their media types', async ({ page }) => {
    const { message } = official.codes.find((c) => c.code === 100014)!;
    await page.goto('/errors/100014/');
    const formats = page.getByText('本页的其他格式');
    for (const [name, type, check] of [
      [
        'JSON',
        'application/json',
        (body: string) => expect((JSON.parse(body) as { message: string }).message).toBe(message),
      ],
      ['Markdown', 'text/markdown; charset=utf-8', (body: string) => expect(body).toContain(`> ${message}`)],
    ] as const) {
      const href = (await formats.getByRole('link', { name, exact: true }).getAttribute('href'))!;
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
      check(await response.text());
    }
  });

  test('shows how to point at the page from an API error body', async ({ page }) => {
    await page.goto('/errors/100050/');
    const example = page.locator('section:has(#example)');
    await expect(example.getByRole('heading', { name: '在自己的 API 错误响应里指向本页' })).toBeVisible();
    const problem = await example.getByLabel('RFC 9457 问题详情示例').innerText();
    expect(problem).toContain('Content-Type: application/problem+json');
    expect(problem).toMatch(/"type": "https?:\/\/[^"]+\/errors\/100050\/"/);
    await expect(example.getByLabel('OAuth 错误响应示例')).toContainText('"error": "invalid_grant"');
  });

  test('links the codes its explanation mentions', async ({ page }) => {
    const codePage = new CodePage(page);
    await codePage.goto(130016);
    const fix = codePage.section('fix');
    await expect(fix.getByRole('link', { name: '100014', exact: true })).toHaveAttribute('href', '/errors/100014/');
    await expect(fix.getByRole('link', { name: '130016', exact: true })).toHaveCount(0);
  });

  test('keeps its sections in the fixed order with stable anchors', async ({ page }) => {
    const codePage = new CodePage(page);
    await codePage.goto(130009);
    expect(await codePage.sectionIds()).toEqual(['meaning', 'causes', 'fix', 'example', 'related', 'sources']);
  });

  test('ends with its sources, each linked and labelled with its kind', async ({ page }) => {
    await page.goto('/errors/120012/');
    const sources = page.locator('section:has(#sources)');
    await expect(sources.getByRole('heading', { name: '依据' })).toBeVisible();
    const official = sources.getByRole('listitem').filter({ hasText: '请求文件上传信息' });
    await expect(official.getByRole('link')).toHaveAttribute(
      'href',
      'https://open.wps.cn/documents/app-integration-dev/server/yundoc/file-transfer/get-upload-file.html',
    );
    await expect(official).toContainText('WPS 官方文档');
    await expect(sources.getByRole('listitem').filter({ hasText: 'obsync-root' })).toContainText('SDK 或工具源码');
  });
});

test('a guide ends with its sources', async ({ page }) => {
  await page.goto('/guides/redirect-uri/');
  const sources = page.locator('section:has(#sources)');
  await expect(sources.getByRole('link', { name: /RFC 6749/ })).toHaveAttribute(
    'href',
    'https://www.rfc-editor.org/rfc/rfc6749',
  );
  await expect(sources.getByRole('listitem').filter({ hasText: 'WPS365回调地址配置说明' })).toContainText('第三方笔记');
});

test.describe('the home page', () => {
  test('lists every code in tables grouped by range', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const codes = await page.locator('tbody td.code-cell').allInnerTexts();
    expect(codes).toEqual(official.codes.map((c) => String(c.code)));
    for (const name of ['授权认证', '组织与用户', '文件与存储', '开放平台服务']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeVisible();
    }
  });

  test('filters by client action, and the filter can be linked', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('按建议处理方式筛选').selectOption('refresh-token');
    await expect(page).toHaveURL(/\?action=refresh-token$/);
    const visible = page.locator('tbody tr:visible');
    const count = await visible.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(official.codes.length);
    for (const badge of await visible.locator('.badge').allInnerTexts()) expect(badge).toBe('刷新令牌后重试');
    await page.reload();
    await expect(page.locator('tbody tr:visible')).toHaveCount(count);
  });
});

test.describe('guides', () => {
  test('the guide list links every guide, and each guide lists the codes it resolves', async ({ page }) => {
    await page.goto('/guides/');
    const links = page.locator('main .card-list a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    // The WPS 365 page explains another family of codes; no global code names it as its remedy.
    for (const href of hrefs.filter((h) => !h!.includes('wps365-oauth-errors'))) {
      await page.goto(href!);
      const rows = page.locator('section:has(#codes) tbody tr');
      expect(await rows.count(), href!).toBeGreaterThan(0);
    }
  });

  test('the token guide lists 100014 and links back to its section', async ({ page }) => {
    await page.goto('/guides/token-refresh/');
    const row = page.locator('section:has(#codes) tbody tr').filter({ hasText: '100014' });
    await expect(row).toHaveCount(1);
    for (const anchor of await row
      .getByRole('link', { name: /^#/ })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(anchor!)).toHaveCount(1);
    }
  });
});
