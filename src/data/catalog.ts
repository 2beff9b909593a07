import { getCollection, type CollectionEntry } from 'astro:content';
import { localized, t } from '../i18n';
import { CATEGORIES, categoryOf, type Category } from '../lib/content/categories';
import { CLIENT_ACTIONS, type ClientAction } from '../lib/content/client-actions';
import { neighboursInCategory, type Neighbours } from '../lib/content/code-neighbours';
import { guideSections, parseGuideRef, type GuideRef, type GuideSection } from '../lib/content/guide-refs';
import { symmetricRelations } from '../lib/content/relations';
import { paths } from '../lib/site/urls';

export type GuideEntry = CollectionEntry<'guides'>;

/** A guide section a code or a table links: the guide, and the section with its title. */
export interface LinkedGuideSection extends GuideRef {
  guide: GuideRecord;
  /** The section's own title, as its <Section title="…"> declares it. */
  title: string;
}

export interface CodeRecord {
  code: number;
  data: CollectionEntry<'errors'>['data'];
  category: Category;
  action?: ClientAction;
  /** Same-meaning codes, in both directions of every declared pair. */
  sameMeaning: number[];
  /** Related codes, in both directions of every declared pair. */
  related: number[];
  /** The guide sections of the `guides` field, in its order. */
  guides: LinkedGuideSection[];
  neighbours: Neighbours;
  /** The site-relative paths of the page and its JSON and Markdown editions (pass through href() or absoluteUrl()). */
  paths: { page: string; json: string; markdown: string };
}

/** A category with what its pages show: its heading and its codes. */
export interface CategoryRecord {
  category: Category;
  /** "授权认证（100xxx）": the title with the range, as headings, breadcrumbs and editions show it. */
  heading: string;
  /** Its documented codes, in code order (none for a range with no code yet). */
  codes: CodeRecord[];
}

export interface GuideRecord {
  entry: GuideEntry;
  sections: GuideSection[];
  /** The codes that link this guide, in code order, each with the sections it links. */
  codes: { code: number; sections: GuideSection[] }[];
}

export interface Catalog {
  codes: CodeRecord[];
  byCode: Map<number, CodeRecord>;
  /** Every category, in the order of CATEGORIES, each with its codes. */
  categories: CategoryRecord[];
  categoryBySlug: Map<string, CategoryRecord>;
  guides: GuideRecord[];
  guideBySlug: Map<string, GuideRecord>;
  /**
   * The guide section a reference ("token-refresh#expired") names, with its
   * title; throws, naming `usedBy`, when no guide has that section, so that
   * a broken reference in code fails the build.
   */
  guideSection: (ref: string | GuideRef, usedBy: string) => LinkedGuideSection;
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

  const guides: GuideRecord[] = guideEntries.map((entry) => ({
    entry,
    sections: guideSections(entry.body ?? ''),
    codes: [],
  }));
  const guideBySlug = new Map(guides.map((g) => [g.entry.id, g]));

  const documented = errorEntries.map((e) => e.data.code);
  const sameMeaning = symmetricRelations(
    errorEntries.map((e) => ({ code: e.data.code, targets: e.data.sameMeaning ?? [] })),
  );
  const related = symmetricRelations(errorEntries.map((e) => ({ code: e.data.code, targets: e.data.related ?? [] })));

  const guideSection = (ref: string | GuideRef, usedBy: string): LinkedGuideSection => {
    const parsed = typeof ref === 'string' ? parseGuideRef(ref) : ref;
    if (!parsed) throw new Error(`${usedBy}: "${ref as string}" is not a guide reference (<guide-slug>#<section-id>)`);
    const guide = guideBySlug.get(parsed.slug);
    if (!guide) throw new Error(`${usedBy}: no guide "${parsed.slug}" in content/guides/`);
    const section = guide.sections.find((s) => s.id === parsed.section);
    if (!section) {
      throw new Error(
        `${usedBy}: guide "${parsed.slug}" has no section "${parsed.section}" (it has: ${guide.sections.map((s) => s.id).join(', ')})`,
      );
    }
    return { ...parsed, guide, title: section.title };
  };

  const codes = errorEntries.map(({ data, filePath }): CodeRecord => {
    const guideRefs = (data.guides ?? []).map((ref) => {
      const linked = guideSection(ref, `${filePath}: field "guides"`);
      const entry = linked.guide.codes.find((c) => c.code === data.code);
      const section = { id: linked.section, title: linked.title };
      if (entry) entry.sections.push(section);
      else linked.guide.codes.push({ code: data.code, sections: [section] });
      return linked;
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
      paths: { page: paths.code(data.code), json: paths.codeJson(data.code), markdown: paths.codeMarkdown(data.code) },
    };
  });
  const categories = CATEGORIES.map((category): CategoryRecord => ({
    category,
    heading: t('category.titleWithRange', { title: localized(category, 'title'), range: category.rangeLabel }),
    codes: codes.filter((c) => c.category.slug === category.slug),
  }));
  return {
    codes,
    byCode: new Map(codes.map((c) => [c.code, c])),
    categories,
    categoryBySlug: new Map(categories.map((c) => [c.category.slug, c])),
    guides,
    guideBySlug,
    guideSection,
  };
}
