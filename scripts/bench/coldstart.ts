/**
 * Group 2: cold start of each CloudBase function bundle: the wall time of a fresh `node` process
 * requiring it, against a bare `node` and a bare `require('@cloudbase/node-sdk')`, interleaved so
 * drift hits every variant alike. A probe run per variant checks that requiring does no I/O.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { buildFunctions } from '../build-functions';
import { CACHE, nowMs, ROOT, type BenchContext } from './common';
import type { Group, Row } from './report';
import { formatMs, formatRatio, median, percentile, ratio, sorted } from './stats';

/** Budget: a bundle may cost at most this much above requiring the SDK alone. */
export const COLD_START_MARGIN_MS = 30;

/** Async resources that are not I/O or scheduled work: promises and next-tick callbacks. */
const HARMLESS_ASYNC = new Set(['PROMISE', 'TickObject', 'Microtask']);

interface Variant {
  key: string;
  label: string;
  /** What `node -e` runs; empty for the bare node. */
  target: string | null;
}

export interface ProbeResult {
  handles: number;
  requests: number;
  types: Record<string, number>;
  modules: number;
  packages: string[];
}

/** The probe: counts handles, requests and async resources created while requiring `target`. */
const PROBE = `
// stdout and stderr are created lazily, on first access (a library testing isTTY): create them
// before counting, as their pipes are not the module's I/O.
const out = process.stdout; void process.stderr;
const ah = require('node:async_hooks');
const types = {};
const hook = ah.createHook({ init(id, type) { types[type] = (types[type] || 0) + 1; } });
const h0 = process._getActiveHandles().length, r0 = process._getActiveRequests().length;
const before = new Set(Object.keys(require.cache));
hook.enable();
require(process.env.LAOMO_BENCH_TARGET);
hook.disable();
const packages = new Set(); let modules = 0;
for (const k of Object.keys(require.cache)) {
  if (before.has(k)) continue;
  modules++;
  const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k);
  if (m) packages.add(m[1]);
}
out.write(JSON.stringify({ handles: process._getActiveHandles().length - h0,
  requests: process._getActiveRequests().length - r0, types, modules, packages: [...packages] }));
`;

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
  // A clean child: no loader or inspector options inherited from the bench's own process.
  delete env.NODE_OPTIONS;
  return env;
}

function timeOnce(v: Variant): number {
  const code = v.target ? `require(${JSON.stringify(v.target)})` : '0';
  const t0 = nowMs();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, env: childEnv(), stdio: 'ignore' });
  const ms = nowMs() - t0;
  if (r.status !== 0) throw new Error(`node -e ${code} exited with ${r.status}`);
  return ms;
}

