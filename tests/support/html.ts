/**
 * Built pages as DOM documents, for checks that need selectors rather than
 * patterns (sections by their heading, links by their text). linkedom parses
 * the static HTML as a browser without JavaScript would get it.
 */
import { parseHTML } from 'linkedom';
import { readDist } from './dist';

/** The document of a built page, by URL path: "/errors/100014/" reads /errors/100014/index.html. */
export function page(urlPath: string): Document {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return parseHTML(readDist(file)).document;
}

/** Text as a reader sees it: runs of white space read as one space. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The links under `root` whose text matches `name` (a string must match the whole text). */
export function links(root: ParentNode, name: string | RegExp): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) =>
    typeof name === 'string' ? text(a) === name : name.test(text(a)),
  );
}

/** The href of the one link under `root` whose text matches `name`; fails when there is not exactly one. */
export function hrefOf(root: ParentNode, name: string | RegExp): string {
  const found = links(root, name);
  if (found.length !== 1) throw new Error(`expected one link named ${String(name)}, found ${found.length}`);
  return found[0].getAttribute('href')!;
}
