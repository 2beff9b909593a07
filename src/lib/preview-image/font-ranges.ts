/**
 * Which font file draws which character. A font package split by unicode
 * range (as @fontsource packages are) lists its files in @font-face rules;
 * the preview images load only the files whose ranges hold the characters
 * the cards use, each subset to those characters.
 */

export interface FontFace {
  /** The file the rule names, relative to the stylesheet, e.g. "./files/x-400-normal.woff". */
  file: string;
  weight: number;
  /** Inclusive code point ranges. */
  ranges: [number, number][];
}

/** Parses `unicode-range: U+0000-00FF,U+0131,U+4E??` into inclusive ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes('?')) return [parseInt(part.replaceAll('?', '0'), 16), parseInt(part.replaceAll('?', 'F'), 16)];
      const [from, to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    })
    .filter(([from, to]) => Number.isFinite(from) && Number.isFinite(to));
}

/**
 * The @font-face rules of a stylesheet, with the file of the given format
 * (satori reads TTF, OTF and WOFF, not WOFF2). A rule without unicode-range
 * covers every character.
 */
export function parseFontFaces(css: string, format = 'woff'): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const file = new RegExp(`url\\(([^)]+)\\)\\s*format\\(['"]${format}['"]\\)`).exec(body)?.[1];
    if (!file) return [];
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    return [
      { file: file.replace(/^['"]|['"]$/g, ''), weight, ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]] },
    ];
  });
}

export interface FontPlan {
  /** Each file needed, with the characters it draws, in the order of the stylesheet. */
  files: { face: FontFace; text: string }[];
  /** Characters no rule covers: they would be drawn as empty boxes. */
  missing: string[];
}

/**
 * Assigns each character to the first rule that covers it. Spaces count: a
 * font without the space glyph would leave satori to guess its width.
 */
export function planFonts(faces: FontFace[], text: string): FontPlan {
  const byFace = new Map<FontFace, Set<string>>();
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    if (char < ' ') continue;
    const point = char.codePointAt(0)!;
    const face = faces.find((f) => f.ranges.some(([from, to]) => point >= from && point <= to));
    if (!face) missing.add(char);
    else byFace.set(face, (byFace.get(face) ?? new Set()).add(char));
  }
  return {
    files: faces.filter((f) => byFace.has(f)).map((face) => ({ face, text: [...byFace.get(face)!].sort().join('') })),
    missing: [...missing].sort(),
  };
}
