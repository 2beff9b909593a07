/**
 * Which steps of the test run may start now. Pure, so the order is
 * unit-tested without running anything (tests/unit/test-schedule.test.ts).
 *
 * A step starts when every step it needs has passed, a slot is free, and no
 * running step holds a lock it takes. Steps are offered in declaration order,
 * so the declaration is also the priority: the long chain (build → browser
 * tests) comes first, short independent steps fill the other slot.
 */

export interface Step {
  /** The npm script that runs it (package.json declares each command once). */
  script: string;
  /** Scripts that must have passed before this one starts. */
  needs?: readonly string[];
  /**
   * A resource two steps must not use at once. Astro rewrites the generated
   * types in .astro/ on every sync, check and build, and ESLint's type
   * checker reads them: those steps take the same lock.
   */
  lock?: string;
}

export interface RunState {
  passed: ReadonlySet<string>;
  running: ReadonlySet<string>;
  /** Steps that failed or will never run; nothing after them starts. */
  failed: ReadonlySet<string>;
}

/** The steps to start now, given what has run and how many may run at once. */
export function stepsToStart(steps: readonly Step[], state: RunState, slots: number): Step[] {
  if (state.failed.size > 0) return [];
  const heldLocks = new Set(steps.filter((s) => state.running.has(s.script) && s.lock).map((s) => s.lock));
  const free = slots - state.running.size;
  const starting: Step[] = [];
  for (const step of steps) {
    if (starting.length >= free) break;
    if (state.passed.has(step.script) || state.running.has(step.script)) continue;
    if (!(step.needs ?? []).every((need) => state.passed.has(need))) continue;
    if (step.lock && heldLocks.has(step.lock)) continue;
    starting.push(step);
    if (step.lock) heldLocks.add(step.lock);
  }
  return starting;
}

/** Names a step that needs a script not in the list, or a cycle, before anything runs. */
export function planProblems(steps: readonly Step[]): string[] {
  const names = new Set(steps.map((s) => s.script));
  const problems: string[] = [];
  for (const step of steps)
    for (const need of step.needs ?? [])
      if (!names.has(need)) problems.push(`step "${step.script}" needs "${need}", which is not a step`);
  // Every step must become startable once the steps before it in some order have passed.
  const passed = new Set<string>();
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const step of steps)
      if (!passed.has(step.script) && (step.needs ?? []).every((n) => passed.has(n))) {
        passed.add(step.script);
        progressed = true;
      }
  }
  for (const step of steps)
    if (!passed.has(step.script) && (step.needs ?? []).every((n) => names.has(n)))
      problems.push(`step "${step.script}" waits on a cycle`);
  return problems;
}
