/**
 * The CloudBase bundles: built into a temporary folder under `dist/` (so that requiring a bundle
 * finds `@cloudbase/node-sdk` in the repo's node_modules, as CloudBase finds it in the function's),
 * then checked to be self-contained, free of local-only code and inert at load.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { FUNCTION_NAMES } from '../cloudfunctions/_local/configs';
import {
  buildFunctions,
  CLOUDBASERC_PATH,
  cloudbaseRc,
  cloudbaseRcText,
  exactVersion,
  forbidLocalOnlyPlugin,
  functionNames,
  loadConfig,
  PLATFORM_EXTERNALS,
  ROOT,
  validateConfig,
  type BuildResult,
} from './build-functions';

const OUT = path.join(ROOT, 'dist', `test-functions-${randomBytes(4).toString('hex')}`);
const NAMES = functionNames();

/** What a child Node process saw when it required one bundle (see LOAD_PROBE). */
interface LoadReport {
  name: string;
  error?: string;
  mainType: string;
  requested: string[];
  denied: string[];
  sdkInits: number;
  newResources: string[];
  schedulerReply?: unknown;
}

/**
 * Runs in a plain Node child (not under Jest's module registry, which bypasses
 * `Module._resolveFilename`): requires each bundle with a resolver hook that only lets the bundle
 * itself reach node built-ins and its allowed externals, counts `tcb.init` calls and new active
 * handles during load (a bundle must do no I/O and no SDK init at module load), and for the
 * scheduler calls `main` with a non-timer event, which must be refused without touching the SDK.
 */
const LOAD_PROBE = String.raw`
const Module = require('node:module');
const bundles = JSON.parse(process.argv[1]);
const pkgOf = (s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);
let current = null;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (current && parent && parent.filename === current.file) {
    current.report.requested.push(request);
    if (!Module.isBuiltin(request) && !current.allowed.includes(pkgOf(request))) {
      current.report.denied.push(request);
      throw new Error('bundle may not require ' + request);
    }
  }
  return resolve.call(this, request, parent, ...rest);
};
(async () => {
  const out = [];
  for (const b of bundles) {
    const report = { name: b.name, mainType: 'undefined', requested: [], denied: [], sdkInits: 0, newResources: [] };
    const tcb = Module.createRequire(b.file)('@cloudbase/node-sdk');
    const init = tcb.init;
    tcb.init = function (...args) { report.sdkInits++; return init.apply(this, args); };
    const before = process.getActiveResourcesInfo();
    current = { file: b.file, allowed: b.allowed, report };
    try {
      const mod = require(b.file);
      report.mainType = typeof mod.main;
      const after = process.getActiveResourcesInfo();
      report.newResources = after.slice(before.length);
      if (b.name === 'scheduler' && typeof mod.main === 'function') report.schedulerReply = await mod.main({}, {});
    } catch (e) {
      report.error = String(e && e.stack || e);
    } finally {
      current = null;
      tcb.init = init;
    }
    out.push(report);
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
})();
`;

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

it('finds the same functions as the local runner', () => {
  expect(NAMES).toEqual([...FUNCTION_NAMES].sort());
});

