/**
 * Renders preview images at build time: satori lays the card out and draws
 * its text as SVG paths with the font we give it (no system font is used),
 * resvg rasterises the SVG, and sharp reduces the PNG to a 256-colour palette
 * (libimagequant), which keeps a text card well under 40 KB. The same card
 * gives the same bytes; a card whose layout and text are unchanged is read
 * from a content-addressed cache instead of being drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, cardText, type PreviewCard } from '../lib/preview-image/card';
import { parseFontFaces, planFonts, type FontFace } from '../lib/preview-image/font-ranges';

/** The CJK font, from the npm registry, so that a fresh clone draws the same glyphs. */
export const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const FONT_WEIGHTS = [400, 700] as const;
/** Packages whose version changes the bytes of an image: a new version invalidates the cache. */
const RENDERING_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp', 'subset-font', FONT_PACKAGE];
/** How the SVG is rasterised and the PNG written; part of the cache key, like the packages' versions. */
const RESVG_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;
// No dithering: the card is flat colours and anti-aliased text, which dithering only makes noisier and larger.
const PNG_OPTIONS = { palette: true, compressionLevel: 9, effort: 1, dither: 0 } as const;
/** Cards drawn at once: satori runs on the main thread while resvg and sharp work on others. */
const CONCURRENCY = 3;

const root = process.cwd();
const requireFromRoot = createRequire(join(root, 'package.json'));
const CACHE_DIR = join(root, 'node_modules', '.cache', 'preview-images');

function packageVersion(name: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The font package's @font-face rules for the weights the cards use. */
function fontFaces(): { dir: string; faces: FontFace[] } {
  const dir = dirname(requireFromRoot.resolve(FONT_PACKAGE));
  const faces = FONT_WEIGHTS.flatMap((weight) => parseFontFaces(readFileSync(join(dir, `${weight}.css`), 'utf8')));
  return { dir, faces };
}

/** A family name per range file, the same for every weight of that range. */
const familyOf = (face: FontFace) => `card-${face.file.replace(/^.*\//, '').replace(/-\d+-normal\.woff$/, '')}`;

interface LoadedFonts {
  family: string;
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
}

/** Loads the range files that hold the cards' characters, each subset to those characters. */
async function loadFonts(text: string, pages: Map<string, string>): Promise<LoadedFonts> {
  const { dir, faces } = fontFaces();
  const plan = planFonts(faces, text);
  if (plan.missing.length) {
    const where = plan.missing.map((char) => {
      const page = [...pages].find(([, t]) => t.includes(char))?.[0] ?? '?';
      return `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) on ${page}`;
    });
    throw new Error(`Preview images: no file of ${FONT_PACKAGE} draws ${where.join(', ')}`);
  }
  const fonts = await Promise.all(
    plan.files.map(async ({ face, text: chars }) => ({
      name: familyOf(face),
      data: await subsetFont(readFileSync(join(dir, face.file)), chars, { targetFormat: 'truetype' }),
      weight: face.weight as 400 | 700,
      style: 'normal' as const,
    })),
  );
  const family = [...new Set(fonts.map((f) => f.name))].join(', ');
  return { family, fonts };
}

async function draw(card: PreviewCard, loaded: LoadedFonts): Promise<Buffer> {
  const svg = await satori(cardLayout(card, loaded.family), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loaded.fonts,
  });
  const drawn = await renderAsync(svg, RESVG_OPTIONS);
  // Raw pixels straight from resvg: no intermediate PNG to encode and decode again.
  return sharp(drawn.pixels, { raw: { width: drawn.width, height: drawn.height, channels: 4 } })
    .png(PNG_OPTIONS)
    .toBuffer();
}

/** The cache key: the card's layout and text, and the versions of everything that draws it. */
export function cardHash(card: PreviewCard, versions: string): string {
  return createHash('sha256')
    .update(versions)
    .update(JSON.stringify(cardLayout(card, 'card')))
    .digest('hex')
    .slice(0, 32);
}

let prepared: Promise<Map<string, string>> | undefined;

/**
 * Makes sure every card has its image in the cache, drawing only the missing
 * ones, and returns each card's cache file by its key. Called by every image
 * route; the work is done once per build.
 */
export function preparePreviewImages(cards: Map<string, PreviewCard>): Promise<Map<string, string>> {
  prepared ??= prepare(cards);
  return prepared;
}

async function prepare(cards: Map<string, PreviewCard>): Promise<Map<string, string>> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const versions = [
    ...RENDERING_PACKAGES.map((name) => `${name}@${packageVersion(name)}`),
    JSON.stringify([RESVG_OPTIONS, PNG_OPTIONS, FONT_WEIGHTS]),
  ].join(' ');
  const files = new Map([...cards].map(([key, card]) => [key, join(CACHE_DIR, `${cardHash(card, versions)}.png`)]));
  const missing = [...cards].filter(([key]) => !existsSync(files.get(key)!));
  if (missing.length === 0) return files;

  // The fonts are subset to every card's characters, so one set serves the
  // whole build; a glyph's outline is the same in any subset of its font.
  const texts = new Map([...cards].map(([key, card]) => [key, cardText(card)]));
  const loaded = await loadFonts([...texts.values()].join(''), texts);
  const queue = [...missing];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, card] = next;
      const file = files.get(key)!;
      const png = await draw(card, loaded);
      // Written under a temporary name first, so an interrupted build leaves no half file.
      writeFileSync(`${file}.tmp`, png);
      renameSync(`${file}.tmp`, file);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return files;
}
