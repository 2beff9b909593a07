import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFontFaces, parseUnicodeRange, planFonts } from '../../../src/lib/preview-image/font-ranges';
import { errorFiles, guides, read } from '../../support/corpus';

describe('parseUnicodeRange', () => {
  it('reads single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4E??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x4eff],
    ]);
  });
});

const css = `
@font-face { font-weight: 400; src: url(./files/a-400.woff2) format('woff2'), url(./files/a-400.woff) format('woff'); unicode-range: U+4E00-4E0F; }
@font-face { font-weight: 700; src: url(./files/latin-700.woff) format('woff'); unicode-range: U+0020-007E; }
@font-face { font-weight: 400; src: url(./files/only.woff2) format('woff2'); }
`;

describe('parseFontFaces', () => {
  it('keeps the WOFF file of each rule, its weight and its ranges, and skips rules with no WOFF', () => {
    expect(parseFontFaces(css)).toEqual([
      { file: './files/a-400.woff', weight: 400, ranges: [[0x4e00, 0x4e0f]] },
      { file: './files/latin-700.woff', weight: 700, ranges: [[0x20, 0x7e]] },
    ]);
  });
});

describe('planFonts', () => {
  it('gives each character, the space included, to the first file covering it and names the uncovered ones', () => {
    const plan = planFonts(parseFontFaces(css), 'A 丁一A\u4e10');
    expect(plan.files.map((f) => [f.face.file, f.text])).toEqual([
      ['./files/a-400.woff', '一丁'],
      ['./files/latin-700.woff', ' A'],
    ]);
    expect(plan.missing).toEqual(['\u4e10']);
  });
});

describe('the font package covers the corpus', () => {
  // The preview images draw every title, official message and guide summary
  // with this package; a character it lacks would be drawn as an empty gap.
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@fontsource/noto-sans-sc'));
  const faces = [400, 700].flatMap((w) => parseFontFaces(readFileSync(join(dir, `${w}.css`), 'utf8')));

  it('every character of the titles, messages and guide titles has a file that draws it', () => {
    const guideText = guides.map(
      (g) => /^title: (.*)$/m.exec(g.source)?.[1] + (/^summary: (.*)$/m.exec(g.source)?.[1] ?? ''),
    );
    const text = [
      ...errorFiles.map((f) => f.data.title + f.data.message),
      ...guideText,
      read('src/i18n/zh-CN.ts'),
    ].join('');
    expect(planFonts(faces, text).missing).toEqual([]);
  });
});
