#!/usr/bin/env node
/**
 * Build benchmark (see scripts/bench/args.mjs for the options, or --help):
 * for each corpus size, cold builds in a project copy, the output's sizes, and
 * the first and warm searches in Chromium; a Markdown report at the end.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArgs } from './bench/args.mjs';
import { PHASES } from './bench/astro-log.mjs';
import { closeBrowser, measureFirstSearch, measureWarmSearch, warmQueries } from './bench/browser.mjs';
import { coldBuild } from './bench/build.mjs';
import { prepareCorpus, realCodeCount } from './bench/corpus.mjs';
import { measureOutput } from './bench/output.mjs';
import { machine, report, searchSummary } from './bench/report.mjs';
import { median } from './bench/stats.mjs';

const options = readArgs();
const { sizes, runs, searchRuns, query, searchEnabled, keep } = options;
const queries = warmQueries();
let searchWarned = false;

/** The searches of one build; null (with one warning per benchmark) when the browser is unavailable. */
async function searches(dist, n) {
  if (!searchEnabled) return { search: null, warm: null };
  try {
    const samples = [];
    for (let i = 0; i < searchRuns; i++) samples.push(await measureFirstSearch(dist, query));
    const search = {
      ...samples[0],
      firstResultMs: median(samples.map((s) => s.firstResultMs)),
      wallMs: median(samples.map((s) => s.wallMs)),
    };
    if (search.failed.length)
      console.error(`bench: N=${n}: requests failed during the search: ${search.failed.join(', ')}`);
    return { search, warm: await measureWarmSearch(dist, queries) };
  } catch (error) {
    if (!searchWarned) console.error(`bench: search measurement unavailable: ${error.message.split('\n')[0]}`);
    searchWarned = true;
    return { search: null, warm: null };
  }
}

/** Medians over the runs of one corpus size. */
function summarize(n, perRun) {
  const mid = (f) => median(perRun.map(f));
  const last = perRun[perRun.length - 1];
  const found = perRun.filter((r) => r.search);
  const phases = Object.fromEntries(PHASES.map((p) => [p.id, mid((r) => r.build.phases[p.id])]));
  return {
    n,
    buildS: mid((r) => r.build.wallMs) / 1000,
    peakMb: mid((r) => r.build.peakMaxProcMb),
    peakSource: perRun[0].build.peakSource,
    peakByName: last.build.peakByName,
    treeMb: mid((r) => r.build.peakTreeMb),
    indexedPages: perRun[0].build.indexedPages,
    out: last.out,
    phases,
    search: found.length
      ? {
          ...found[found.length - 1].search,
          firstResultMs: median(found.map((r) => r.search.firstResultMs)),
          wallMs: median(found.map((r) => r.search.wallMs)),
        }
      : null,
    warm: found.length
      ? {
          medianMs: median(found.map((r) => r.warm?.medianMs)),
          p90Ms: median(found.map((r) => r.warm?.p90Ms)),
          floorMedianMs: median(found.map((r) => r.warm?.floorMedianMs)),
          floorP90Ms: median(found.map((r) => r.warm?.floorP90Ms)),
          queries: found[0].warm?.queries ?? 0,
        }
      : null,
  };
}

let exitCode = 0;
const kept = [];
try {
  const real = realCodeCount();
  if (sizes[0] < real)
    throw new Error(`N=${sizes[0]} is smaller than the ${real} real codes; the smallest corpus is the real one`);
  console.error(`bench: sizes ${sizes.join(', ')}; ${runs} run(s) each; ${machine()}`);
  const rows = [];
  for (const n of sizes) {
    const { project, synthetic } = prepareCorpus(n);
    try {
      console.error(`bench: N=${n}: ${synthetic} synthetic codes; copy at ${project.dir}`);
      const perRun = [];
      for (let run = 1; run <= runs; run++) {
        const build = await coldBuild(project);
        const dist = path.join(project.dir, 'dist');
        const out = measureOutput(dist);
        const { search, warm } = await searches(dist, n);
        console.error(
          `bench: N=${n} run ${run}/${runs}: build ${(build.wallMs / 1000).toFixed(2)} s, peak ${build.peakMaxProcMb.toFixed(0)} MB (tree ${build.peakTreeMb?.toFixed(0) ?? 'n/a'} MB), ${out.htmlPages} HTML pages` +
            (search
              ? `, first search ${search.coreBytes + search.fragmentBytes} B in ${search.firstResultMs?.toFixed(0)} ms`
              : '') +
            (warm
              ? `, live panel ${warm.medianMs?.toFixed(0)} ms median / ${warm.p90Ms?.toFixed(0)} ms p90, engine floor ${warm.floorMedianMs?.toFixed(0)} ms`
              : ''),
        );
        perRun.push({ build, out, search, warm });
      }
      rows.push(summarize(n, perRun));
    } finally {
      if (keep) kept.push(project.dir);
      else project.remove();
    }
  }

  const markdown = report(rows, options);
  console.log(markdown);
  const file = path.join(os.tmpdir(), 'bench-results.md');
  writeFileSync(file, `${markdown}\n`);
  console.log(`Results written to ${file}`);
  if (searchEnabled) console.log(searchSummary(rows));
} catch (error) {
  console.error(`bench: ${error.message}`);
  exitCode = 1;
} finally {
  await closeBrowser();
  for (const dir of kept) console.error(`bench: kept ${dir}`);
}
process.exit(exitCode);
