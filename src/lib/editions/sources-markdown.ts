/** The 依据 section of a page's Markdown edition, as the page shows it. */

import type { RootContent } from 'mdast';
import { t } from '../../i18n';
import { heading, link, list, paragraph, text } from './markdown-ast';
import { NO_SOURCES_NOTE, SOURCES_HEADING, SOURCES_INTRO } from '../content/sources';

export interface CitedSourceLink {
  title: string;
  address: string;
  /** How the page names the source's kind (官方文档, 标准, …). */
  kindLabel: string;
}

export function sourcesBlocks(sources: readonly CitedSourceLink[]): RootContent[] {
  if (!sources.length) return [heading(2, SOURCES_HEADING), paragraph(text(NO_SOURCES_NOTE))];
  return [
    heading(2, SOURCES_HEADING),
    paragraph(text(SOURCES_INTRO)),
    list(sources.map((s) => [link(s.address, text(s.title)), text(t('sources.kindLabel', { kind: s.kindLabel }))])),
  ];
}
