/**
 * Group 4: the local runner over HTTP on loopback, in its own process on a copy of the large
 * database: requests per second and p99 at 32 connections for public reads and objection filing,
 * against a no-op (anonymous `identity.me`, which reads nothing), and the runner's memory before
 * and after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FUNCTIONS } from '../../shared/api';
import { startRunnerChild } from './child';
import { nowMs, procMemory, sleep, type BenchContext } from './common';
import { runLoad, type LoadResult } from './loadgen';
import type { Group, Row } from './report';
import { BENCH_NOW, benchObjectionInput, copyBenchDb, ensureBenchDb, publishedStoryIds } from './seed';
import { formatBytes, formatCount, formatMs, formatRatio, median, ratio, summarize } from './stats';

export const CONNECTIONS = 32;
const MAX_REQUESTS = 200_000;
/** Personas the runner accepts for filing (`bench-filer-<n>`): each filing is a different person. */
const FILERS = 20_000;

interface Target {
  key: string;
  label: string;
  fn: string;
  body(i: number): string;
  headers?(i: number): Record<string, string>;
  /** Called after each load with its request count (a target that numbers its requests across loads). */
  advance?(requests: number): void;
}

const hasAction = (fn: keyof typeof FUNCTIONS, action: string) =>
  Object.prototype.hasOwnProperty.call(FUNCTIONS[fn], action);

const okReply = (status: number, text: string) => status === 200 && text.startsWith('{"ok":true');

