/**
 * A throwaway copy of the project in the system temp folder, for the tests
 * that run the real Astro build on modified content and for the benchmark.
 *
 * node_modules is linked entry by entry rather than as a whole: Astro keeps
 * its cache (node_modules/.astro/data-store.json) and Vite its deps cache in
 * <root>/node_modules, so one link to the repository's folder would let a
 * copy read and overwrite the repository's caches. The dot-entries (.astro,
 * .vite, .cache, .package-lock.json) are left out; .bin is linked.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface AstroRun {
  status: number | null;
  output: string;
}

export interface ProjectCopy {
  dir: string;
  /** The copy's Astro command-line entry point. */
  astroBin: string;
  read(path: string): string;
  write(path: string, text: string): void;
  /**
   * Runs an Astro command in the copy; resolves with its exit status and
   * combined output. `env` adds variables (deployment settings under test).
   */
  astro(command: 'sync' | 'build', env?: NodeJS.ProcessEnv): Promise<AstroRun>;
  remove(): void;
}

/** The environment of an Astro run in a copy: no colours, no telemetry, no deployment settings. */
export function astroEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.BASE_PATH;
  delete env.SITE_URL;
  return env;
}

function linkNodeModules(copy: string): void {
  const source = join(REPO_ROOT, 'node_modules');
  if (!existsSync(join(source, 'astro', 'bin', 'astro.mjs')))
    throw new Error('node_modules/astro is missing: run `npm ci` first');
  const target = join(copy, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(source)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(source, name), join(target, name));
  }
}

export function copyProject(prefix = 'wps-errors-'): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
  linkNodeModules(dir);
  const astroBin = join(dir, 'node_modules/astro/bin/astro.mjs');
  return {
    dir,
    astroBin,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    astro: (command, env = {}) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [astroBin, command], { cwd: dir, env: { ...astroEnv(), ...env } });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output }));
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
