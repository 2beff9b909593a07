/**
 * A code links a guide section as "<guide-slug>#<section-id>". Guides mark
 * their sections with <Section id="…">, whose ids are permanent anchors.
 */

export interface GuideRef {
  slug: string;
  section: string;
}

export const GUIDE_REF_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseGuideRef(ref: string): GuideRef | undefined {
  const match = GUIDE_REF_PATTERN.exec(ref);
  return match ? { slug: match[1], section: match[2] } : undefined;
}

const SECTION_TAG = /<Section\b[^>]*?\bid="([^"]+)"/g;

/** The section ids a guide's MDX source declares, in order. */
export function guideSectionIds(mdxSource: string): string[] {
  return [...mdxSource.matchAll(SECTION_TAG)].map((m) => m[1]);
}
