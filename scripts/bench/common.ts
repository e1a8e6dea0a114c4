/** What every benchmark group shares: paths, the run's options, hashing, /proc memory readings. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale } from '../build-stale';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE = path.join(ROOT, '.bench-cache');

export interface BenchContext {
  quick: boolean;
  log(message: string): void;
}

/** sha256 of files and directories (recursively, sorted, names included) and extra strings. */
export function hashOf(paths: string[], extra: string[] = []): string {
  const h = createHash('sha256');
  const add = (p: string) => {
    if (!existsSync(p)) {
      h.update(`missing:${path.relative(ROOT, p)}\n`);
      return;
    }
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) add(path.join(p, name));
      return;
    }
    h.update(`${path.relative(ROOT, p)}\n`);
    h.update(readFileSync(p));
  };
  paths.forEach(add);
  extra.forEach((e) => h.update(`${e}\n`));
  return h.digest('hex').slice(0, 16);
}

/** Reads a `Vm*` line of /proc/<pid>/status, in bytes (null when unavailable: not Linux, process gone). */
export function procMemory(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** `node --import tsx <file>`: a TypeScript child that is itself the node process (its pid is the one to read). */
export function tsxNodeArgs(file: string, args: string[] = []): string[] {
  return ['--import', 'tsx', file, ...args];
}

/** A nanosecond clock in milliseconds (floating point). */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A short message of any thrown value. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `buildIfStale` with a failure that says what it means for the group. */
export function buildClient(platform: 'weapp' | 'h5'): void {
  try {
    buildIfStale(platform);
  } catch {
    throw new Error(
      `the ${platform} build failed: the client sources do not build right now (see the build log above), ` +
        'so there is no build to measure',
    );
  }
}
