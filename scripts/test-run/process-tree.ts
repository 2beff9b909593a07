/**
 * The processes a step started, however deep: npm, the shell, Playwright and
 * the servers and browsers Playwright starts in process groups of their own.
 * Killing the step's process group misses those, and once their parent is
 * gone they are no longer anyone's descendants, so the tree is read first.
 */
import { execFileSync } from 'node:child_process';

export interface ProcessRow {
  pid: number;
  ppid: number;
  /** The command line: a process id is reused once its process ends, so a later signal checks it is still the same process. */
  args: string;
}

/** Every process below `root`, parents before their children. */
export function descendantsOf(rows: readonly ProcessRow[], root: number): number[] {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  const seen = new Set(queue);
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** `ps` output (`pid ppid command…` per line) as rows. */
export function parseProcessTable(text: string): ProcessRow[] {
  return text.split('\n').flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)(?:\s(.*))?$/.exec(line);
    return match ? [{ pid: Number(match[1]), ppid: Number(match[2]), args: (match[3] ?? '').trim() }] : [];
  });
}

/** The running processes (Linux and macOS `ps`); empty if ps cannot run, so stopping falls back to process groups. */
export function processTable(): ProcessRow[] {
  try {
    return parseProcessTable(execFileSync('ps', ['-A', '-ww', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }));
  } catch {
    return [];
  }
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/**
 * Stops process trees: each root's process group, and every process below
 * the root by its id, since Playwright starts its web servers and browsers
 * in process groups of their own, which a group signal misses. The processes
 * are remembered with their command lines: once a parent is gone its children
 * are nobody's descendants, and a later signal (SIGKILL after a grace period)
 * must still reach them, but spare an unrelated process that got a reused id.
 */
export function processStopper() {
  const remembered = new Map<number, string>();
  return {
    stop(roots: readonly number[], name: NodeJS.Signals) {
      const table = processTable();
      const now = new Map(table.map((row) => [row.pid, row.args]));
      for (const root of roots) {
        for (const pid of [root, ...descendantsOf(table, root)]) remembered.set(pid, now.get(pid) ?? '');
        signal(-root, name);
      }
      for (const [pid, args] of remembered) {
        if (now.get(pid) === args) signal(pid, name);
        else if (!now.has(pid)) remembered.delete(pid);
      }
    },
    /** How many stopped processes may still be running. */
    remembered: () => remembered.size,
  };
}
