/**
 * The architecture's dependency rules, checked on every import in the tree:
 * - shared/ is pure: no @tarojs/*, no @cloudbase/*, no SDK, no I/O module, nothing outside shared/;
 * - the client never imports function code;
 * - services (and everything in a function folder but its CloudBase entry) never import an SDK;
 * - no CloudBase function imports the local runner.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function resolvesInto(file: string, spec: string, dir: string): boolean {
  return spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(ROOT, dir) + path.sep);
}

const IO_MODULES = /^(node:)?(fs|fs\/promises|http|https|net|child_process|dgram|tls|worker_threads|crypto)$/;
const SDKS = /^(@cloudbase\/|wx-server-sdk|better-sqlite3|@tarojs\/)/;

function violations(dir: string, rule: (file: string, spec: string) => string | null): string[] {
  const out: string[] = [];
  for (const file of files(path.join(ROOT, dir))) {
    for (const spec of importsOf(file)) {
      const problem = rule(file, spec);
      if (problem) out.push(`${path.relative(ROOT, file)} imports ${spec}: ${problem}`);
    }
  }
  return out;
}

describe('dependency rules', () => {
  it('shared/ is pure', () => {
    expect(
      violations('shared', (file, spec) => {
        if (SDKS.test(spec)) return 'an SDK in shared/';
        if (IO_MODULES.test(spec)) return 'I/O in shared/';
        if (spec.startsWith('.') && !resolvesInto(file, spec, 'shared')) return 'reaches outside shared/';
        return null;
      }),
    ).toEqual([]);
  });

  it('the client never imports function code', () => {
    // client/e2e drives the whole product (runner included) from outside: it is a test, not client code.
    const isE2e = (file: string) => file.includes(`${path.sep}e2e${path.sep}`);
    expect(
      violations('client', (file, spec) =>
        !isE2e(file) && resolvesInto(file, spec, 'cloudfunctions') ? 'function code in the client' : null,
      ),
    ).toEqual([]);
  });

  it('services and function code never import an SDK (only adapters do)', () => {
    expect(
      violations('cloudfunctions', (file, spec) => {
        const rel = path.relative(path.join(ROOT, 'cloudfunctions'), file);
        const isAdapter =
          rel.startsWith(`_platform${path.sep}adapters${path.sep}`) ||
          /^_platform\/store\/(sqlite|cloudbase)\./.test(rel.split(path.sep).join('/')) ||
          rel.startsWith(`_local${path.sep}`);
        if (isAdapter || rel.endsWith('.test.ts')) return null;
        return SDKS.test(spec) ? 'an SDK outside an adapter' : null;
      }),
    ).toEqual([]);
  });

  it('no CloudBase function reaches the local runner', () => {
    expect(
      violations('cloudfunctions', (file, spec) => {
        const rel = path.relative(path.join(ROOT, 'cloudfunctions'), file);
        if (rel.startsWith('_local') || rel.endsWith('.test.ts')) return null;
        return resolvesInto(file, spec, 'cloudfunctions/_local') ? 'local runner code in a function' : null;
      }),
    ).toEqual([]);
  });
});