export function probe(target: string): ProbeResult {
  const r = spawnSync(process.execPath, ['-e', PROBE], {
    cwd: ROOT,
    env: { ...childEnv(), LAOMO_BENCH_TARGET: target },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`probe of ${target} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ProbeResult;
}

/** One process: require the SDK, then each target in turn, timing each `require` alone (ms). */
const OWN_LOAD = `
require('@cloudbase/node-sdk');
const out = {};
for (const t of JSON.parse(process.env.LAOMO_BENCH_TARGETS)) {
  const t0 = process.hrtime.bigint();
  require(t);
  out[t] = Number(process.hrtime.bigint() - t0) / 1e6;
}
process.stdout.write(JSON.stringify(out));
`;

/** Each target's own module-load time with the SDK already loaded: the median over `runs` processes. */
export function ownLoad(targets: string[], runs: number): Map<string, number> {
  const samples = new Map<string, number[]>(targets.map((t) => [t, []]));
  for (let i = 0; i < runs; i++) {
    // Rotate the order so no target always pays for being first.
    const order = targets.map((_, j) => targets[(i + j) % targets.length]!);
    const r = spawnSync(process.execPath, ['-e', OWN_LOAD], {
      cwd: ROOT,
      env: { ...childEnv(), LAOMO_BENCH_TARGETS: JSON.stringify(order) },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`own-load run failed: ${r.stderr}`);
    for (const [t, ms] of Object.entries(JSON.parse(r.stdout) as Record<string, number>)) samples.get(t)!.push(ms);
  }
  return new Map(targets.map((t) => [t, median(samples.get(t)!)]));
}

/** Handles, requests and non-promise async resources created at load: all should be zero. */
export function ioAtLoad(p: ProbeResult): number {
  const work = Object.entries(p.types)
    .filter(([t]) => !HARMLESS_ASYNC.has(t))
    .reduce((n, [, c]) => n + c, 0);
  return p.handles + p.requests + work;
}

export async function runColdStart(ctx: BenchContext): Promise<Group> {
  const started = nowMs();
  const runs = ctx.quick ? 10 : 20;
  const warmups = ctx.quick ? 0 : 2;
  const outDir = path.join(CACHE, 'functions');
  const built = await buildFunctions({ outDir });
  const variants: Variant[] = [
    { key: 'node', label: 'bare `node`', target: null },
    { key: 'sdk', label: "`require('@cloudbase/node-sdk')`", target: '@cloudbase/node-sdk' },
    ...built.map((b) => ({
      key: b.name,
      label: `\`${b.name}\` bundle`,
      target: path.join(outDir, b.name, 'index.js'),
    })),
  ];
  ctx.log(`  ${variants.length} variants × ${runs} runs, interleaved…`);
  const samples = new Map<string, number[]>(variants.map((v) => [v.key, []]));
  // Warm-up rounds fill the page cache; then every round runs each variant once, rotating the order.
  for (let round = -warmups; round < runs; round++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + Math.max(round, 0)) % variants.length]!;
      const ms = timeOnce(v);
      if (round >= 0) samples.get(v.key)!.push(ms);
    }
  }
  const med = (key: string) => median(samples.get(key)!);
  const p90 = (key: string) => percentile(sorted(samples.get(key)!), 90);
  const nodeMs = med('node');
  const sdkMs = med('sdk');
  const sdkProbe = probe('@cloudbase/node-sdk');
  // The shared action registry alone (every function's zod schemas), bundled as the functions are.
  const registry = path.join(CACHE, 'functions-extra', 'registry.js');
  await esbuild({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, 'shared', 'api.ts')],
    outfile: registry,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    logLevel: 'silent',
  });
  const bundlePath = (name: string) => path.join(outDir, name, 'index.js');
  const own = ownLoad([registry, ...built.map((b) => bundlePath(b.name))], ctx.quick ? 3 : 7);

  const rows: Row[] = [
    { figure: 'bare `node -e 0` (median)', unit: 'ms', value: nodeMs },
    {
      figure: "`require('@cloudbase/node-sdk')` (median)",
      unit: 'ms',
      value: sdkMs,
      floor: { label: 'bare node', value: nodeMs },
      ratio: ratio(sdkMs, nodeMs),
    },
  ];
  const probeRows: string[][] = [
    [
      "`require('@cloudbase/node-sdk')`",
      String(sdkProbe.modules),
      String(sdkProbe.packages.length),
      String(ioAtLoad(sdkProbe)),
      '—',
      '—',
    ],
  ];
  const beyondSdk: string[] = [];
  // Per round, each bundle minus the SDK measured in the same round: drift between rounds cancels.
  const pairedDelta = (key: string) => median(samples.get(key)!.map((ms, r) => ms - samples.get('sdk')![r]!));
  for (const b of built) {
    const ms = med(b.name);
    const delta = pairedDelta(b.name);
    const p = probe(path.join(outDir, b.name, 'index.js'));
    const io = ioAtLoad(p);
    rows.push({
      figure: `\`${b.name}\` cold start (median)`,
      unit: 'ms',
      value: ms,
      floor: { label: 'SDK require', value: sdkMs },
      ratio: ratio(ms, sdkMs),
      budget: {
        text: `≤ SDK + ${COLD_START_MARGIN_MS} ms`,
        kind: 'timing',
        pass: delta <= COLD_START_MARGIN_MS,
      },
      note: `${delta >= 0 ? '+' : ''}${formatMs(delta)} over the SDK (median of per-round differences), p90 ${formatMs(p90(b.name))}`,
    });
    rows.push({ figure: `\`${b.name}\` bundle bytes`, unit: 'bytes', value: b.bytes });
    rows.push({
      figure: `\`${b.name}\` I/O at module load (handles + requests + async resources)`,
      unit: 'count',
      value: io,
      floor: { label: 'SDK require', value: ioAtLoad(sdkProbe) },
      budget: { text: 'none', kind: 'count', pass: io === 0 },
    });
    const extra = p.packages.filter((x) => !sdkProbe.packages.includes(x));
    if (extra.length) beyondSdk.push(`${b.name}: ${extra.join(', ')}`);
    probeRows.push([
      `\`${b.name}\` bundle`,
      String(p.modules),
      String(p.packages.length),
      String(io),
      extra.join(', ') || 'none',
      formatMs(own.get(bundlePath(b.name))!),
    ]);
  }

  probeRows.push([
    '`shared/api.ts` alone (every action schema, bundled)',
    '—',
    '—',
    '—',
    '—',
    formatMs(own.get(registry)!),
  ]);
  const failing = built.filter((b) => pairedDelta(b.name) > COLD_START_MARGIN_MS);
  const ownNote = failing.length
    ? [
        `Over budget: ${failing.map((b) => `\`${b.name}\` (+${formatMs(pairedDelta(b.name))})`).join(', ')}. ` +
          'Timed in process with the SDK already loaded, a bundle’s own load is ' +
          `${built.map((b) => `${b.name} ${formatMs(own.get(bundlePath(b.name))!)}`).join(', ')}; for comparison, ` +
          `every function's schemas together (\`shared/api.ts\` bundled alone) take ${formatMs(own.get(registry)!)}. ` +
          'Each bundle already builds only its own function’s schemas (the entry takes the function’s own action ' +
          'map), so what remains is zod’s own initialisation plus the function’s schemas and services, built at ' +
          'module load: the functions with the most actions (nomination, objection, notice) cost the most. Within ' +
          'reach: each action’s schemas built on its first call, which moves their cost from the cold start to the ' +
          'first call of each action. The margin is thin, so under this machine’s noise a bundle near it passes in ' +
          'one run and fails in the next.',
      ]
    : [];

  const deltas = built.map((b) => pairedDelta(b.name));
  const headline =
    `Cold start: \`require('@cloudbase/node-sdk')\` ${formatMs(sdkMs)} (${formatRatio(ratio(sdkMs, nodeMs))} a bare ` +
    `node); the bundles ${formatMs(Math.min(...deltas))} to ${formatMs(Math.max(...deltas))} over it (budget ` +
    `+${COLD_START_MARGIN_MS} ms); no I/O at module load.`;
  return {
    headline,
    id: 'coldstart',
    n: 2,
    title: 'Cold start of each function bundle',
    method: [
      `The bundles \`scripts/build-functions.ts\` makes for CloudBase (built into \`.bench-cache/functions\`), each ` +
        `required by a fresh \`node -e "require(…)"\`: wall time from spawn to exit, ${runs} runs per variant ` +
        `(${warmups ? `after ${warmups} warm-up rounds` : 'no warm-up round'}), variants interleaved in a rotating order; \`@cloudbase/node-sdk\` resolves ` +
        "from the repo's `node_modules` (as `npm install` on CloudBase provides it). Node " +
        `${process.version} here; CloudBase runs Node 18.`,
      "Floors: a bare `node -e 0` and a bare `require('@cloudbase/node-sdk')`. Budget: a bundle costs at most " +
        `${COLD_START_MARGIN_MS} ms over the SDK, taken as the median over rounds of (bundle − SDK in the same ` +
        'round), which cancels drift between rounds better than a difference of medians. ' +
        `“No I/O at module load”: a probe run per bundle counts the active ` +
        'handles and requests added by `require` and every async resource created during it (async_hooks) ' +
        'other than promises and next-tick callbacks; the budget is zero.',
    ],
    rows,
    extra: [
      {
        title: 'What requiring loads (probe runs)',
        head: [
          'required',
          'modules loaded',
          'npm packages',
          'I/O at load',
          'packages beyond the SDK’s',
          'own load, SDK already loaded',
        ],
        align: ['l', 'r', 'r', 'r', 'l', 'r'],
        rows: probeRows,
      },
    ],
    notes: [
      `Requiring the SDK alone costs ${formatMs(sdkMs - nodeMs)} over a bare node ` +
        `(${sdkProbe.modules} modules from ${sdkProbe.packages.length} packages): almost all of a bundle's cold start. ` +
        'The SDK is initialised lazily on the first call (`_platform/cloudbase-main.ts`). ' +
        (beyondSdk.length
          ? `Bundles also load at module load: ${beyondSdk.join('; ')}.`
          : 'No bundle loads a package beyond the SDK’s at module load (`exceljs`, `wx-server-sdk` are required on first use).'),
      ...ownNote,
    ],
    seconds: (nowMs() - started) / 1000,
  };
}
