/** Rebuilds a build output when any of its sources is newer than its stamp. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (!entry.name.endsWith('.test.ts') && !entry.name.endsWith('.test.tsx'))
      newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export function isStale(outDir: string, sources: string[]): boolean {
  const stamp = path.join(outDir, '.build-stamp');
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

export function buildIfStale(platform: 'h5' | 'weapp'): boolean {
  const outDir = path.join(ROOT, 'dist', platform);
  if (!isStale(outDir, ['client', 'shared', 'config'])) return false;
  console.log(`  Building the ${platform} client (sources changed)…`);
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', '@tarojs', 'cli', 'bin', 'taro'), 'build', '--type', platform],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  writeFileSync(path.join(outDir, '.build-stamp'), new Date().toISOString());
  return true;
}

export function buildH5IfStale(): boolean {
  return buildIfStale('h5');
}
