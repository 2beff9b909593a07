/**
 * The Node floor is declared once, in package.json's engines field; .nvmrc,
 * .ci/use-node.sh, the benchmark and the README follow it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFloor } from '../../scripts/bench/args.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
const floor = /^>=(\d+\.\d+)\.0$/.exec(engines)?.[1];

describe('the Node floor', () => {
  it('is a ">=major.minor.0" range in package.json', () => {
    expect(floor).toBe('22.18');
  });

  it('.nvmrc names it', () => {
    expect(read('.nvmrc').trim()).toBe(floor);
  });

  it('.ci/use-node.sh reads it from package.json instead of repeating it', () => {
    const script = read('.ci/use-node.sh');
    expect(script).toMatch(/sed -n .*"node".* package\.json/);
    expect(script).not.toMatch(/\b22\b/);
  });

  it('the benchmark reads it from package.json', () => {
    expect(nodeFloor().join('.')).toBe(floor);
  });

  it('the README states it', () => {
    expect(read('README.md')).toContain(`Node.js ≥ ${floor}`);
  });
});
