/**
 * Every `changes` entry of the code files and guides, checked against the
 * page it belongs to and sorted newest first, for /changes/ and /changes.xml.
 */
import { localized } from '../i18n';
import { sortChanges, type ChangeItem } from '../lib/editions/changes-feed';
import { GENERATED_SECTIONS, PAGE_SECTION_IDS } from '../lib/content/error-sections';
import { paths } from '../lib/site/urls';
import type { PageChange } from '../schemas/changes';
import { getCatalog } from './catalog';

/** The items of one page: its section anchors must exist, and each item gets a permanent key. */
function pageItems(
  file: string,
  pagePath: string,
  pageTitle: string,
  sections: readonly string[],
  changes: readonly PageChange[] | undefined,
): ChangeItem[] {
  const perDay = new Map<string, number>();
  return (changes ?? []).map((change, index) => {
    if (change.section !== undefined && !sections.includes(change.section)) {
      throw new Error(
        `${file}: field "changes.${index}.section": the page has no section "${change.section}" (it has: ${sections.join(', ')})`,
      );
    }
    const n = (perDay.get(change.date) ?? 0) + 1;
    perDay.set(change.date, n);
    return {
      date: change.date,
      note: change.note,
      pageTitle,
      path: pagePath + (change.section ? `#${change.section}` : ''),
      key: `${pagePath.replace(/\/$/, '').replaceAll('/', '-')}-${change.date}-${n}`,
    };
  });
}

/** Every change, newest first. */
export async function getChanges(): Promise<ChangeItem[]> {
  const { codes, guides } = await getCatalog();
  const codeItems = codes.flatMap(({ code, data }) => {
    const present = new Set<string>([...Object.keys(data.sections), ...GENERATED_SECTIONS.map((s) => s.id)]);
    const sections = PAGE_SECTION_IDS.filter((id) => present.has(id));
    return pageItems(
      `content/errors/${code}.md`,
      paths.code(code),
      `${code} ${localized(data, 'title')}`,
      sections,
      data.changes,
    );
  });
  const guideItems = guides.flatMap(({ entry, sections }) =>
    pageItems(
      `content/guides/${entry.id}.mdx`,
      paths.guide(entry.id),
      entry.data.title,
      [...sections.map((s) => s.id), 'codes', 'sources'],
      entry.data.changes,
    ),
  );
  return sortChanges([...codeItems, ...guideItems]);
}
