import { execFileSync } from 'node:child_process';

/**
 * A TCP port that is free on 127.0.0.1 right now. Playwright evaluates its
 * config in every worker, so the choice is made once and handed down through
 * the environment under `name`; workers read it back instead of choosing anew.
 * Another checkout testing on the same machine therefore never shares a port.
 */
export function freePort(name: string): number {
  const chosen = process.env[name];
  if (chosen) return Number(chosen);
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
  process.env[name] = String(port);
  return port;
}
