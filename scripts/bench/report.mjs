/** The benchmark's Markdown report. */
import os from 'node:os';
import { PHASES } from './astro-log.mjs';
import { SAMPLE_CODE } from './output.mjs';
import { fmt, int, ratio } from './stats.mjs';

export function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

/** The one-line summary of the searches, printed after the tables. */
export function searchSummary(rows) {
  return rows
    .map((r) => {
      const first = r.search
        ? `first search ${int(r.search.coreBytes + r.search.fragmentBytes)} B`
        : 'first search n/a';
      const warm =
        r.warm?.medianMs != null
          ? `live panel ${fmt(r.warm.medianMs, 0)} ms median, ${fmt(r.warm.p90Ms, 0)} ms p90 (engine floor ${fmt(r.warm.floorMedianMs, 0)} / ${fmt(r.warm.floorP90Ms, 0)} ms) over ${r.warm.queries} queries`
          : 'warm search n/a';
      return `N = ${int(r.n)}: ${first}; ${warm}`;
    })
    .join('\n');
}

export function report(rows, { query, runs, searchRuns, searchEnabled }) {
  const base = rows[0];
  const out = [];
  out.push(`# WPS error-code site: build benchmark`, '');
  out.push(`Machine: ${machine()}  `);
  out.push(
    `Date: ${new Date().toISOString()}; runs per size: ${runs} (medians); MB = 10^6 bytes; cold builds (no .astro or Vite cache).`,
    '',
  );

  out.push('## Results', '');
  out.push(
    '| N codes | build (s) | peak RSS, largest process (MB) | peak RSS, process tree (MB) | HTML pages | indexed pages | pagefind (MB) | pagefind files | 100014 HTML raw / gzip (B) | median code page raw / gzip (B) | first search: pagefind bytes (core + fragments) | requests | first result (ms) |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const s = r.search;
    out.push(
      `| ${int(r.n)} | ${fmt(r.buildS, 2)} | ${fmt(r.peakMb, 0)} | ${fmt(r.treeMb, 0)} | ${int(r.out.htmlPages)} | ${int(r.indexedPages)} | ${fmt(r.out.pagefindMb, 2)} | ${int(r.out.pagefindFiles)} | ${int(r.out.sampleRaw)} / ${int(r.out.sampleGz)} | ${int(r.out.medianRaw)} / ${int(r.out.medianGz)} | ${s ? `${int(s.coreBytes)} + ${int(s.fragmentBytes)} = ${int(s.coreBytes + s.fragmentBytes)}` : 'n/a'} | ${s ? `${s.coreFiles} + ${s.fragmentFiles}` : 'n/a'} | ${s ? fmt(s.firstResultMs, 0) : 'n/a'} |`,
    );
  }
  out.push('');
  out.push(
    `Peak RSS, largest process: ${rows[0].peakSource} ("Maximum resident set size" is the largest single process, not the sum). Process tree: sum of VmRSS over the build and its children (e.g. the Pagefind binary), polled from /proc every 100 ms.`,
  );
  out.push(
    `First search: /search/?q=${query} in a cold Chromium profile over a local HTTP server without compression; "core" = pagefind.js, pagefind-worker.js, pagefind-entry.json, the wasm, the pf_meta and the index chunks fetched; "fragments" = the result fragments the page loads before it shows results (up to 20). First result = navigation start → first <li> in [data-search-page-results], median of ${searchRuns} page loads, each in a fresh browser context.`,
    '',
  );

  out.push(`## Growth vs N = ${int(base.n)}`, '');
  out.push(
    '| N codes | N ratio | build time ratio | build ms per code | ms per code ratio | peak RSS ratio | pagefind size ratio | 100014 page size ratio | median page size ratio | search bytes ratio | first result time ratio |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const perCode = (r.buildS * 1000) / r.n;
    const basePerCode = (base.buildS * 1000) / base.n;
    const sb = (x) => (x.search ? x.search.coreBytes + x.search.fragmentBytes : null);
    out.push(
      `| ${int(r.n)} | ${ratio(r.n, base.n)} | ${ratio(r.buildS, base.buildS)} | ${fmt(perCode, 2)} | ${ratio(perCode, basePerCode)} | ${ratio(r.peakMb, base.peakMb)} | ${ratio(r.out.pagefindMb, base.out.pagefindMb)} | ${ratio(r.out.sampleRaw, base.out.sampleRaw)} | ${ratio(r.out.medianRaw, base.out.medianRaw)} | ${ratio(sb(r), sb(base))} | ${ratio(r.search?.firstResultMs, base.search?.firstResultMs)} |`,
    );
  }
  out.push('');
  const sampleSizes = rows.map((r) => r.out.sampleRaw);
  const spread = Math.max(...sampleSizes) - Math.min(...sampleSizes);
  out.push(
    `Page ${SAMPLE_CODE} HTML: ${sampleSizes.map(int).join(' → ')} bytes (${spread === 0 ? 'constant' : `changes by ${int(spread)} bytes, ${fmt((spread / Math.min(...sampleSizes)) * 100, 2)}%`}).`,
    '',
  );

  out.push('## Build phases (s, from the time each Astro log line arrived)', '');
  out.push(`| N codes | ${PHASES.map((p) => p.label).join(' | ')} | render ms per page |`);
  out.push(`| ---: | ${PHASES.map(() => '---:').join(' | ')} | ---: |`);
  for (const r of rows) {
    out.push(
      `| ${int(r.n)} | ${PHASES.map((p) => fmt(r.phases[p.id] == null ? null : r.phases[p.id] / 1000, 2)).join(' | ')} | ${fmt(r.phases.render == null ? null : r.phases.render / r.out.htmlPages, 2)} |`,
    );
  }
  out.push('');
  out.push(
    `Peak RSS by process name (MB, /proc poll): ${rows
      .map(
        (r) =>
          `N = ${int(r.n)}: ${Object.entries(r.peakByName)
            .sort((a, b) => b[1] - a[1])
            .map(([name, mb]) => `${name} ${mb.toFixed(0)}`)
            .join(', ')}`,
      )
      .join('; ')}.`,
    '',
  );
  if (rows.length > 1) {
    const last = rows[rows.length - 1];
    const grow = PHASES.filter((p) => base.phases[p.id] > 50 && last.phases[p.id] != null)
      .map((p) => ({ label: p.label, factor: last.phases[p.id] / base.phases[p.id] }))
      .sort((a, b) => b.factor - a.factor);
    const n = last.n / base.n;
    out.push(
      `From N = ${int(base.n)} to ${int(last.n)} (${n.toFixed(1)}× codes): ${grow.map((g) => `${g.label} ${g.factor.toFixed(1)}×`).join(', ')}.`,
    );
    const superlinear = grow.filter((g) => g.factor > n * 1.2);
    out.push(
      superlinear.length
        ? `Faster than linear: ${superlinear.map((g) => g.label).join(', ')}.`
        : 'No phase grows faster than the number of codes (fixed start-up costs dominate small N).',
      '',
    );
  }

  if (searchEnabled) {
    out.push('## First search, by file kind (files / bytes)', '');
    const kinds = ['js', 'worker', 'entry', 'wasm', 'meta', 'index', 'fragment', 'filter', 'other'];
    out.push(
      `| N codes | ${kinds.join(' | ')} | lookup.json (B) | results | first result | wall to first result (ms) |`,
    );
    out.push(`| ---: | ${kinds.map(() => '---:').join(' | ')} | ---: | ---: | --- | ---: |`);
    for (const r of rows) {
      const s = r.search;
      if (!s) {
        out.push(`| ${int(r.n)} | ${kinds.map(() => 'n/a').join(' | ')} | n/a | n/a | n/a | n/a |`);
        continue;
      }
      out.push(
        `| ${int(r.n)} | ${kinds.map((k) => (s.byKind[k] ? `${s.byKind[k].files} / ${int(s.byKind[k].bytes)}` : '–')).join(' | ')} | ${int(s.lookupBytes)} | ${s.results} | ${s.firstHref} | ${fmt(s.wallMs, 0)} |`,
      );
    }
    out.push('');
  }
  if (searchEnabled) {
    out.push('## Search, first and warm', '');
    out.push(
      'Warm search: on the home page, after one search has loaded Pagefind, each query is typed into the header box with its last character as one keystroke; the time runs from that keydown to the rendered live results.',
      '',
      searchSummary(rows),
      '',
    );
  }
  return out.join('\n');
}
