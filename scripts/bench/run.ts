/**
 * `npm run bench`: the project's benchmark (issue 6). Every figure is set against a floor measured
 * in the same run; see docs/benchmarks.md (generated) for what each group measures.
 *
 *   npm run bench                        full run; writes docs/benchmarks.md and docs/benchmarks.json
 *   npm run bench -- --quick             fewer runs, shorter loads; writes .bench-cache/last-run.{md,json}
 *   npm run bench -- --check             exit 1 when a timing or count budget fails or a group cannot run
 *   npm run bench -- --only handlers,http   some groups (size coldstart handlers http setdata h5 memory, or 1–7)
 *   npm run bench -- --write             also write docs/ from a quick or partial run (a partial run
 *                                        replaces its groups in the existing docs/benchmarks.json)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runColdStart } from './coldstart';
import { CACHE, errorText, nowMs, ROOT, type BenchContext } from './common';
import { runH5 } from './h5';
import { runHandlers } from './handlers';
import { runHttp } from './http';
import { runMemory } from './memory';
import { GROUP_IDS, parseArgs, type GroupId } from './options';
import {
  CHECKED_KINDS,
  failures,
  renderMarkdown,
  renderReadmeBlock,
  renderText,
  replaceReadmeBlock,
  type Group,
  type Report,
} from './report';
import { runSetData } from './setdata';
import { runSize } from './size';

interface GroupSpec {
  id: GroupId;
  n: number;
  title: string;
  run(ctx: BenchContext): Promise<Group>;
}

const RUNNERS: Record<GroupId, { title: string; run(ctx: BenchContext): Promise<Group> }> = {
  size: { title: 'Mini-program size (production weapp build)', run: runSize },
  coldstart: { title: 'Cold start of each function bundle', run: runColdStart },
  handlers: { title: 'Handler cost in process (large seeded database)', run: runHandlers },
  http: { title: 'Through the local runner over HTTP', run: runHttp },
  setdata: { title: '`setData` bytes per interaction (weapp build, miniprogram-simulate)', run: runSetData },
  h5: { title: 'H5 build in headless Chromium, 4× CPU throttling', run: runH5 },
  memory: { title: 'Memory of the largest Excel work', run: runMemory },
};

const GROUPS: GroupSpec[] = GROUP_IDS.map((id, i) => ({ id, n: i + 1, ...RUNNERS[id] }));

function machine(): Report['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    loadAverageStart: os.loadavg(),
  };
}

async function formatJson(text: string): Promise<string> {
  // docs/ is checked by `prettier --check .`: write the JSON as prettier would.
  const prettier = await import('prettier');
  const file = path.join(ROOT, 'docs', 'benchmarks.json');
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, parser: 'json' });
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = nowMs();
  const startedAt = new Date().toISOString();
  const mode = opts.quick ? 'quick' : 'full';
  const ctx: BenchContext = { quick: opts.quick, log: (m) => console.log(m) };
  const specs = opts.only ? GROUPS.filter((g) => opts.only!.includes(g.id)) : GROUPS;
  const report: Report = {
    mode,
    startedAt,
    seconds: 0,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: machine(),
    groups: [],
  };
  console.log(`Laomo benchmark (${mode}): ${specs.map((s) => s.id).join(', ')}`);
  console.log(`${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}\n`);

  for (const spec of specs) {
    console.log(`▶ ${spec.n}. ${spec.title}`);
    const t0 = nowMs();
    let group: Group;
    try {
      group = await spec.run(ctx);
    } catch (e) {
      console.error(e);
      group = {
        id: spec.id,
        n: spec.n,
        title: spec.title,
        method: [],
        rows: [],
        error: errorText(e).split('\n').slice(0, 12).join(' '),
        seconds: (nowMs() - t0) / 1000,
      };
    }
    group.mode = mode;
    group.ranAt = startedAt;
    report.groups.push(group);
    console.log(`${renderText(group)}\n`);
  }
  report.seconds = (nowMs() - started) / 1000;
  report.machine.loadAverageEnd = os.loadavg();

  // A partial run written to docs/ replaces its groups in the last full report.
  const docsJson = path.join(ROOT, 'docs', 'benchmarks.json');
  const toDocs = opts.write || (!opts.quick && !opts.only);
  let written = report;
  if (toDocs && opts.only && existsSync(docsJson)) {
    const previous = JSON.parse(readFileSync(docsJson, 'utf8')) as Report;
    const merged = GROUPS.map(
      (g) => report.groups.find((x) => x.id === g.id) ?? previous.groups.find((x) => x.id === g.id),
    ).filter((g): g is Group => Boolean(g));
    written = { ...previous, groups: merged, command: `${previous.command}; ${report.command}` };
  }
  const dir = toDocs ? path.join(ROOT, 'docs') : CACHE;
  const base = toDocs ? 'benchmarks' : 'last-run';
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${base}.json`), await formatJson(JSON.stringify(written)));
  writeFileSync(path.join(dir, `${base}.md`), renderMarkdown(written) + '\n');
  console.log(`Wrote ${path.relative(ROOT, path.join(dir, base))}.md and .json (${Math.round(report.seconds)} s).`);
  if (toDocs) {
    // The README's figures come from the same report, between its bench markers.
    const readmePath = path.join(ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const updated = replaceReadmeBlock(readme, renderReadmeBlock(written));
    if (updated !== null && updated !== readme) {
      writeFileSync(readmePath, updated);
      console.log('Updated the benchmark figures in README.md.');
    }
  }

  const failed = failures(report);
  const errored = report.groups.filter((g) => g.error);
  for (const f of failed) console.log(`  FAIL ${f.group}: ${f.figure} = ${f.value} (budget ${f.budget}, ${f.kind})`);
  for (const g of errored) console.log(`  ERROR ${g.n}. ${g.title}: ${g.error}`);
  if (opts.check) {
    const checked = failed.filter((f) => CHECKED_KINDS.includes(f.kind));
    if (checked.length || errored.length) {
      console.log(
        `--check: ${checked.length} timing or count budget(s) failed, ${errored.length} group(s) could not run.`,
      );
      process.exit(1);
    }
    console.log('--check: every timing and count budget passed.');
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
