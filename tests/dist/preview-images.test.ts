/**
 * Preview images (og:image): every code page, guide and the home page
 * declares one, and it is a real 1200×630 PNG of at most 40 KB that shows
 * its text, Chinese included.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { errorFiles, guides, official } from '../support/corpus';
import { distFiles, fileForUrl, readDist, readDistBytes } from '../support/dist';

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

const pages = [
  '/index.html',
  ...official.codes.map(({ code }) => `/errors/${code}/index.html`),
  ...guides.map(({ slug }) => `/guides/${slug}/index.html`),
];
const MAX_BYTES = 40 * 1024;

/** The site path of the image a page declares, checked to be an absolute URL on the page's own origin. */
function declaredImage(page: string): string {
  const html = readDist(page);
  const url = new URL(meta(html, 'og:image')!);
  expect(url.origin).toBe(new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]).origin);
  return url.pathname;
}

const ink = (png: PNG, x0: number, y0: number, x1: number, y1: number) => {
  let dark = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      // Text is drawn dark or in the accent blue on white: count clearly non-white pixels.
      if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 160) dark++;
    }
  return dark;
};

describe('preview images', () => {
  it.each(pages)('%s declares a large image with its size and a description', (page) => {
    const html = readDist(page);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:type')).toBe('image/png');
    expect(meta(html, 'og:image:alt')!.length).toBeGreaterThan(4);
    expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));
  });

  it('every declared image is a 1200×630 PNG of at most 40 KB in dist/, one per page', () => {
    const images = pages.map(declaredImage);
    expect(new Set(images).size).toBe(pages.length);
    const sizes = images.map((path) => {
      const file = fileForUrl(path);
      expect(file, path).toBeDefined();
      const bytes = readDistBytes(file!);
      expect(bytes.subarray(0, 8).toString('hex'), path).toBe('89504e470d0a1a0a');
      // IHDR: width and height are the first two big-endian words of the first chunk.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], path).toEqual([1200, 630]);
      expect(bytes.length, path).toBeLessThanOrEqual(MAX_BYTES);
      return bytes.length;
    });
    console.log(`preview images: ${sizes.length}, largest ${Math.max(...sizes)} B, total ${sizes.reduce((a, b) => a + b)} B`);
  });

  it('no image is left in dist/ that no page declares', () => {
    const declared = new Set(pages.map(declaredImage));
    expect(distFiles.filter((f) => f.startsWith('/og/') && !declared.has(f))).toEqual([]);
  });

  // The codes whose titles have the most Chinese characters, and the longest message: the hardest cards.
  const cjk = (text: string) => [...text].filter((c) => /[\u4e00-\u9fff]/.test(c)).length;
  const byChineseTitle = [...errorFiles].sort((a, b) => cjk(b.data.title) - cjk(a.data.title));
  const chineseTitled = byChineseTitle.map((f) => f.code);
  const longest = [...errorFiles].sort((a, b) => b.data.message.length - a.data.message.length)[0].code;
  const sampled = [chineseTitled[0], chineseTitled[1], longest, 0];

  it.each(sampled)('the card of %s is opaque, not blank, and draws its Chinese text', (code) => {
    const png = PNG.sync.read(readDistBytes(`/og/errors/${code}.png`));
    // Opaque everywhere, with its own background: it reads the same in a dark chat theme.
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) expect.fail(`transparent pixel at ${(i - 3) / 4}`);
    const total = ink(png, 0, 30, 1200, 630);
    expect(total).toBeGreaterThan(0.01 * 1200 * 600);
    expect(total).toBeLessThan(0.4 * 1200 * 600);
    // The category line at the top is Chinese only (e.g. 授权认证错误码): missing glyphs would leave it empty.
    expect(ink(png, 0, 30, 600, 110)).toBeGreaterThan(1000);
  });

  it('a Chinese title is drawn, not left as a gap', () => {
    // Same category, so the cards differ only in code, title and message; the
    // ink of the title band must follow the title's length.
    const [a] = chineseTitled;
    const png = PNG.sync.read(readDistBytes(`/og/errors/${a}.png`));
    const title = errorFiles.find((f) => f.code === a)!.data.title;
    // Several hundred dark pixels per Chinese character at this size; a gap has none.
    expect(ink(png, 0, 240, 1200, 310)).toBeGreaterThan(300 * cjk(title));
  });

  it('images follow the base path in a sub-path build', async () => {
    const { builtSite } = await import('../support/dist');
    const sub = builtSite('dist-subpath', 'npm run build:subpath');
    const html = sub.read('/errors/100014/index.html');
    expect(meta(html, 'og:image')).toBe('https://errors.example.com/wps-errors/og/errors/100014.png');
    expect(sub.files).toContain('/og/errors/100014.png');
  });
});
