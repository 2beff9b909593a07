import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { descendantsOf, parseProcessTable, processStopper, processTable } from '../../scripts/test-run/process-tree';

describe('the processes a test step started', () => {
  // npm (10) → sh (11) → playwright (12) → two web servers (13, 14, own process groups) and chromium (15 → 16).
  const table = parseProcessTable(`
      1     0
     10     1
     11    10
     12    11
     13    12
     14    12
     15    12
     16    15
     20     1
     21    20
  `);

  it('are found however deep, and no other process is', () => {
    expect(descendantsOf(table, 10).sort((a, b) => a - b)).toEqual([11, 12, 13, 14, 15, 16]);
    expect(descendantsOf(table, 20)).toEqual([21]);
    expect(descendantsOf(table, 99)).toEqual([]);
  });

  it('reads ps output with each command line, and skips lines that are not a process', () => {
    expect(
      parseProcessTable(
        '  PID  PPID COMMAND\n  7   1 npm run test:e2e\n\n  8 7 node tests/support/static-server.ts dist 4000 /\n',
      ),
    ).toEqual([
      { pid: 7, ppid: 1, args: 'npm run test:e2e' },
      { pid: 8, ppid: 7, args: 'node tests/support/static-server.ts dist 4000 /' },
    ]);
  });
});

describe('processStopper', () => {
  const isRunning = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('stops a process and the children it started in process groups of their own, as Playwright starts its servers', async () => {
    // A parent in a group of its own (as the test run starts each step), whose child is in yet another group.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' }); setInterval(() => {}, 1000);`,
      ],
      { detached: true, stdio: 'ignore' },
    );
    let child: number | undefined;
    try {
      await expect
        .poll(() => (child = descendantsOf(processTable(), parent.pid!)[0]), { timeout: 15_000 })
        .toBeDefined();
      processStopper().stop([parent.pid!], 'SIGTERM');
      await expect.poll(() => isRunning(child!), { timeout: 15_000 }).toBe(false);
      await expect.poll(() => isRunning(parent.pid!), { timeout: 15_000 }).toBe(false);
    } finally {
      for (const pid of [child, parent.pid]) if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
    // Starting node twice can take seconds on a busy machine.
  }, 60_000);
});
