/**
 * Builds the CloudBase functions for deployment: one self-contained esbuild bundle per function
 * (`cloudfunctions/<name>/index.ts` → `dist/functions/<name>/index.js`), its `package.json` (only
 * the packages kept outside the bundle, at exact versions, installed online by CloudBase) and its
 * `config.json`. Also generates `cloudbaserc.json` for `tcb fn deploy` from the same configs.
 *
 *   npx tsx scripts/build-functions.ts [--write-cloudbaserc] [--sourcemap] [name…]
 *
 * Local-only code (`cloudfunctions/_local`, the SQLite store's `better-sqlite3`) must never reach
 * a bundle: the build fails if anything resolves it.
 */
import { builtinModules } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

export const ROOT = path.resolve(__dirname, '..');
export const FUNCTIONS_SRC = path.join(ROOT, 'cloudfunctions');
export const LOCAL_DIR = path.join(FUNCTIONS_SRC, '_local');
export const DEFAULT_OUT_DIR = path.join(ROOT, 'dist', 'functions');
export const CLOUDBASERC_PATH = path.join(ROOT, 'cloudbaserc.json');

/** CloudBase's Node runtime for every function; the bundle target follows it. */
/** CloudBase's Node 18 runtime: the project uses fetch and structuredClone. */
export const RUNTIME = 'Nodejs18.15';
const RUNTIME_MAJOR = 18;
const TARGET = 'node18';

/** Always outside the bundle: provided by `npm install` on CloudBase (`installDependency`). */
export const PLATFORM_EXTERNALS = ['@cloudbase/node-sdk', 'wx-server-sdk'] as const;

/** Bare specifiers that are local-only (native SQLite bindings): a bundle importing one fails. */
const FORBIDDEN_SPECIFIERS = /^(better-sqlite3|node:sqlite)(\/|$)/;

/** Memory sizes CloudBase offers (MB). */
const MEMORY_SIZES = [128, 256, 512, 1024, 2048];

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron: second minute hour day month weekday year. */
  config: string;
}

/** A function's `config.json`, as read by the build and the local runner. */
export interface FunctionConfig {
  timeout: number;
  memorySize: number;
  permissions: { openapi: string[] };
  triggers?: TimerTrigger[];
  /** Not a CloudBase key: npm packages kept outside the bundle (dropped from the deployed copy). */
  externals?: string[];
}

export interface BuildResult {
  name: string;
  bytes: number;
  /** Packages the deployed `package.json` lists, with exact versions. */
  dependencies: Record<string, string>;
  /** Non-fatal findings, e.g. a call to an API that CloudBase's Node 16 lacks. */
  warnings: string[];
}

export interface BuildOptions {
  /** Where `<name>/index.js` etc. go; default `dist/functions`. Emptied per function first. */
  outDir?: string;
  /** Functions to build; default all (see `functionNames`). */
  names?: string[];
  /** Write a linked `index.js.map` next to each bundle. Off by default (smaller upload). */
  sourcemap?: boolean;
}

/** The deployable functions: folders of `cloudfunctions/` not starting with `_` that have an entry. */
export function functionNames(): string[] {
  return readdirSync(FUNCTIONS_SRC, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(path.join(FUNCTIONS_SRC, d.name, 'index.ts')),
    )
    .map((d) => d.name)
    .sort();
}

