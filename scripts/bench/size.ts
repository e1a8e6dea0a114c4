/**
 * Group 1: mini-program size of the production weapp build, per package, against WeChat's limits
 * and against a one-page Taro app built with the same settings (the framework floor, built once
 * into `.bench-cache/floor-app/` and rebuilt when the build config or the Taro versions change).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { buildClient, CACHE, hashOf, nowMs, ROOT, type BenchContext } from './common';
import type { Group, Row } from './report';
import { formatBytes, formatRatio, ratio } from './stats';

const KB = 1024;
export const WECHAT_PACKAGE_LIMIT = 2 * 1024 * KB;
export const BUDGET_MAIN = 600 * KB;
export const BUDGET_SUBPACKAGE = 400 * KB;
export const BUDGET_TOTAL = 1536 * KB;

export interface SizedFile {
  /** Relative to the build root, `/`-separated. */
  path: string;
  bytes: number;
}

export interface PackageSizes {
  main: number;
  subpackages: Record<string, number>;
  total: number;
  mainFiles: SizedFile[];
}

/** Files of a build that reach the uploaded package: everything but dotfiles (build stamps) and source maps. */
export function listPackageFiles(dir: string): SizedFile[] {
  const out: SizedFile[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const p = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(p);
      else if (!entry.name.endsWith('.map')) out.push({ path: p, bytes: statSync(path.join(dir, p)).size });
    }
  };
  walk('');
  return out;
}

/** The subpackage roots an `app.json` declares (`subPackages` or `subpackages`). */
export function subpackageRoots(appJson: { subPackages?: { root: string }[]; subpackages?: { root: string }[] }) {
  return [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((s) => s.root.replace(/^\/+|\/+$/g, ''));
}

/** Main package = every file not under a subpackage root. */
export function splitPackages(files: SizedFile[], roots: string[]): PackageSizes {
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]));
  const mainFiles: SizedFile[] = [];
  let main = 0;
  for (const f of files) {
    const root = roots.find((r) => f.path === r || f.path.startsWith(`${r}/`));
    if (root) subpackages[root]! += f.bytes;
    else {
      main += f.bytes;
      mainFiles.push(f);
    }
  }
  const total = main + Object.values(subpackages).reduce((a, b) => a + b, 0);
  return { main, subpackages, total, mainFiles: mainFiles.sort((a, b) => b.bytes - a.bytes) };
}

export function measureBuild(dir: string): PackageSizes {
  const appJson = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as Parameters<typeof subpackageRoots>[0];
  return splitPackages(listPackageFiles(dir), subpackageRoots(appJson));
}

// ---------------------------------------------------------------------------------------------
// The floor: a one-page Taro app with the project's build settings
// ---------------------------------------------------------------------------------------------

const FLOOR_DIR = path.join(CACHE, 'floor-app');
/** Bump when the generated floor app changes. */
const FLOOR_TEMPLATE_VERSION = '1';

const FLOOR_FILES: Record<string, string> = {
  'client/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: 'floor', navigationBarBackgroundColor: '#ffffff', navigationBarTextStyle: 'black' },
});
`,
  'client/app.ts': `import type { PropsWithChildren } from 'react';

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
`,
  'client/pages/index/index.config.ts': `export default definePageConfig({ navigationBarTitleText: 'floor' });
`,
  'client/pages/index/index.tsx': `import { Text, View } from '@tarojs/components';

export default function Index() {
  return (
    <View>
      <Text>Hello</Text>
    </View>
  );
}
`,
  'types/global.d.ts': `/// <reference types="@tarojs/taro" />
