import { getCollection, type CollectionEntry } from 'astro:content';
import { categoryOf, type Category } from '../lib/content/categories';
import { CLIENT_ACTIONS, type ClientAction } from '../lib/content/client-actions';
import { neighboursInCategory, type Neighbours } from '../lib/content/code-neighbours';
import { guideSections, parseGuideRef, type GuideRef, type GuideSection } from '../lib/content/guide-refs';
import { symmetricRelations } from '../lib/content/relations';
import { contentText } from '../lib/content/text';

export type GuideEntry = CollectionEntry<'guides'>;

export interface CodeRecord {
  code: number;
  data: CollectionEntry<'errors'>['data'];
  category: Category;
  action?: ClientAction;
  /** Same-meaning codes, in both directions of every declared pair. */
  sameMeaning: number[];
  /** Related codes, in both directions of every declared pair. */
  related: number[];
  guides: GuideRef[];
  neighbours: Neighbours;
}

export interface GuideRecord {
  entry: GuideEntry;
  /** The guide's MDX body, read as every content file is (a BOM and CRLF accepted: src/lib/content/text.ts). */
  body: string;
  sections: GuideSection[];
  /** The codes that link this guide, in code order, each with the sections it links. */
  codes: { code: number; sections: string[] }[];
}

export interface Catalog {
  codes: CodeRecord[];
  byCode: Map<number, CodeRecord>;
  guides: GuideRecord[];
  guideBySlug: Map<string, GuideRecord>;
}

let catalog: Promise<Catalog> | undefined;

/** Everything the pages need, computed once per build from the two collections. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= buildCatalog();
  return catalog;
}

async function buildCatalog(): Promise<Catalog> {
  const errorEntries = (await getCollection('errors')).sort((a, b) => a.data.code - b.data.code);
  const guideEntries = (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);

  const guides: GuideRecord[] = guideEntries.map((entry) => {
    const body = contentText(entry.body ?? '');
    return { entry, body, sections: guideSections(body), codes: [] };
  });
  const guideBySlug = new Map(guides.map((g) => [g.entry.id, g]));

  const documented = errorEntries.map((e) => e.data.code);
  const sameMeaning = symmetricRelations(
    errorEntries.map((e) => ({ code: e.data.code, targets: e.data.sameMeaning ?? [] })),
  );
  const related = symmetricRelations(errorEntries.map((e) => ({ code: e.data.code, targets: e.data.related ?? [] })));

  const codes = errorEntries.map(({ data, filePath }): CodeRecord => {
    const guideRefs = (data.guides ?? []).map((ref) => {
      const parsed = parseGuideRef(ref)!;
      const guide = guideBySlug.get(parsed.slug);
      if (!guide) throw new Error(`${filePath}: field "guides": no guide "${parsed.slug}" in content/guides/`);
      if (!guide.sections.some((s) => s.id === parsed.section)) {
        throw new Error(
          `${filePath}: field "guides": guide "${parsed.slug}" has no section "${parsed.section}" (it has: ${guide.sections.map((s) => s.id).join(', ')})`,
        );
      }
      const linked = guide.codes.find((c) => c.code === data.code);
      if (linked) linked.sections.push(parsed.section);
      else guide.codes.push({ code: data.code, sections: [parsed.section] });
      return parsed;
    });
    return {
      code: data.code,
      data,
      category: categoryOf(data.code)!,
      action: data.action ? CLIENT_ACTIONS[data.action] : undefined,
      sameMeaning: sameMeaning.get(data.code) ?? [],
      related: related.get(data.code) ?? [],
      guides: guideRefs,
      neighbours: neighboursInCategory(data.code, documented),
    };
  });
  return { codes, byCode: new Map(codes.map((c) => [c.code, c])), guides, guideBySlug };
}
