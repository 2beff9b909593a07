import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planProblems, stepsToStart, type Step } from '../../scripts/test-run/schedule';
import { STEPS } from '../../scripts/test-run/steps';

const state = (passed: string[] = [], running: string[] = [], failed: string[] = []) => ({
  passed: new Set(passed),
  running: new Set(running),
  failed: new Set(failed),
});
const names = (steps: Step[]) => steps.map((s) => s.script);

const PLAN: Step[] = [
  { script: 'build', lock: 'types' },
  { script: 'e2e', needs: ['build'] },
  { script: 'unit' },
  { script: 'check', lock: 'types' },
  { script: 'eslint', needs: ['check'], lock: 'types' },
];

describe('stepsToStart', () => {
  it('fills the free slots in declaration order, skipping steps that wait', () => {
    expect(names(stepsToStart(PLAN, state(), 2))).toEqual(['build', 'unit']);
  });

  it('never runs two steps that take the same lock', () => {
    expect(names(stepsToStart(PLAN, state([], ['build']), 3))).toEqual(['unit']);
    expect(names(stepsToStart(PLAN, state(['unit']), 3))).toEqual(['build']);
  });

  it('starts a step once everything it needs has passed', () => {
    expect(names(stepsToStart(PLAN, state(['build'], ['unit']), 2))).toEqual(['e2e']);
    expect(names(stepsToStart(PLAN, state(['build', 'unit', 'e2e', 'check']), 2))).toEqual(['eslint']);
  });

  it('starts nothing new after a failure or when the slots are full', () => {
    expect(stepsToStart(PLAN, state([], [], ['build']), 2)).toEqual([]);
    expect(stepsToStart(PLAN, state([], ['build', 'unit']), 2)).toEqual([]);
  });
});

describe('planProblems', () => {
  it('names a need that is not a step, and a cycle', () => {
    expect(planProblems([{ script: 'a', needs: ['nope'] }])).toEqual(['step "a" needs "nope", which is not a step']);
    expect(
      planProblems([
        { script: 'a', needs: ['b'] },
        { script: 'b', needs: ['a'] },
      ]),
    ).toEqual(['step "a" waits on a cycle', 'step "b" waits on a cycle']);
  });

  it('finds none in the real plan, which runs every check of the project', () => {
    expect(planProblems(STEPS)).toEqual([]);
    expect(names([...STEPS]).sort()).toEqual(
      [
        'build',
        'build:subpath',
        'check',
        'lint:code',
        'lint:format',
        'test:build-failures',
        'test:dist',
        'test:e2e',
        'test:unit',
      ].sort(),
    );
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const { script } of STEPS) expect(scripts[script], script).toBeTruthy();
    expect(scripts.test).toBe('node scripts/test.ts');
  });
});