function fail(name: string, message: string): never {
  throw new Error(`cloudfunctions/${name}/config.json: ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
}

/** Checks a parsed `config.json` and returns it typed; throws with the function's name otherwise. */
export function validateConfig(name: string, raw: unknown): FunctionConfig {
  if (!isRecord(raw)) fail(name, 'not an object');
  const { timeout, memorySize, permissions, triggers, externals } = raw;
  // Event functions on CloudBase time out after 1–900 s.
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 900)
    fail(name, 'timeout must be an integer of seconds in 1..900');
  if (typeof memorySize !== 'number' || !MEMORY_SIZES.includes(memorySize))
    fail(name, `memorySize must be one of ${MEMORY_SIZES.join(', ')}`);
  if (!isRecord(permissions) || !isStringArray(permissions.openapi))
    fail(name, 'permissions.openapi must be an array of API names');
  const config: FunctionConfig = { timeout, memorySize, permissions: { openapi: [...permissions.openapi] } };
  if (triggers !== undefined) {
    if (!Array.isArray(triggers)) fail(name, 'triggers must be an array');
    config.triggers = triggers.map((t, i): TimerTrigger => {
      if (!isRecord(t)) fail(name, `triggers[${i}] is not an object`);
      if (typeof t.name !== 'string' || !/^[A-Za-z][\w-]{0,59}$/.test(t.name))
        fail(name, `triggers[${i}].name must be a letter then up to 59 letters, digits, _ or -`);
      if (t.type !== 'timer') fail(name, `triggers[${i}].type must be "timer"`);
      if (typeof t.config !== 'string' || t.config.trim().split(/\s+/).length !== 7)
        fail(name, `triggers[${i}].config must be a 7-field cron (second minute hour day month weekday year)`);
      return { name: t.name, type: 'timer', config: t.config.trim() };
    });
  }
  if (externals !== undefined) {
    if (!isStringArray(externals)) fail(name, 'externals must be an array of package names');
    const bad = externals.find(
      (e) => FORBIDDEN_SPECIFIERS.test(e) || (PLATFORM_EXTERNALS as readonly string[]).includes(e),
    );
    if (bad) fail(name, `externals must not list ${bad}`);
    config.externals = [...externals];
  }
  return config;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function loadConfig(name: string): FunctionConfig {
  return validateConfig(name, readJson(path.join(FUNCTIONS_SRC, name, 'config.json')));
}

/**
 * The exact version to deploy for `pkg`: the one the lockfile resolved (what the tests ran
 * against). A root range like `^4.4.0` is not enough, as CloudBase would resolve it anew.
 */
export function exactVersion(pkg: string): string {
  const rootPkg = readJson(path.join(ROOT, 'package.json')) as { dependencies?: Record<string, string> };
  const declared = rootPkg.dependencies?.[pkg];
  if (!declared) throw new Error(`${pkg} is kept outside a bundle but is not a dependency in the root package.json`);
  const lock = readJson(path.join(ROOT, 'package-lock.json')) as { packages?: Record<string, { version?: string }> };
  const locked = lock.packages?.[`node_modules/${pkg}`]?.version;
  const isExact = (v: string) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v);
  if (isExact(declared)) {
    if (locked && locked !== declared)
      throw new Error(`${pkg}: package.json pins ${declared} but package-lock.json has ${locked}; run npm install`);
    return declared;
  }
  if (!locked || !isExact(locked))
    throw new Error(`${pkg}: no exact version in package-lock.json for the range ${declared}`);
  return locked;
}

/** The package a specifier names: `exceljs/dist/x` → `exceljs`, `@a/b/c` → `@a/b`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(packageOf(specifier));
}

function isUnder(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Fails the build when local-only code is resolved: `better-sqlite3` (native, SQLite store),
 * `node:sqlite`, or any file under `cloudfunctions/_local`. Checked at resolve time (bare
 * specifiers, paths mentioning `_local`) for a message naming the importer, and again at load time
 * on the resolved path, which catches any other route there.
 */
export function forbidLocalOnlyPlugin(): Plugin {
  const rel = (p: string) => path.relative(ROOT, p) || p;
  return {
    name: 'forbid-local-only',
    setup(b) {
      b.onResolve({ filter: FORBIDDEN_SPECIFIERS }, (args) => ({
        errors: [{ text: `"${args.path}" is local-only and must not be bundled (imported by ${rel(args.importer)})` }],
      }));
      b.onResolve({ filter: /_local/ }, (args) => {
        if (!args.path.startsWith('.') && !path.isAbsolute(args.path)) return undefined;
        const target = path.resolve(args.resolveDir, args.path);
        if (!isUnder(target, LOCAL_DIR)) return undefined;
        return {
          errors: [
            {
              text: `${rel(target)} is under cloudfunctions/_local (local-only) and must not be bundled (imported by ${rel(args.importer)})`,
            },
          ],
        };
      });
      b.onLoad({ filter: /.*/ }, (args) => {
        const p = args.path;
        const sqlite = p.split(path.sep).includes('better-sqlite3');
        if (!sqlite && !isUnder(p, LOCAL_DIR)) return undefined;
        return { errors: [{ text: `${rel(p)} is local-only and must not be bundled` }] };
      });
    },
  };
}

/**
 * Runtime APIs that CloudBase's Node runtime lacks. esbuild lowers syntax to the target but adds no
 * polyfills, and tests run on a newer Node, so a call to one of these only fails once deployed.
 * Checked in the project's own sources only (libraries feature-detect).
 */
const RUNTIME_APIS: { re: RegExp; what: string; since: number }[] = [
  { re: /(?<![\w$.])fetch\s*\(/, what: 'global fetch (Node 18+)', since: 18 },
  { re: /\bstructuredClone\s*\(/, what: 'structuredClone (Node 17+)', since: 17 },
  { re: /\.(findLast|findLastIndex)\s*\(/, what: 'Array.prototype.findLast (Node 18+)', since: 18 },
  { re: /\.(toSorted|toReversed|toSpliced)\s*\(/, what: 'change-array-by-copy methods (Node 20+)', since: 20 },
  { re: /\bObject\.groupBy\b|\bMap\.groupBy\b/, what: 'Object/Map.groupBy (Node 21+)', since: 21 },
  { re: /\bAbortSignal\.any\b/, what: 'AbortSignal.any (Node 20+)', since: 20 },
  { re: /\bArray\.fromAsync\b/, what: 'Array.fromAsync (Node 22+)', since: 22 },
];
const MISSING_APIS = RUNTIME_APIS.filter((a) => a.since > RUNTIME_MAJOR);

function runtimeWarnings(metafile: Metafile): string[] {
  const out: string[] = [];
  for (const input of Object.keys(metafile.inputs)) {
    if (input.includes('node_modules') || !/\.[cm]?[jt]sx?$/.test(input)) continue;
    const text = readFileSync(path.resolve(ROOT, input), 'utf8');
    for (const { re, what } of MISSING_APIS) {
      const lines = text.split('\n');
      const i = lines.findIndex((line) => re.test(line) && !/^\s*(\/\/|\*)/.test(line));
      if (i >= 0) out.push(`${input}:${i + 1} uses ${what}, missing on ${RUNTIME}`);
    }
  }
  return out;
}

/** Bundles one function and writes its deployable folder. */
async function buildOne(name: string, outRoot: string, sourcemap: boolean, version: string): Promise<BuildResult> {
  const config = loadConfig(name);
  const declared = config.externals ?? [];
  const externals = [...PLATFORM_EXTERNALS, ...declared];
  const dir = path.join(outRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'index.js');

  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(FUNCTIONS_SRC, name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: TARGET,
    format: 'cjs',
    minify: true,
    sourcemap: sourcemap ? 'linked' : false,
    // Deep imports (`exceljs/dist/…`) stay external too.
    external: externals.flatMap((e) => [e, `${e}/*`]),
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [forbidLocalOnlyPlugin()],
    metafile: true,
    logLevel: 'silent',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
  });

  // Which packages the bundle still requires at run time. esbuild marks node built-ins external
  // itself; anything else outside the allowed list would be missing on CloudBase.
  const outKey = path.relative(ROOT, outfile).split(path.sep).join('/');
  const imports = result.metafile.outputs[outKey]?.imports ?? [];
  const required = new Set(imports.filter((i) => i.external && !isBuiltin(i.path)).map((i) => packageOf(i.path)));
  const stray = [...required].filter((p) => !externals.includes(p));
  if (stray.length)
    throw new Error(`${name}: bundle requires ${stray.join(', ')}, which is neither bundled nor declared in externals`);

  const warnings = runtimeWarnings(result.metafile);
  const unused = declared.filter((e) => !required.has(e));
  if (unused.length) warnings.push(`externals ${unused.join(', ')} declared but not required by the bundle`);

  const deps = new Set<string>(['@cloudbase/node-sdk', ...declared]);
  if (config.permissions.openapi.length > 0 || required.has('wx-server-sdk')) deps.add('wx-server-sdk');
  const dependencies = Object.fromEntries([...deps].sort().map((d) => [d, exactVersion(d)]));

  const pkg = { name: `laomo-${name}`, version, private: true, main: 'index.js', dependencies };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');

  // The deployed config.json is the source one without the build-only `externals` key.
  const rawConfig = readJson(path.join(FUNCTIONS_SRC, name, 'config.json')) as Record<string, unknown>;
  delete rawConfig.externals;
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(rawConfig, null, 2) + '\n');

  return { name, bytes: statSync(outfile).size, dependencies, warnings };
}

/** Builds the named functions (default all) into `outDir`; rejects on the first failure. */
export async function buildFunctions(opts: BuildOptions = {}): Promise<BuildResult[]> {
  const all = functionNames();
  const names = opts.names ?? all;
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length) throw new Error(`unknown function(s): ${unknown.join(', ')} (have ${all.join(', ')})`);
  const outRoot = path.resolve(opts.outDir ?? DEFAULT_OUT_DIR);
  const { version } = readJson(path.join(ROOT, 'package.json')) as { version: string };
  return Promise.all(names.map((n) => buildOne(n, outRoot, opts.sourcemap ?? false, version)));
}

/** `cloudbaserc.json` for `tcb fn deploy`, generated from the functions' configs. */
export function cloudbaseRc(names: string[] = functionNames()): Record<string, unknown> {
  return {
    // "2.0" enables `{{env.X}}` template variables, filled from .env / .env.local / .env.<mode>.
    version: '2.0',
    envId: '{{env.ENV_ID}}',
    functionRoot: './dist/functions',
    functions: names.map((name) => {
      const c = loadConfig(name);
      return {
        name,
        runtime: RUNTIME,
        handler: 'index.main',
        timeout: c.timeout,
        memorySize: c.memorySize,
        installDependency: true,
        ...(c.triggers?.length ? { triggers: c.triggers } : {}),
      };
    }),
  };
}

export function cloudbaseRcText(): string {
  return JSON.stringify(cloudbaseRc(), null, 2) + '\n';
}

function printTable(results: BuildResult[]): void {
  const rows = results.map((r) => [
    r.name,
    `${r.bytes.toLocaleString('en-US')} B`,
    `${(r.bytes / 1024).toFixed(1)} KiB`,
    Object.keys(r.dependencies).join(', '),
  ]);
  const head = ['function', 'bytes', 'size', 'external dependencies'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  const total = results.reduce((s, r) => s + r.bytes, 0);
  console.log(`total ${total.toLocaleString('en-US')} B`);
}

async function cli(argv: string[]): Promise<void> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const known = ['--write-cloudbaserc', '--sourcemap'];
  const bad = [...flags].filter((f) => !known.includes(f));
  if (bad.length) throw new Error(`unknown option(s) ${bad.join(', ')}; known: ${known.join(', ')}`);
  // cloudbaserc.json depends only on the configs, so it is checked (or written) before bundling.
  const rc = cloudbaseRcText();
  if (flags.has('--write-cloudbaserc')) {
    writeFileSync(CLOUDBASERC_PATH, rc);
    console.log(`wrote ${path.relative(ROOT, CLOUDBASERC_PATH)}`);
  } else if (!existsSync(CLOUDBASERC_PATH) || readFileSync(CLOUDBASERC_PATH, 'utf8') !== rc) {
    console.warn('warning: cloudbaserc.json is out of date with the configs; rerun with --write-cloudbaserc');
  }

  const names = argv.filter((a) => !a.startsWith('--'));
  const results = await buildFunctions({
    names: names.length ? names : undefined,
    sourcemap: flags.has('--sourcemap'),
  });
  printTable(results);
  for (const r of results) for (const w of r.warnings) console.warn(`warning: ${r.name}: ${w}`);
}

if (require.main === module) {
  cli(process.argv.slice(2)).catch((e: unknown) => {
    // esbuild's errors already carry file:line; print them without our stack.
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
