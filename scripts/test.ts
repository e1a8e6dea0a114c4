/**
 * `npm test`: lint, type check, build the real outputs the tests load (function bundles, the
 * weapp build for miniprogram-simulate, the H5 build for Chromium), then every jest project.
 * Ends with the plain line `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale, ROOT } from './build-stale';

function run(label: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    console.log('0 passed, 1 failed');
    process.exit(r.status ?? 1);
  }
}

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

run('lint (eslint)', bin('eslint'), ['.']);
run('format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
run('types (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('function bundles', bin('tsx'), [path.join('scripts', 'build-functions.ts')]);
console.log('\n▶ client builds (weapp, h5) when sources changed');
buildIfStale('weapp');
buildIfStale('h5');

mkdirSync(path.join(ROOT, '.data'), { recursive: true });
const report = path.join(ROOT, '.data', 'jest-report.json');
console.log('\n▶ tests (jest)');
const jest = spawnSync(bin('jest'), ['--json', `--outputFile=${report}`, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: process.env,
});
if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  process.exit(jest.status ?? 1);
}
const r = JSON.parse(readFileSync(report, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numFailedTestSuites: number;
};
const failed = r.numFailedTests + (r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
console.log(
  `\n${r.numPassedTests} passed, ${failed} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`,
);
process.exit(jest.status ?? (failed > 0 ? 1 : 0));
