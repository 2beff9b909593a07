/**
 * Axe scans run by injecting axe-core into the page under test. Reading
 * axe.min.js once and calling axe.run in the page costs a fraction of a
 * second; @axe-core/playwright's builder opens extra pages per scan and took
 * several seconds a URL.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type ColorScheme = 'light' | 'dark';

/**
 * The only rules whose outcome can change with the colour scheme. The dark
 * palette in global.css redefines colour custom properties and nothing else:
 * no rule shows, hides, moves or relabels an element per scheme, so every
 * other rule sees the same DOM and accessibility tree in both schemes.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface ScanOptions {
  scheme: ColorScheme;
  /** A CSS selector for the part of the page to scan; the whole document by default. */
  include?: string;
  /** Rule ids to run; every rule axe enables by default otherwise. */
  rules?: string[];
}

/**
 * Scans the page as it is now, in `scheme`, and returns one line per
 * violation: "[scheme] [impact] rule: first three targets".
 */
export async function axeViolations(page: Page, { scheme, include, rules }: ScanOptions): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Only violations are reported, so axe skips the details of what passed.
  const options: RunOptions = { resultTypes: ['violations'], ...(rules && { runOnly: rules }) };
  const violations = await page.evaluate(
    async ([context, runOptions]) => {
      const { axe } = window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } };
      const results = await axe.run(context ?? document, runOptions);
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) }));
    },
    [include, options] as const,
  );
  return violations.map(
    (v) =>
      `[${scheme}] [${v.impact}] ${v.id}: ${v.targets
        .map((target) => target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** The whole rule set in the light scheme, then the colour rules in the dark one (see COLOUR_RULES). */
export async function axeViolationsInBothSchemes(page: Page, include?: string): Promise<string[]> {
  return [
    ...(await axeViolations(page, { scheme: 'light', include })),
    ...(await axeViolations(page, { scheme: 'dark', include, rules: COLOUR_RULES })),
  ];
}