declare const CLOUD_ENV: string;
`,
};

function taroVersions(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  return Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })
    .filter(([name]) => /taro|webpack|babel|^react/.test(name))
    .map(([n, v]) => `${n}@${v}`)
    .sort();
}

function floorKey(): string {
  return hashOf(
    [path.join(ROOT, 'config'), path.join(ROOT, 'babel.config.js')],
    [FLOOR_TEMPLATE_VERSION, ...taroVersions()],
  );
}

/** Builds the floor app when its key changed; returns its weapp output folder. */
export function ensureFloorApp(ctx: BenchContext): { dir: string; built: boolean } {
  const key = floorKey();
  const out = path.join(FLOOR_DIR, 'dist', 'weapp');
  const keyFile = path.join(FLOOR_DIR, '.key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(path.join(out, 'app.json'))) {
    return { dir: out, built: false };
  }
  ctx.log('  building the one-page Taro floor app (once; cached in .bench-cache/floor-app)…');
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(path.join(FLOOR_DIR, 'config'), { recursive: true });
  const rootPkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const pkg = {
    name: 'laomo-bench-floor',
    version: '0.0.0',
    private: true,
    description: 'A one-page Taro app with the project build settings: the benchmark floor (generated).',
    templateInfo: rootPkg.templateInfo,
    browserslist: rootPkg.browserslist,
  };
  writeFileSync(path.join(FLOOR_DIR, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  // The project's build settings, verbatim (its sourceRoot/outputRoot are relative to the app).
  for (const f of readdirSync(path.join(ROOT, 'config'))) {
    if (/\.(ts|js)$/.test(f)) copyFileSync(path.join(ROOT, 'config', f), path.join(FLOOR_DIR, 'config', f));
  }
  copyFileSync(path.join(ROOT, 'babel.config.js'), path.join(FLOOR_DIR, 'babel.config.js'));
  for (const [rel, text] of Object.entries(FLOOR_FILES)) {
    mkdirSync(path.dirname(path.join(FLOOR_DIR, rel)), { recursive: true });
    writeFileSync(path.join(FLOOR_DIR, rel), text);
  }
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', '@tarojs', 'cli', 'bin', 'taro'), 'build', '--type', 'weapp'],
    { cwd: FLOOR_DIR, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0 || !existsSync(path.join(out, 'app.json'))) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`the floor app build failed (exit ${r.status}):\n${tail}`);
  }
  writeFileSync(keyFile, key);
  return { dir: out, built: true };
}

// ---------------------------------------------------------------------------------------------

const pct = (bytes: number) => `${((bytes / WECHAT_PACKAGE_LIMIT) * 100).toFixed(1)}% of WeChat’s 2 MB limit`;

export async function runSize(ctx: BenchContext): Promise<Group> {
  const started = nowMs();
  const group: Group = {
    id: 'size',
    n: 1,
    title: 'Mini-program size (production weapp build)',
    method: [
      'Bytes of `dist/weapp` (the production build, rebuilt by `scripts/build-stale.ts` when its sources changed), ' +
        'split as WeChat packages it: the main package is every file not under a subpackage root of `app.json`. ' +
        'Dotfiles (build stamps) and source maps are not counted; everything else is, licence comments included. ' +
        'KB = 1,024 bytes.',
      'Floor: a one-page Taro app (one page, a `View` with a `Text`) built by the same Taro CLI with a verbatim ' +
        'copy of `config/` and `babel.config.js`; generated and built once into `.bench-cache/floor-app/`, ' +
        'rebuilt when the config or a Taro/webpack/React version changes. The floor has no subpackage.',
    ],
    rows: [],
    seconds: 0,
  };
  buildClient('weapp');
  const app = measureBuild(path.join(ROOT, 'dist', 'weapp'));
  const floor = ensureFloorApp(ctx);
  const base = measureBuild(floor.dir);

  const rows: Row[] = [
    {
      figure: 'main package',
      unit: 'bytes',
      value: app.main,
      floor: { label: 'one-page Taro app', value: base.main },
      ratio: ratio(app.main, base.main),
      budget: { text: '≤ 600 KB', kind: 'bytes', pass: app.main <= BUDGET_MAIN },
      note: pct(app.main),
    },
  ];
  for (const [root, bytes] of Object.entries(app.subpackages)) {
    rows.push({
      figure: `subpackage \`${root}\``,
      unit: 'bytes',
      value: bytes,
      budget: { text: '≤ 400 KB', kind: 'bytes', pass: bytes <= BUDGET_SUBPACKAGE },
      note: pct(bytes),
    });
  }
  rows.push({
    figure: 'total (all packages)',
    unit: 'bytes',
    value: app.total,
    floor: { label: 'one-page Taro app', value: base.total },
    ratio: ratio(app.total, base.total),
    budget: { text: '≤ 1.5 MB', kind: 'bytes', pass: app.total <= BUDGET_TOTAL },
  });
  group.rows = rows;
  group.headline =
    `Mini-program: main package ${formatBytes(app.main)} (${formatRatio(ratio(app.main, base.main))} a one-page Taro ` +
    `app; budget 600 KB), ${Object.keys(app.subpackages).length} subpackages, ${formatBytes(app.total)} in all.`;

  const floorByPath = new Map(listPackageFiles(floor.dir).map((f) => [f.path, f.bytes]));
  group.extra = [
    {
      title: 'Largest files of the main package, against the same file in the floor app',
      head: ['file', 'bytes', 'floor app', 'above the floor'],
      align: ['l', 'r', 'r', 'r'],
      rows: app.mainFiles.slice(0, 10).map((f) => {
        const fb = floorByPath.get(f.path);
        return [
          `\`${f.path}\``,
          formatBytes(f.bytes),
          fb === undefined ? '—' : formatBytes(fb),
          fb === undefined ? formatBytes(f.bytes) : formatBytes(f.bytes - fb),
        ];
      }),
    },
  ];
  group.notes = [
    `The framework floor (Taro runtime, React, base templates) is ${formatBytes(base.main)}; the project adds ` +
      `${formatBytes(app.main - base.main)} to the main package.` +
      (floor.built ? ' The floor app was rebuilt in this run.' : ''),
  ];
  group.seconds = (nowMs() - started) / 1000;
  return group;
}
