/**
 * The whole content corpus, read and checked: the code files, the guides and
 * the bibliography. The error-code loader fails the build with these
 * problems; the content tests call the same check, so they hold the corpus to
 * exactly what the build does.
 */
import type { FileProblem } from '../lib/content/file-problem';
import { parseSources, sourceOrigins, SOURCES_FILE } from '../lib/content/sources';
import { bodyPolicyProblems } from './body-policy';
import { citationProblemsIn } from './citations';
import { ERRORS_FOLDER, GUIDES_FOLDER, listContentFolder, readContentFile } from './content-reader';
import { corpusProblems, guideRefProblems, parseErrorFile, type ParsedErrorFile } from './error-file';
import { guideFiles, type GuideFile } from './guide-files';
import { houseStyleProblems } from './house-style';
import { lexiconProblemsIn } from './lexicon';

export interface CorpusFolders {
  /** The folder of code files, e.g. "content/errors". */
  errors: string;
  /** The folder of guides, whose sections the codes' `guides` fields name. */
  guides: string;
}

export interface CheckedCorpus {
  /** Every code file whose front matter parsed, in file-name order. */
  codes: ParsedErrorFile[];
  guides: GuideFile[];
  problems: FileProblem[];
}

export function checkCorpus(
  root: URL,
  { errors, guides: guidesFolder }: CorpusFolders = { errors: ERRORS_FOLDER, guides: GUIDES_FOLDER },
): CheckedCorpus {
  const problems: FileProblem[] = [];
  const codes: ParsedErrorFile[] = [];
  const brokenCodes: number[] = [];
  const bodies = new Map<string, string>();

  const items = listContentFolder(root, errors);
  for (const item of items) {
    if (!item.isFile) {
      problems.push({
        file: item.file,
        message: `is a folder; sub-folders are not read: put each <code>.md directly in ${errors}/`,
      });
      continue;
    }
    const source = readContentFile(root, item.file);
    const result = parseErrorFile(item.file, source);
    // A file that is not named as a code is reported as such, and its body is not judged.
    if (result.code !== undefined) bodies.set(item.file, source);
    problems.push(...result.problems);
    if (result.entry) codes.push(result.entry);
    else if (result.code !== undefined) brokenCodes.push(result.code);
  }
  if (items.length === 0)
    problems.push({ file: `${errors}/`, message: 'holds no error-code files: the site would have no code pages' });
  problems.push(...corpusProblems(codes, brokenCodes));
  problems.push(...lexiconProblemsIn(root, codes));

  const guides = guideFiles(root, guidesFolder);
  for (const guide of guides) {
    if (!guide.frontMatter.ok)
      problems.push({ file: guide.file, field: 'front matter', message: guide.frontMatter.problem });
  }
  problems.push(...guideRefProblems(codes, new Map(guides.map((g) => [g.slug, g.sections.map((s) => s.id)]))));

  // Citations and links are judged against the bibliography: a broken one
  // would make every citation unknown and every link foreign, so it is
  // reported alone.
  const bibliography = parseSources(readContentFile(root, SOURCES_FILE));
  if (bibliography.problems.length) return { codes, guides, problems: [...problems, ...bibliography.problems] };
  const linkOrigins = sourceOrigins(bibliography.sources);
  for (const [file, source] of bodies) problems.push(...bodyPolicyProblems(file, source, linkOrigins));
  for (const guide of guides) problems.push(...bodyPolicyProblems(guide.file, guide.source, linkOrigins));
  problems.push(...citationProblemsIn(new Set(bibliography.sources.map((s) => s.id)), codes, guides));
  problems.push(...houseStyleProblems(root, codes, bodies, guides));
  return { codes, guides, problems };
}
