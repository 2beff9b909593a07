/**
 * What the benchmark reads from Astro's build log. These patterns follow
 * Astro's and the integrations' wording; when a line is not found its phase is
 * reported as n/a rather than guessed.
 */

// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
export const stripAnsi = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** Lines of the Astro log that start each phase, in order. */
export const PHASES = [
  { id: 'startup', label: 'start-up, config, sync setup', start: null },
  { id: 'content', label: 'content loaders + types', start: /\[content\] Syncing content/ },
  { id: 'bundle', label: 'vite bundle', start: /\[build\] Building static entrypoints/ },
  { id: 'render', label: 'render pages', start: /generating static routes/ },
  { id: 'sitemap', label: 'sitemap', start: /^\S*\s*✓ Completed in .*$/, after: 'render' },
  { id: 'pagefind', label: 'pagefind index', start: /\[@astrojs\/sitemap\]/ },
  { id: 'finish', label: 'other hooks + exit', start: /\[pagefind-index\]/ },
];

/** Milliseconds spent in each phase, from the arrival times `t` of the log `lines`. */
export function phaseTimes(lines, totalMs) {
  const startLine = { startup: -1 };
  const starts = { startup: 0 };
  for (const phase of PHASES.slice(1)) {
    const from = phase.after ? startLine[phase.after] : -1;
    if (from == null) continue;
    const index = lines.findIndex((l, i) => i > from && phase.start.test(l.text));
    if (index >= 0) {
      startLine[phase.id] = index;
      starts[phase.id] = lines[index].t;
    }
  }
  const result = {};
  for (let i = 0; i < PHASES.length; i++) {
    const { id } = PHASES[i];
    if (starts[id] == null) continue;
    const end =
      PHASES.slice(i + 1)
        .map((p) => starts[p.id])
        .find((t) => t != null) ?? totalMs;
    result[id] = end - starts[id];
  }
  return result;
}

/** The number of pages Pagefind indexed, from its summary line; null when absent. */
export function indexedPages(lines) {
  const line = lines.find((l) => /\[pagefind-index\]/.test(l.text))?.text ?? '';
  return Number(/zh-cn \((\d+) pages\)/.exec(line)?.[1]) || null;
}
