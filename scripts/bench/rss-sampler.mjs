/** Peak memory of a process tree, sampled from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';
import { MB } from './stats.mjs';

/** Sum and max of VmRSS over `root` and its descendants, and the sum per process name; null without /proc. */
function treeRss(root) {
  const children = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  let sum = 0;
  let max = 0;
  const byName = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
      sum += kb;
      max = Math.max(max, kb);
      byName[name] = (byName[name] ?? 0) + kb;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { sumKb: sum, maxKb: max, byName };
}

/**
 * Polls the tree under `pid` every `intervalMs` until stop() is called, which
 * returns the peaks in MB: the whole tree, the largest process, and per name.
 */
export function sampleRss(pid, intervalMs = 100) {
  let treeKb = 0;
  let processKb = 0;
  const byNameKb = {};
  const poll = () => {
    const rss = treeRss(pid);
    if (!rss) return;
    treeKb = Math.max(treeKb, rss.sumKb);
    processKb = Math.max(processKb, rss.maxKb);
    for (const [name, kb] of Object.entries(rss.byName)) byNameKb[name] = Math.max(byNameKb[name] ?? 0, kb);
  };
  const timer = setInterval(poll, intervalMs);
  poll();
  const toMb = (kb) => (kb * 1024) / MB;
  return {
    stop() {
      clearInterval(timer);
      return {
        treeMb: treeKb ? toMb(treeKb) : null,
        processMb: toMb(processKb),
        byNameMb: Object.fromEntries(
          Object.entries(byNameKb)
            .filter(([name]) => name !== 'time')
            .map(([name, kb]) => [name, toMb(kb)]),
        ),
      };
    },
  };
}
