/** One cold `astro build` in a project copy: wall time, peak memory and the time of each phase. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { astroEnv } from '../../tests/support/project-copy.ts';
import { indexedPages, phaseTimes, stripAnsi } from './astro-log.mjs';
import { sampleRss } from './rss-sampler.mjs';
import { MB } from './stats.mjs';

/** GNU time reports the largest process's peak exactly; without it the /proc samples are used. */
const TIME_BIN = '/usr/bin/time';
// node_modules/.cache holds the preview images drawn by earlier builds: a cold build draws them all.
const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'];

/** Collects a stream's lines with the time each arrived. */
function collectLines(stream, t0) {
  const lines = [];
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const t = performance.now() - t0;
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const part of parts) lines.push({ t, text: stripAnsi(part) });
  });
  stream.on('end', () => rest && lines.push({ t: performance.now() - t0, text: stripAnsi(rest) }));
  return lines;
}

export function coldBuild(project) {
  for (const cache of CACHES) rmSync(join(project.dir, cache), { recursive: true, force: true });
  const timeFile = join(project.dir, '.bench-time.txt');
  const useTime = existsSync(TIME_BIN);
  const [command, argv] = useTime
    ? [TIME_BIN, ['-v', '-o', timeFile, process.execPath, project.astroBin, 'build']]
    : [process.execPath, [project.astroBin, 'build']];

  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, argv, { cwd: project.dir, env: astroEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = collectLines(child.stdout, t0);
    const stderr = collectLines(child.stderr, t0);
    const sampler = sampleRss(child.pid);

    child.on('error', (error) => {
      sampler.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const peaks = sampler.stop();
      const wallMs = performance.now() - t0;
      writeFileSync(
        join(project.dir, 'bench-build.log'),
        [...lines, ...stderr].map((l) => `${(l.t / 1000).toFixed(3)} ${l.text}`).join('\n'),
      );
      const timeReport = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      if (code !== 0) {
        const shown = stderr.length ? stderr : lines;
        const tail = shown
          .slice(-40)
          .map((l) => `    ${l.text}`)
          .join('\n');
        const note = timeReport.match(/Command (exited|terminated).*$/m)?.[0];
        const how = `${signal ? `signal ${signal}` : `exit code ${code}`}${note ? `; ${note}` : ''}`;
        reject(
          new Error(
            `astro build failed in ${project.dir} (${how}). Last lines of its ${stderr.length ? 'stderr' : 'output'}:\n${tail}\n(Rerun with --keep to inspect the copy and its bench-build.log.)`,
          ),
        );
        return;
      }
      const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport)?.[1]) || null;
      resolve({
        wallMs,
        peakMaxProcMb: maxRssKb ? (maxRssKb * 1024) / MB : peaks.processMb,
        peakSource: maxRssKb ? 'time -v' : '/proc poll',
        peakTreeMb: peaks.treeMb,
        peakByName: peaks.byNameMb,
        phases: phaseTimes(lines, wallMs),
        indexedPages: indexedPages(lines),
      });
    });
  });
}
