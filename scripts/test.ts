/**
 * `npm test`: every check of the project, two steps at a time on a 2-core
 * machine, in the order of scripts/test-run/steps.ts. Each step is an npm
 * script, so each command is declared once, in package.json, and any step
 * can be run alone (`npm run test:unit`).
 *
 * The output of a step is held until it ends, so steps never interleave:
 * a passing step prints one line with its time, a failing one prints its
 * whole output, stops the run and fails it. `--verbose` (or CI=true) prints
 * every step's output. The run ends with the time of each step.
 *
 * However the run ends (a failing step, Ctrl-C, SIGTERM or SIGHUP, an
 * exception in this script), every process a step started is stopped:
 * Playwright's web servers and browsers included, which run in process
 * groups of their own (scripts/test-run/process-tree.ts).
 *
 *   node scripts/test.ts [--verbose] [--only script,script]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { processStopper } from './test-run/process-tree.ts';
import { planProblems, stepsToStart, type Step } from './test-run/schedule.ts';
import { STEPS } from './test-run/steps.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || process.env.CI === 'true';
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1]?.split(',')) : undefined;
// Steps keep the cores busy between them; more than two at once only makes each slower.
const SLOTS = Math.max(2, Math.min(availableParallelism(), 3));

const steps: readonly Step[] = only
  ? STEPS.filter((s) => only.has(s.script)).map((s) => ({ ...s, needs: s.needs?.filter((n) => only.has(n)) }))
  : STEPS;
const problems = planProblems(steps);
if (problems.length) {
  console.error(`test plan: ${problems.join('; ')}`);
  process.exit(2);
}

// The builds of a test run are never deployed: they may carry the local
// origin even where CI=true is set (see README, Configuration).
const TEST_ENV = { ...process.env, ALLOW_LOCAL_SITE_URL: '1' };

const passed = new Set<string>();
const failed = new Set<string>();
const running = new Map<string, ChildProcess>();
const times = new Map<string, number>();
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(step: Step): Promise<void> {
  return new Promise((resolve) => {
    const begin = performance.now();
    // Own process group, so a failure elsewhere can stop the step with its children (browsers, servers).
    const child = spawn('npm', ['run', '--silent', step.script], { detached: true, env: TEST_ENV });
    running.set(step.script, child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status, signal) => {
      running.delete(step.script);
      times.set(step.script, performance.now() - begin);
      const time = seconds(performance.now() - begin);
      if (signal && failed.size) {
        console.log(`- ${step.script} stopped after ${time}`);
      } else if (status === 0) {
        passed.add(step.script);
        console.log(`✓ ${step.script} ${time}`);
        if (verbose) console.log(indent(output));
      } else {
        failed.add(step.script);
        console.log(`✗ ${step.script} failed after ${time} (exit ${status ?? signal}):\n${indent(output)}`);
        stopAll();
      }
      resolve();
    });
  });
}

const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

const stopper = processStopper();
/** How long a process has to end after SIGTERM before it is killed. */
const GRACE_MS = 5_000;

/** Stops every running step with everything below it (see scripts/test-run/process-tree.ts). */
function stopAll(name: NodeJS.Signals = 'SIGTERM') {
  stopper.stop(
    [...running.values()].flatMap((child) => (child.pid ? [child.pid] : [])),
    name,
  );
  if (name !== 'SIGKILL' && stopper.remembered() > 0) setTimeout(() => stopAll('SIGKILL'), GRACE_MS).unref();
}

function interrupt(reason: string) {
  // A second signal while stopping means "now".
  if (failed.has('interrupted')) {
    stopAll('SIGKILL');
    process.exit(130);
  }
  console.log(`\n${reason}: stopping every step`);
  failed.add('interrupted');
  stopAll();
}
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(name, () => interrupt(name));
for (const event of ['uncaughtException', 'unhandledRejection'] as const)
  process.on(event, (error) => {
    console.error(error);
    stopAll('SIGKILL');
    process.exit(1);
  });
// The last word: nothing this run started outlives it, whichever way it ends.
process.on('exit', () => {
  if (running.size || stopper.remembered() > 0) stopAll('SIGKILL');
});

const inFlight = new Set<Promise<void>>();
for (;;) {
  for (const step of stepsToStart(steps, { passed, failed, running: new Set(running.keys()) }, SLOTS)) {
    const done: Promise<void> = run(step).then(() => {
      inFlight.delete(done);
    });
    inFlight.add(done);
  }
  if (inFlight.size === 0) break;
  await Promise.race(inFlight);
}

const wall = performance.now() - started;
const width = Math.max(...steps.map((s) => s.script.length));
console.log(`\nstep times (${SLOTS} at a time):`);
for (const { script } of steps) {
  const time = times.get(script);
  const mark = passed.has(script) ? '✓' : failed.has(script) ? '✗' : '-';
  console.log(`  ${mark} ${script.padEnd(width)}  ${time === undefined ? 'not run' : seconds(time)}`);
}
const ok = failed.size === 0 && passed.size === steps.length;
console.log(`${ok ? 'all passed' : 'FAILED'} in ${seconds(wall)}`);
process.exit(ok ? 0 : 1);
