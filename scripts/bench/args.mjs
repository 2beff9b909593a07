/**
 * Build benchmark: how do build time, memory, output size and search grow
 * with the number of error codes?
 *
 *   npm run bench                          # N = 86, 2000, 10000; one run each
 *   npm run bench -- --sizes 86,500 --runs 3 --keep
 *
 * For every N the project is copied to a temporary folder under os.tmpdir()
 * (tests/support/project-copy.ts: node_modules is linked entry by entry, so no
 * copy touches the repository's caches) and content/errors/ is filled with N
 * codes: the real files, plus synthetic codes cloned from a real file of the
 * same range. `astro build` then runs in the copy; nothing is written into the
 * repository.
 *
 * Options:
 *   --sizes 86,2000,10000   corpus sizes (each >= the number of real codes)
 *   --runs 1                cold builds per size (medians are reported)
 *   --query "access token过期"  query of the first-search measurement
 *   --search-runs 3         page loads per build for the first-search time (median)
 *   --no-search             skip the browser measurements
 *   --keep                  keep the temporary copies (their paths are printed)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** The Node floor, read from package.json's engines field (declared there once). */
export function nodeFloor() {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return /(\d+)\.(\d+)/.exec(pkg.engines.node).slice(1).map(Number);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const [floorMajor, floorMinor] = nodeFloor();
  if (major < floorMajor || (major === floorMajor && minor < floorMinor))
    fail(`Node ${process.versions.node} is older than ${floorMajor}.${floorMinor}; run ". .ci/use-node.sh" first.`);
}

const positive = (value, name) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, got "${value}"`);
  return n;
};

export function readArgs() {
  checkNode();
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '86,2000,10000' },
        runs: { type: 'string', default: '1' },
        query: { type: 'string', default: 'access token过期' },
        'search-runs': { type: 'string', default: '3' },
        'no-search': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    fail(error.message);
  }
  if (values.help) {
    const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    console.log(
      source
        .split('*/')[0]
        .replace(/^\/\*\*\n/, '')
        .replace(/^ \* ?/gm, ''),
    );
    process.exit(0);
  }
  const sizes = values.sizes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1))
    fail(`--sizes must be a comma-separated list of positive integers, got "${values.sizes}"`);
  return {
    sizes: sizes.sort((a, b) => a - b),
    runs: positive(values.runs, 'runs'),
    searchRuns: positive(values['search-runs'], 'search-runs'),
    query: values.query,
    searchEnabled: !values['no-search'],
    keep: values.keep,
  };
}
