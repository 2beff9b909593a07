/**
 * Synthetic corpora: a copy of the project whose content/errors/ holds N
 * codes, the real files plus codes cloned from a real file of the same range
 * (relations removed, the code appended to the message). Nothing is written
 * into the repository.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORIES } from '../../src/lib/content/categories.ts';
import { ERRORS_FOLDER, listContentFolder, splitFrontMatter } from '../../src/loaders/content-reader.ts';
import { copyProject, REPO_ROOT } from '../../tests/support/project-copy.ts';

/** The ranges codes are synthesized in: every category's but the success code's. */
const RANGES = CATEGORIES.flatMap((category) => (category.range ? [category.range] : []));

const rangeOf = (code) => RANGES.findIndex(([lo, hi]) => code >= lo && code <= hi);

/** The code files of a project folder, as the loader lists them (README.md and dotfiles are not content). */
const codeFiles = (dir) =>
  listContentFolder(pathToFileURL(join(dir, '/')), ERRORS_FOLDER)
    .map((item) => item.name)
    .filter((name) => /^\d+\.md$/.test(name));

/** The number of real codes, the smallest corpus there is. */
export const realCodeCount = () => codeFiles(REPO_ROOT).length;

/** A valid error file for `code`, cloned from a real file of the same range. */
export function cloneErrorFile(source, code) {
  const frontMatter = splitFrontMatter(source);
  if (!frontMatter) throw new Error('template has no front matter');
  const kept = [];
  let dropping = false;
  for (const line of frontMatter.yaml.split('\n')) {
    if (/^(sameMeaning|related):/.test(line)) {
      dropping = true; // also drops a block list written on the following lines
      continue;
    }
    if (dropping && /^(\s|-)/.test(line)) continue;
    dropping = false;
    kept.push(line);
  }
  let changed = 0;
  const front = kept.join('\n').replace(/^(message|messageEn): "(.*)"[ \t]*$/gm, (_all, field, text) => {
    changed++;
    return `${field}: "${text}（合成 ${code}）"`;
  });
  if (changed < 2) throw new Error('template message/messageEn is not a one-line double-quoted string');
  return `---\n${front}\n---\n${frontMatter.body}`;
}

/** Copies the project and fills its content/errors/ up to n codes; returns the copy and how many are synthetic. */
export function prepareCorpus(n) {
  const project = copyProject(`wps-bench-${n}-`);
  try {
    const errorsDir = ERRORS_FOLDER;
    const realFiles = codeFiles(project.dir);
    const existing = new Set(realFiles.map((f) => Number(f.slice(0, -3))));
    if (n < existing.size)
      throw new Error(`N=${n} is smaller than the ${existing.size} real codes; the smallest corpus is the real one`);

    const templates = RANGES.map(() => []);
    for (const code of [...existing].sort((a, b) => a - b)) {
      const r = rangeOf(code);
      if (r >= 0) templates[r].push(project.read(`${errorsDir}/${code}.md`));
    }
    if (templates.some((t) => !t.length)) throw new Error('every range needs at least one real file to clone');

    const next = RANGES.map(([lo]) => lo);
    const made = RANGES.map(() => 0);
    const synthetic = n - existing.size;
    for (let i = 0; i < synthetic; i++) {
      const r = i % RANGES.length;
      while (existing.has(next[r])) next[r]++;
      const code = next[r]++;
      if (code > RANGES[r][1]) throw new Error(`range ${RANGES[r].join('–')} is full`);
      existing.add(code);
      const template = templates[r][made[r]++ % templates[r].length];
      writeFileSync(join(project.dir, errorsDir, `${code}.md`), cloneErrorFile(template, code));
    }
    return { project, synthetic };
  } catch (error) {
    project.remove();
    throw error;
  }
}
