/**
 * A throwaway copy of the project in the system temp folder, for tests that
 * must run the real Astro build on modified content without touching the repo.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface ProjectCopy {
  dir: string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Runs an Astro command; returns its exit status and combined output. */
  astro(command: 'sync' | 'build'): { status: number | null; output: string };
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'wps-errors-'));
  for (const entry of COPIED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => writeFileSync(join(dir, path), text),
    astro(command) {
      const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), command], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