export async function runHttp(ctx: BenchContext): Promise<Group> {
  const started = nowMs();
  const seed = await ensureBenchDb(ctx);
  // Short passes, rotating: a burst from another process on the shared machine lands in one pass of one
  // target, and the per-pass median drops it.
  const passes = ctx.quick ? 2 : 5;
  const perPassMs = 1000;
  const warmupMs = ctx.quick ? 300 : 1000;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'laomo-bench-http-'));
  copyBenchDb(dir);
  // The seeded notices are open at BENCH_NOW: the runner's clock starts there.
  const runner = await startRunnerChild(dir, undefined, 60_000, {
    LAOMO_BENCH_NOW: BENCH_NOW.toISOString(),
    LAOMO_BENCH_FILERS: String(FILERS),
  });
  const noticeIds = seed.selection.notices.map((n) => n.id);
  let filed = 0;
  const ids = publishedStoryIds();
  const hasHome = Object.prototype.hasOwnProperty.call(FUNCTIONS.content, 'home');
  const targets: Target[] = [
    {
      key: 'noop',
      label: 'floor: anonymous `identity.me` (no database read)',
      fn: 'identity',
      body: () => '{"action":"me","data":{}}',
    },
    hasHome
      ? { key: 'home', label: 'home (`content.home`)', fn: 'content', body: () => '{"action":"home","data":{}}' }
      : {
          key: 'home',
          label: 'home (`content.listStories`, first page)',
          fn: 'content',
          body: () => '{"action":"listStories","data":{"limit":10}}',
        },
    {
      key: 'story',
      label: 'story detail (`content.getStory`)',
      fn: 'content',
      body: (i) => JSON.stringify({ action: 'getStory', data: { id: ids[(i * 7919) % ids.length] } }),
    },
    {
      key: 'children',
      label: 'organization tree level (`org.children`)',
      fn: 'org',
      body: () => '{"action":"children","data":{"parentId":"district"}}',
    },
    ...(hasAction('notice', 'listOpen')
      ? [
          {
            key: 'noticeList',
            label: 'the 公示 list, first page (`notice.listOpen`)',
            fn: 'notice',
            body: () => '{"action":"listOpen","data":{}}',
          },
        ]
      : []),
    ...(hasAction('notice', 'getNotice')
      ? [
          {
            key: 'notice',
            label: 'notice detail (`notice.getNotice`)',
            fn: 'notice',
            body: (i: number) =>
              JSON.stringify({ action: 'getNotice', data: { id: noticeIds[(i * 7919) % noticeIds.length] } }),
          },
        ]
      : []),
    ...(hasAction('objection', 'file')
      ? [
          {
            key: 'objection',
            label: 'filing an objection (`objection.file`, a different person each request)',
            fn: 'objection',
            body: (i: number) =>
              JSON.stringify({
                action: 'file',
                data: benchObjectionInput(seed.selection.targets, filed + i),
                requestId: `bench-http-objection-${filed + i}`,
              }),
            headers: (i: number) => ({ 'x-laomo-persona': `bench-filer-${(filed + i) % FILERS}` }),
            advance: (requests: number) => {
              filed += requests;
            },
          },
        ]
      : []),
  ];

  try {
    await sleep(300);
    const rssBefore = procMemory(runner.pid, 'VmRSS');
    const results = new Map<string, LoadResult[]>(targets.map((t) => [t.key, []]));
    const load = async (t: Target, durationMs: number) => {
      const r = await runLoad({
        baseUrl: runner.url,
        path: `/fn/${t.fn}`,
        body: t.body,
        ...(t.headers ? { headers: t.headers } : {}),
        connections: CONNECTIONS,
        durationMs,
        maxRequests: MAX_REQUESTS,
        isOk: okReply,
      });
      t.advance?.(r.requests);
      return r;
    };
    ctx.log(`  ${targets.length} targets × ${passes} passes × ${perPassMs} ms at ${CONNECTIONS} connections…`);
    for (const t of targets) await load(t, warmupMs);
    for (let pass = 0; pass < passes; pass++) {
      for (let j = 0; j < targets.length; j++) {
        const t = targets[(j + pass) % targets.length]!;
        results.get(t.key)!.push(await load(t, perPassMs));
      }
    }
    await sleep(200);
    const rssAfter = procMemory(runner.pid, 'VmRSS');
    const peak = procMemory(runner.pid, 'VmHWM');

    const stats = new Map(
      targets.map((t) => {
        const rs = results.get(t.key)!;
        const requests = rs.reduce((n, r) => n + r.requests, 0);
        const errors = rs.reduce((n, r) => n + r.errors, 0);
        const rps = median(rs.map((r) => r.requests / (r.elapsedMs / 1000)));
        const latency = summarize(rs.flatMap((r) => r.latenciesMs));
        const firstError = rs.find((r) => r.firstError)?.firstError ?? null;
        return [t.key, { t, requests, errors, rps, latency, firstError }];
      }),
    );
    const noop = stats.get('noop')!;
    const rows: Row[] = [];
    for (const s of stats.values()) {
      const isFloor = s.t.key === 'noop';
      if (s.errors === s.requests) {
        rows.push({ figure: s.t.label, unit: 'rps', value: null, error: s.firstError ?? 'every request failed' });
        continue;
      }
      const errNote = s.errors ? `${formatCount(s.errors)} failed replies: ${s.firstError}` : undefined;
      rows.push({
        figure: `${s.t.label}: requests/s`,
        unit: 'rps',
        value: s.rps,
        ...(isFloor ? {} : { floor: { label: 'no-op', value: noop.rps }, ratio: ratio(s.rps, noop.rps) }),
        ...(errNote ? { note: errNote } : {}),
      });
      rows.push({
        figure: `${s.t.label}: p99`,
        unit: 'ms',
        value: s.latency.p99,
        ...(isFloor
          ? {}
          : { floor: { label: 'no-op', value: noop.latency.p99 }, ratio: ratio(s.latency.p99, noop.latency.p99) }),
      });
    }
    if (!hasAction('objection', 'file')) {
      rows.push({
        figure: 'filing an objection: requests/s, p99',
        unit: 'rps',
        value: null,
        pending: 'the `objection.file` action',
      });
    }
    rows.push({ figure: 'runner RSS before the load', unit: 'bytes', value: rssBefore });
    rows.push({
      figure: 'runner RSS after the load',
      unit: 'bytes',
      value: rssAfter,
      floor: { label: 'before', value: rssBefore },
      ratio: ratio(rssAfter, rssBefore),
    });
    rows.push({
      figure: 'runner peak RSS (VmHWM)',
      unit: 'bytes',
      value: peak,
      floor: { label: 'before', value: rssBefore },
      ratio: ratio(peak, rssBefore),
    });

    const home = stats.get('home');
    const story = stats.get('story');
    const headline =
      `Over HTTP at ${CONNECTIONS} connections: ` +
      [
        home && `home ${formatCount(home.rps)} req/s (${formatRatio(ratio(home.rps, noop.rps))} the no-op)`,
        story && `story detail ${formatCount(story.rps)} req/s (${formatRatio(ratio(story.rps, noop.rps))})`,
        stats.get('notice') &&
          `notice detail ${formatCount(stats.get('notice')!.rps)} req/s (${formatRatio(ratio(stats.get('notice')!.rps, noop.rps))})`,
        stats.get('objection') &&
          `filing an objection ${formatCount(stats.get('objection')!.rps)} req/s, p99 ${formatMs(stats.get('objection')!.latency.p99)}`,
      ]
        .filter(Boolean)
        .join(', ') +
      `; runner RSS ${formatBytes(rssBefore ?? NaN)} → ${formatBytes(rssAfter ?? NaN)}.`;
    return {
      headline,
      id: 'http',
      n: 4,
      title: 'Through the local runner over HTTP',
      method: [
        'The runner (`startLocalApp`) in a child process (`node --import tsx`), on a copy of the large bench ' +
          'database, timers off. The load generator (`scripts/bench/loadgen.ts`, no dependency) runs in the bench ' +
          `process on the same machine: ${CONNECTIONS} concurrent loops over a keep-alive agent, each sending its ` +
          `next request when the previous reply arrives; ${passes} passes of ${perPassMs} ms per target after a ` +
          `${warmupMs} ms warm-up, targets rotating, each pass capped at ${formatCount(MAX_REQUESTS)} requests. ` +
          'A reply counts when it is HTTP 200 with `{"ok":true`. Requests/s is the median over the passes; p99 is ' +
          'over every request of every pass.',
        `The runner's clock starts at ${BENCH_NOW.toISOString()} (inside the seeded notices' periods) and runs on. ` +
          'Filing an objection: each request a different person (the runner accepts the personas ' +
          `\`bench-filer-0\` … \`bench-filer-${FILERS - 1}\` besides the demo's, by the persona header), against a ` +
          'listed nominee of an open notice, numbered across passes so no request repeats an earlier one.',
        'Floor: anonymous `identity.me` through the same runner and entry (no grants, no database read). ' +
          'Memory: the child’s VmRSS from `/proc/<pid>/status` after start-up and after the load, and its VmHWM.',
      ],
      rows,
      extra: [
        {
          title: 'Summary',
          head: ['target', 'requests', 'requests/s', 'p50', 'p99', 'max', 'failed', 'req/s ÷ no-op'],
          align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
          rows: [...stats.values()].map((s) => [
            s.t.label,
            formatCount(s.requests),
            formatCount(s.rps),
            formatMs(s.latency.p50),
            formatMs(s.latency.p99),
            formatMs(s.latency.max),
            formatCount(s.errors),
            formatRatio(ratio(s.rps, noop.rps)),
          ]),
        },
      ],
      notes: [
        'The generator and the runner share the machine’s cores, so requests/s is a ratio to the no-op through ' +
          'the same path, not a capacity figure. The runner’s SQLite calls are synchronous, so one runner process ' +
          'serves one database call at a time; calls overlap only while waiting on I/O.',
      ],
      seconds: (nowMs() - started) / 1000,
    };
  } finally {
    const err = runner.stderr();
    await runner.stop();
    rmSync(dir, { recursive: true, force: true });
    if (err.trim()) ctx.log(`  runner stderr: ${err.trim().split('\n').slice(-5).join('\n  ')}`);
  }
}