describe('bundles', () => {
  // A build failure fails only these tests, not the config and plugin checks below.
  let results: BuildResult[];
  let reports: Map<string, LoadReport>;

  beforeAll(async () => {
    results = await buildFunctions({ outDir: OUT });
    const bundles = NAMES.map((name) => ({
      name,
      file: path.join(OUT, name, 'index.js'),
      allowed: [...PLATFORM_EXTERNALS, ...(loadConfig(name).externals ?? [])],
    }));
    const stdout = execFileSync(process.execPath, ['-e', LOAD_PROBE, JSON.stringify(bundles)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    reports = new Map((JSON.parse(stdout) as LoadReport[]).map((r) => [r.name, r]));
  }, 30_000);

  it('builds every function', () => {
    expect(results.map((r) => r.name)).toEqual(NAMES);
  });

  describe.each(NAMES)('%s', (name) => {
    const dir = () => path.join(OUT, name);

    it('has a bundle of the reported size', () => {
      const file = path.join(dir(), 'index.js');
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file).length).toBe(results.find((r) => r.name === name)?.bytes);
    });

    it('contains nothing local-only', () => {
      const text = readFileSync(path.join(dir(), 'index.js'), 'utf8');
      for (const s of ['better-sqlite3', '_local/', 'node:sqlite']) expect(text).not.toContain(s);
    });

    it('is self-contained and inert at load', () => {
      const r = reports.get(name);
      expect(r).toBeDefined();
      expect(r?.error).toBeUndefined();
      expect(r?.denied).toEqual([]);
      expect(r?.mainType).toBe('function');
      // wx-server-sdk is required lazily on first use; the node SDK is initialised on first call.
      expect(r?.requested).not.toContain('wx-server-sdk');
      expect(r?.sdkInits).toBe(0);
      expect(r?.newResources).toEqual([]);
    });

    it('has a package.json with exact versions of its externals', () => {
      const pkg = JSON.parse(readFileSync(path.join(dir(), 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        main: string;
        dependencies: Record<string, string>;
      };
      const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(pkg.version).toBe(root.version);
      expect(pkg.main).toBe('index.js');
      const config = loadConfig(name);
      const expected = ['@cloudbase/node-sdk', ...(config.externals ?? [])];
      if (config.permissions.openapi.length > 0) expected.push('wx-server-sdk');
      for (const dep of expected) expect(Object.keys(pkg.dependencies)).toContain(dep);
      for (const [dep, version] of Object.entries(pkg.dependencies)) {
        expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
        expect(version).toBe(exactVersion(dep));
      }
    });

    it('has a valid config.json without the build-only keys', () => {
      const deployed = JSON.parse(readFileSync(path.join(dir(), 'config.json'), 'utf8')) as Record<string, unknown>;
      expect(deployed).not.toHaveProperty('externals');
      expect(() => validateConfig(name, deployed)).not.toThrow();
      const { externals: _externals, ...rest } = loadConfig(name);
      expect(validateConfig(name, deployed)).toEqual(rest);
    });
  });

  it('gives the scheduler a 7-field timer trigger, and refuses a call that is not the timer', () => {
    const triggers = loadConfig('scheduler').triggers ?? [];
    expect(triggers.length).toBeGreaterThan(0);
    for (const t of triggers) {
      expect(t.type).toBe('timer');
      expect(t.config.split(/\s+/)).toHaveLength(7);
    }
    expect(reports.get('scheduler')?.schedulerReply).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });
});

it('keeps the committed cloudbaserc.json in sync with the configs', () => {
  const committed = readFileSync(CLOUDBASERC_PATH, 'utf8');
  expect(JSON.parse(committed)).toEqual(cloudbaseRc());
  // Same text too, so `--write-cloudbaserc` leaves no diff (fix: rerun it).
  expect(committed).toBe(cloudbaseRcText());
  const rc = cloudbaseRc() as { functions: { name: string; triggers?: unknown }[] };
  expect(rc.functions.map((f) => f.name)).toEqual(NAMES);
  expect(rc.functions.find((f) => f.name === 'scheduler')?.triggers).toEqual(loadConfig('scheduler').triggers);
});

describe('local-only code', () => {
  const fixtures = path.join(OUT, 'fixtures');
  const bundleOf = (file: string, text: string) => {
    mkdirSync(fixtures, { recursive: true });
    const entry = path.join(fixtures, file);
    writeFileSync(entry, text);
    return build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: 'node',
      logLevel: 'silent',
      plugins: [forbidLocalOnlyPlugin()],
    });
  };

  it('fails the build when better-sqlite3 is imported', async () => {
    await expect(
      bundleOf('sqlite.ts', "import Database from 'better-sqlite3';\nexport const db = Database;\n"),
    ).rejects.toThrow(/better-sqlite3" is local-only/);
  });

  it('fails the build when node:sqlite is imported', async () => {
    await expect(bundleOf('node-sqlite.ts', "export * from 'node:sqlite';\n")).rejects.toThrow(
      /node:sqlite" is local-only/,
    );
  });

  it('fails the build when a file under cloudfunctions/_local is imported', async () => {
    const spec = path
      .relative(fixtures, path.join(ROOT, 'cloudfunctions', '_local', 'configs'))
      .split(path.sep)
      .join('/');
    await expect(bundleOf('local.ts', `export * from '${spec}';\n`)).rejects.toThrow(
      /cloudfunctions\/_local \(local-only\)/,
    );
  });
});

describe('validateConfig', () => {
  const ok = { permissions: { openapi: [] }, timeout: 10, memorySize: 256 };

  it('accepts a minimal config', () => {
    expect(validateConfig('x', ok)).toEqual(ok);
  });

  it.each([
    ['a 6-field cron', { ...ok, triggers: [{ name: 't', type: 'timer', config: '0 */5 * * * *' }] }, /7-field cron/],
    ['a non-timer trigger', { ...ok, triggers: [{ name: 't', type: 'http', config: '0 */5 * * * * *' }] }, /"timer"/],
    ['an odd memory size', { ...ok, memorySize: 300 }, /memorySize/],
    ['a missing timeout', { permissions: { openapi: [] }, memorySize: 256 }, /timeout/],
    ['better-sqlite3 as an external', { ...ok, externals: ['better-sqlite3'] }, /must not list better-sqlite3/],
    ['an SDK as an external', { ...ok, externals: ['wx-server-sdk'] }, /must not list wx-server-sdk/],
  ])('rejects %s', (_what, raw, message) => {
    expect(() => validateConfig('x', raw)).toThrow(message);
  });
});
