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

const SECTION_TAG = /<Section\b([^>]*)>/g;
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

export interface GuideSection {
  id: string;
  title: string;
}

/** The sections a guide's MDX source declares, in order. */
export function guideSections(mdxSource: string): GuideSection[] {
  return [...mdxSource.matchAll(SECTION_TAG)].flatMap((m) => {
    const id = attribute(m[1], 'id');
    return id ? [{ id, title: attribute(m[1], 'title') ?? id }] : [];
  });
}
