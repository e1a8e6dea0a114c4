/**
 * Group 3: handler cost in process on the large seeded database, through the same entry the cloud
 * functions use (`createHandler`): p50 / p99 and calls per second per hot path, against two floors
 * built with the same entry (a no-op action and a one-document get), and database operations per
 * call counted by the counting store.
 */
import { contentActions } from '../../shared/actions/content.schema';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FUNCTIONS } from '../../shared/api';
import type { Reply } from '../../shared/envelope';
import { C, DECLARATION } from '../../cloudfunctions/_platform/collections';
import { createHandler, type FunctionHandler } from '../../cloudfunctions/_platform/entry';
import type { Logger } from '../../cloudfunctions/_platform/ports';
import { countingStore } from '../../cloudfunctions/_platform/store/counting.store';
import { compileFind, openSqliteStore, type SqliteStore } from '../../cloudfunctions/_platform/store/sqlite.adapter';
import type { FindQuery } from '../../cloudfunctions/_platform/store/store.port';
import { FUNCTION_FACTORIES } from '../../cloudfunctions/_local/functions';
import { localPorts, SettableClock } from '../../cloudfunctions/_local/local.ports';
import { errorText, nowMs, type BenchContext } from './common';
import { contentFloorRoutes } from './floor';
import type { Group, Row } from './report';
import {
  BENCH_NOW,
  benchObjectionInput,
  copyBenchDb,
  ensureBenchDb,
  INVITATION_COUNT,
  invitationCode,
  publishedStoryIds,
  reviewPoolId,
  STORY_COUNT,
} from './seed';
import {
  formatBytes,
  formatCount,
  formatMs,
  formatRatio,
  median,
  ratio,
  summarize,
  type LatencySummary,
} from './stats';

export const P99_BUDGET_MS = 10;
export const READ_RATIO_BUDGET = 2;
/** "A notice view reads the database once" (issue 6): a count budget, enforced by --check. */
export const NOTICE_READS_BUDGET = 1;

type Kind = 'floor' | 'read' | 'write';

interface Scenario {
  key: string;
  label: string;
  kind: Kind;
  call(i: number): Promise<Reply<unknown>>;
}

interface Measured {
  scenario: Scenario;
  latency: LatencySummary;
  callsPerSecond: number;
  reads: number;
  writes: number;
}

function hasAction(fn: keyof typeof FUNCTIONS, action: string): boolean {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS[fn], action);
}

/** A deterministic spread over the published stories (a multiplicative hash, no Math.random). */
function pick<T>(items: T[], i: number): T {
  return items[(Math.imul(i + 1, 2654435761) >>> 0) % items.length]!;
}

/** The most frequent value (operations per call should not vary; if they do, the usual count). */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

export async function runHandlers(ctx: BenchContext): Promise<Group> {
  const started = nowMs();
  const seed = await ensureBenchDb(ctx);
  const rounds = ctx.quick ? 8 : 20;
  const batch = ctx.quick ? 50 : 100;
  const warmup = ctx.quick ? 30 : 100;
  const diagnosticCalls = ctx.quick ? 300 : 1000;
  if (warmup + rounds * batch + diagnosticCalls > INVITATION_COUNT)
    throw new Error('not enough seeded invitations for the submissions');
  if (warmup + rounds * batch + diagnosticCalls > seed.selection.reviewPool)
    throw new Error('not enough seeded nominations awaiting review for the review decisions');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'laomo-bench-handlers-'));
  const file = copyBenchDb(dir);
  const sqlite = openSqliteStore({ file, declaration: DECLARATION });
  const store = countingStore(sqlite);
  const errors: string[] = [];
  const logger: Logger = { error: (m, f) => errors.push(`${m} ${JSON.stringify(f)}`), info: () => undefined };
  // The seeded notices are open at BENCH_NOW: the clock starts there and runs on.
  const clock = new SettableClock();
  clock.set(BENCH_NOW);
  const ports = localPorts({ dataDir: dir, store, logger, clock });
  const fns: Record<string, FunctionHandler> = Object.fromEntries(
    Object.entries(FUNCTION_FACTORIES).map(([n, f]) => [n, f(ports)]),
  );
  const floor = createHandler('content', contentActions, contentFloorRoutes(), ports);
  const ids = publishedStoryIds();
  const noticeIds = seed.selection.notices.map((n) => n.id);
  const as = (openid: string | null) => ({ openid });

  try {
    // A cursor 1,000 stories deep: the list page a reader reaches after scrolling a hundred pages.
    let deepCursor: string | null = null;
    let deepError: string | null = null;
    for (let page = 0; page < 20 && !deepError; page++) {
      const r = (await fns.content!(
        { action: 'listStories', data: { limit: 50, cursor: deepCursor } },
        as('demo-public'),
      )) as Reply<{ nextCursor: string | null }>;
      if (r.ok && r.data.nextCursor) deepCursor = r.data.nextCursor;
      else deepError = `could not page to a deep cursor: ${JSON.stringify(r)} ${errors.join('; ')}`;
    }

    let redeemed = 0;
    const scenarios: Scenario[] = [
      {
        key: 'noop',
        label: 'floor: no-op action',
        kind: 'floor',
        call: () => floor({ action: 'listStories', data: {} }, as('demo-public')),
      },
      {
        key: 'get',
        label: 'floor: one-document get',
        kind: 'floor',
        call: (i) => floor({ action: 'getStory', data: { id: pick(ids, i) } }, as('demo-public')),
      },
      // Home is one call: `content.home` once it exists (issue 5), the first story page until then.
      hasAction('content', 'home')
        ? {
            key: 'home',
            label: 'home (`content.home`)',
            kind: 'read',
            call: () => fns.content!({ action: 'home', data: {} }, as('demo-public')),
          }
        : {
            key: 'home',
            label: 'home (`content.listStories`, first page of 10)',
            kind: 'read',
            call: () => fns.content!({ action: 'listStories', data: { limit: 10 } }, as('demo-public')),
          },
      ...(hasAction('content', 'home')
        ? [
            {
              key: 'firstList',
              label: 'story list, first page (`content.listStories`)',
              kind: 'read' as const,
              call: () => fns.content!({ action: 'listStories', data: { limit: 10 } }, as('demo-public')),
            },
          ]
        : []),
      {
        key: 'deepList',
        label: 'story list page 101 (`content.listStories`, cursor after 1,000)',
        kind: 'read',
        call: async () => {
          if (deepError) throw new Error(deepError);
          return fns.content!({ action: 'listStories', data: { limit: 10, cursor: deepCursor } }, as('demo-public'));
        },
      },
      {
        key: 'story',
        label: 'story detail (`content.getStory`)',
        kind: 'read',
        call: (i) => fns.content!({ action: 'getStory', data: { id: pick(ids, i) } }, as('demo-public')),
      },
      {
        key: 'me',
        label: 'signed-in cadre (`identity.me`, loads grants)',
        kind: 'read',
        call: () => fns.identity!({ action: 'me', data: {} }, as('demo-district')),
      },
      {
        key: 'children',
        label: 'organization tree level (`org.children`)',
        kind: 'read',
        call: () => fns.org!({ action: 'children', data: { parentId: 'district' } }, as('demo-public')),
      },
      {
        key: 'redeem',
        label: 'a submission (`identity.redeemInvitation`: idempotent, rate-limited, audited)',
        kind: 'write',
        call: () => {
          const n = redeemed++;
          return fns.identity!(
            { action: 'redeemInvitation', data: { code: invitationCode(n) }, requestId: `bench-redeem-${n}` },
            as(`bench-user-${n}`),
          );
        },
      },
    ];
    if (hasAction('notice', 'listOpen')) {
      scenarios.push({
        key: 'noticeList',
        label: 'the 公示 list, first page (`notice.listOpen`)',
        kind: 'read',
        call: () => fns.notice!({ action: 'listOpen', data: {} }, as('demo-public')),
      });
    }
    if (hasAction('notice', 'getNotice')) {
      scenarios.push({
        key: 'notice',
        label: 'notice detail (`notice.getNotice`)',
        kind: 'read',
        call: (i) => fns.notice!({ action: 'getNotice', data: { id: pick(noticeIds, i) } }, as('demo-public')),
      });
    }
    let filed = 0;
    if (hasAction('objection', 'file')) {
      scenarios.push({
        key: 'objection',
        label: 'filing an objection (`objection.file`: a different person each call)',
        kind: 'write',
        call: () => {
          const n = filed++;
          return fns.objection!(
            {
              action: 'file',
              data: benchObjectionInput(seed.selection.targets, n),
              requestId: `bench-objection-${n}`,
            },
            as(`bench-filer-${n}`),
          );
        },
      });
    }
    let reviewed = 0;
    if (hasAction('nomination', 'review')) {
      scenarios.push({
        key: 'review',
        label: 'a review decision (`nomination.review` pass, 东湖街道 preliminary review)',
        kind: 'write',
        call: () => {
          const n = reviewed++;
          return fns.nomination!(
            {
              action: 'review',
              data: { id: reviewPoolId(n), version: 1, decision: 'pass', reason: '材料齐全，同意通过初审' },
              requestId: `bench-review-${n}`,
            },
            as('demo-middle'),
          );
        },
      });
    }
    let liked = 0;
    if (hasAction('content', 'likeStory')) {
      scenarios.push({
        key: 'like',
        label: 'a like (`content.likeStory`)',
        kind: 'write',
        call: (i) => {
          const n = liked++;
          return fns.content!({ action: 'likeStory', data: { id: pick(ids, i) } }, as(`bench-liker-${n}`));
        },
      });
    }

    const samples = new Map<string, { ms: number[]; reads: number[]; writes: number[] }>(
      scenarios.map((s) => [s.key, { ms: [], reads: [], writes: [] }]),
    );
    const once = async (s: Scenario, i: number, record: boolean) => {
      store.reset();
      const t0 = nowMs();
      const reply = await s.call(i);
      const ms = nowMs() - t0;
      if (!reply.ok) throw new Error(`${s.label} failed: ${JSON.stringify(reply)} ${errors.join('; ')}`);
      if (record) {
        const x = samples.get(s.key)!;
        x.ms.push(ms);
        x.reads.push(store.counts.reads);
        x.writes.push(store.counts.writes);
      }
    };
    ctx.log(`  ${scenarios.length} scenarios × ${rounds} rounds × ${batch} calls on ${STORY_COUNT} stories…`);
    // A scenario whose action fails (a feature mid-change) is reported as an error row; a floor must work.
    const broken = new Map<string, string>();
    for (const s of scenarios) {
      try {
        for (let i = 0; i < warmup; i++) await once(s, i, false);
      } catch (e) {
        if (s.kind === 'floor') throw e;
        broken.set(s.key, errorText(e).slice(0, 300));
      }
    }
    const live = scenarios.filter((s) => !broken.has(s.key));
    for (let round = 0; round < rounds; round++) {
      // Rotate the order each round, so drift and GC land on every scenario alike.
      for (let j = 0; j < live.length; j++) {
        const s = live[(j + round) % live.length]!;
        for (let i = 0; i < batch; i++) await once(s, warmup + round * batch + i, true);
      }
    }

    // Diagnostic: each write again with SQLite's WAL auto-checkpoint off, to show what the
    // checkpoint (run by whichever commit crosses 1,000 WAL pages, fsync included) adds to the tail.
    const noCheckpoint = new Map<string, LatencySummary>();
    for (const write of live.filter((x) => x.kind === 'write')) {
      const ms: number[] = [];
      sqlite.db.pragma('wal_autocheckpoint = 0');
      try {
        for (let i = 0; i < diagnosticCalls; i++) {
          const t0 = nowMs();
          const reply = await write.call(i);
          ms.push(nowMs() - t0);
          if (!reply.ok) throw new Error(`${write.label} failed: ${JSON.stringify(reply)}`);
        }
      } finally {
        sqlite.db.pragma('wal_autocheckpoint = 1000');
        // Each write's diagnostic starts from an empty WAL.
        sqlite.db.pragma('wal_checkpoint(TRUNCATE)');
      }
      noCheckpoint.set(write.key, summarize(ms));
    }

    const measured = new Map<string, Measured>(
      live.map((s) => {
        const x = samples.get(s.key)!;
        const latency = summarize(x.ms);
        return [
          s.key,
          { scenario: s, latency, callsPerSecond: 1000 / latency.mean, reads: mode(x.reads), writes: mode(x.writes) },
        ];
      }),
    );
    const noop = measured.get('noop')!;
    const get = measured.get('get')!;

    const rows: Row[] = [];
    for (const m of measured.values()) {
      const s = m.scenario;
      const fl = s.key === 'get' ? noop : s.key === 'noop' ? null : get;
      const flLabel = fl === noop ? 'no-op' : 'one-document get';
      const isRead = s.kind === 'read';
      rows.push({
        figure: `${s.label}: p50`,
        unit: 'ms',
        value: m.latency.p50,
        ...(fl
          ? { floor: { label: flLabel, value: fl.latency.p50 }, ratio: ratio(m.latency.p50, fl.latency.p50) }
          : {}),
        ...(isRead
          ? {
              budget: {
                text: `≤ ${READ_RATIO_BUDGET}× one-document get`,
                kind: 'timing' as const,
                pass: (ratio(m.latency.p50, get.latency.p50) ?? Infinity) <= READ_RATIO_BUDGET,
              },
            }
          : {}),
      });
      rows.push({
        figure: `${s.label}: p99`,
        unit: 'ms',
        value: m.latency.p99,
        ...(fl
          ? { floor: { label: flLabel, value: fl.latency.p99 }, ratio: ratio(m.latency.p99, fl.latency.p99) }
          : {}),
        ...(s.kind !== 'floor'
          ? { budget: { text: `≤ ${P99_BUDGET_MS} ms`, kind: 'timing' as const, pass: m.latency.p99 <= P99_BUDGET_MS } }
          : {}),
      });
      rows.push({
        figure: `${s.label}: calls/s`,
        unit: 'rps',
        value: m.callsPerSecond,
        ...(fl
          ? { floor: { label: flLabel, value: fl.callsPerSecond }, ratio: ratio(m.callsPerSecond, fl.callsPerSecond) }
          : {}),
      });
      const readNotes = [
        ...(m.writes ? [`and ${m.writes} writes`] : []),
        ...(isRead
          ? [
              `by count ${m.reads <= READ_RATIO_BUDGET * get.reads ? 'within' : 'over'} ${READ_RATIO_BUDGET}× the ` +
                `one-document get’s ${get.reads} (a figure, not checked)`,
            ]
          : []),
      ];
      rows.push({
        figure: `${s.label}: database reads per call`,
        unit: 'count',
        value: m.reads,
        ...(fl ? { floor: { label: flLabel, value: fl.reads }, ratio: ratio(m.reads, fl.reads) } : {}),
        ...(s.key === 'notice'
          ? {
              budget: {
                text: `${NOTICE_READS_BUDGET} (reads the database once)`,
                kind: 'count' as const,
                pass: m.reads <= NOTICE_READS_BUDGET,
              },
            }
          : {}),
        ...(readNotes.length ? { note: readNotes.join('; ') } : {}),
      });
    }
    for (const [key, off] of noCheckpoint) {
      const asRun = measured.get(key)!;
      rows.push({
        figure: `diagnostic: ${asRun.scenario.label} with WAL auto-checkpoint off: p99`,
        unit: 'ms',
        value: off.p99,
        floor: { label: 'as run', value: asRun.latency.p99 },
        ratio: ratio(off.p99, asRun.latency.p99),
        note: `p50 ${formatMs(off.p50)}, ${off.n} calls`,
      });
    }
    for (const [key, error] of broken) {
      const s = scenarios.find((x) => x.key === key)!;
      rows.push({ figure: s.label, unit: 'ms', value: null, error });
    }
    const pendingRow = (figure: string, pending: string, budget: string): Row => ({
      figure,
      unit: 'ms',
      value: null,
      pending,
      budget: { text: budget, kind: 'timing', pass: false },
    });
    // A row stays pending while its action is missing (a function mid-change), never silently dropped.
    if (!hasAction('notice', 'getNotice'))
      rows.push(pendingRow('notice detail', 'the `notice.getNotice` action', '≤ 10 ms p99; reads the database once'));
    if (!hasAction('objection', 'file'))
      rows.push(pendingRow('filing an objection', 'the `objection.file` action', '≤ 10 ms p99'));
    if (!hasAction('nomination', 'review'))
      rows.push(pendingRow('a review decision', 'the `nomination.review` action', '≤ 10 ms p99'));
    if (!hasAction('content', 'likeStory')) rows.push(pendingRow('a like', 'issue 5 (likes)', '≤ 10 ms p99'));

    const breakdown = await listBreakdown(sqlite, fns.content!, rounds);

    const summaryRows = [...measured.values()].map((m) => [
      m.scenario.label,
      formatMs(m.latency.p50),
      formatMs(m.latency.p99),
      formatMs(m.latency.max),
      formatCount(m.callsPerSecond),
      String(m.reads),
      String(m.writes),
      formatRatio(ratio(m.latency.p50, noop.latency.p50)),
      formatRatio(ratio(m.latency.p50, get.latency.p50)),
    ]);

    const notes: string[] = [readingsNote()];
    const slowReads = [...measured.values()].filter(
      (m) => m.scenario.kind === 'read' && (ratio(m.latency.p50, get.latency.p50) ?? Infinity) > READ_RATIO_BUDGET,
    );
    const storyBytes = (
      sqlite.db.prepare('SELECT avg(length(CAST(data AS BLOB))) AS n FROM stories').get() as { n: number }
    ).n;
    for (const m of slowReads) {
      notes.push(
        m.scenario.key === 'noticeList'
          ? noticeListNote(m, get, sqlite, clock.now(), seed.selection)
          : explainRead(m, get),
      );
    }
    if (slowReads.some((m) => LIST_KEYS.has(m.scenario.key))) notes.push(listPageNote(storyBytes));
    const p99Fails = [...measured.values()].filter((m) => m.scenario.kind !== 'floor' && m.latency.p99 > P99_BUDGET_MS);
    for (const m of p99Fails) {
      const off = noCheckpoint.get(m.scenario.key);
      if (off && off.p99 < m.latency.p99 / 1.5) {
        notes.push(
          `${m.scenario.label}: p99 ${formatMs(m.latency.p99)} is over ${P99_BUDGET_MS} ms (p50 ` +
            `${formatMs(m.latency.p50)}). Most of the tail is SQLite's WAL checkpoint: the commit that crosses ` +
            '1,000 WAL pages copies them into the database file and syncs it, on the request path. With ' +
            `auto-checkpoint off (its diagnostic row) p99 is ${formatMs(off.p99)}. A property of the ` +
            'local runner, not of CloudBase; within reach locally by checkpointing off the request path (auto-' +
            'checkpoint off and a passive `wal_checkpoint` on a timer)' +
            (off.p99 > P99_BUDGET_MS
              ? `, though still over ${P99_BUDGET_MS} ms with the checkpoint off in this run: the rest of the tail ` +
                'is the shared machine (compare the floors’ p99 in the same run).'
              : '.'),
        );
        continue;
      }
      notes.push(
        `${m.scenario.label}: p99 ${formatMs(m.latency.p99)} is over ${P99_BUDGET_MS} ms (p50 ${formatMs(m.latency.p50)}, ` +
          `max ${formatMs(m.latency.max)}); on this shared 2-core machine the tail includes other processes' ` +
          'bursts and GC pauses: compare it with the floors’ p99 in the same run.',
      );
    }
    const first =
      measured.get('firstList') ??
      (measured.get('home')?.scenario.label.includes('listStories') ? measured.get('home') : undefined);
    const deep = measured.get('deepList');
    if (first && deep) {
      const r = ratio(deep.latency.p50, first.latency.p50) ?? Number.NaN;
      notes.push(
        `Page 101 against the first page: p50 ${formatMs(deep.latency.p50)} against ${formatMs(first.latency.p50)} ` +
          `(${formatRatio(r)}). ` +
          (r > 1.25
            ? 'The SQLite adapter applies the keyset cursor as a filter over the index scan rather than a seek (its ' +
              'own comment says so), so a page costs its offset in index steps.'
            : 'A deep page costs about what the first does at this size.'),
      );
    }
    const noticeView = measured.get('notice');
    if (noticeView && noticeView.reads > NOTICE_READS_BUDGET) {
      notes.push(
        `notice detail reads the database ${noticeView.reads} times per call, over the issue's budget of one: ` +
          'the public notice reply is meant to come from the one notice document (`notice.service.ts` getNotice).',
      );
    }
    if (seed.seeded) notes.push(`The bench database was seeded in this run (${seed.seconds.toFixed(1)} s).`);

    const h = measured.get('home');
    const st = measured.get('story');
    const sub = measured.get('redeem');
    const headline =
      `In process on ${formatCount(STORY_COUNT)} stories: ` +
      [
        h &&
          `home p50 ${formatMs(h.latency.p50)} / p99 ${formatMs(h.latency.p99)} (${formatRatio(ratio(h.latency.p50, get.latency.p50))} a one-document get)`,
        st && `story detail p50 ${formatMs(st.latency.p50)} (${formatRatio(ratio(st.latency.p50, get.latency.p50))})`,
        sub && `a submission p50 ${formatMs(sub.latency.p50)} / p99 ${formatMs(sub.latency.p99)}`,
        noticeView &&
          `notice detail p50 ${formatMs(noticeView.latency.p50)}, ${noticeView.reads} read${noticeView.reads === 1 ? '' : 's'}`,
        measured.get('objection') &&
          `filing an objection p99 ${formatMs(measured.get('objection')!.latency.p99)} (${formatCount(seed.selection.objections)} seeded)`,
        measured.get('review') && `a review decision p99 ${formatMs(measured.get('review')!.latency.p99)}`,
      ]
        .filter(Boolean)
        .join('; ') +
      '.';
    return {
      headline,
      id: 'handlers',
      n: 3,
      title: 'Handler cost in process (large seeded database)',
      method: [
        `A copy of \`.bench-cache/bench.db\`: the demo seed plus ${formatCount(STORY_COUNT)} stories (95% published, ` +
          `cloned from the demo stories with longer text), ${formatCount(INVITATION_COUNT)} open invitations, ` +
          `${formatCount(seed.selection.nominations)} nominations of the demo round (cloned from the demo's, spread over ` +
          `the stages), the ${formatCount(seed.selection.notices.length)} open notices they sit in ` +
          `(${formatCount(seed.selection.publicListed)} district and middle-tier ones in the 公示 list, up to 50 ` +
          `nominees each), ${formatCount(seed.selection.objections)} objections to their nominees with their ` +
          `objectors' identities apart (plain inserts, no audit entries: \`scripts/bench/seed-selection.ts\`), and ` +
          `${formatCount(seed.selection.reviewPool)} more nominations awaiting 东湖街道's preliminary review. Written ` +
          'through the store in batched commits, seeded once and reseeded when `collections.ts`, the demo seed, the ' +
          'stored shapes or the bench seed change. The clock starts at a fixed instant (' +
          `${BENCH_NOW.toISOString()}, inside every seeded notice's period) and runs on.`,
        'Every call goes through the real entry (`createHandler`: envelope, zod input, policy, service, output ' +
          'parse, commit) with the local ports over SQLite, wrapped by the counting store. Floors use the same ' +
          'entry: `content.listStories` routed to a no-op, and `content.getStory` routed to exactly one ' +
          '`store.get` returning a minimal valid reply.',
        `Each scenario: ${warmup} warm-up calls, then ${rounds} rounds × ${batch} calls, the order of scenarios ` +
          'rotating each round; latency is the wall time of one awaited call; calls/s = 1000 ÷ mean latency ' +
          '(one caller, no concurrency). The submission redeems a different seeded invitation each call, as a ' +
          'different user. Filing an objection: each call a different signed-in person (so neither the per-person ' +
          'rate limit nor the daily limit per notice is reached) against a listed nominee of an open notice, with a ' +
          'phone code and the content check (the local word list). A review decision: `demo-middle` (东湖街道) passes ' +
          'a different seeded nomination at its preliminary review each call (version 1, idempotent request).',
        `Budgets: p99 ≤ ${P99_BUDGET_MS} ms for every hot path; reads ≤ ${READ_RATIO_BUDGET}× the one-document get, ` +
          'read here as a read action’s p50 ≤ 2 × the one-document get’s p50 (a time ratio, checked by --check); ' +
          'the count reading (database reads per call ≤ 2 × the get’s one read) is shown beside it as a figure. ' +
          `A notice view reads the database once: the notice detail's reads per call ≤ ${NOTICE_READS_BUDGET}, a ` +
          'count budget --check enforces. Database operations per call are the most frequent count over the calls.',
      ],
      rows,
      extra: [
        {
          title: 'Summary',
          head: ['scenario', 'p50', 'p99', 'max', 'calls/s', 'reads', 'writes', 'p50 ÷ no-op', 'p50 ÷ get'],
          align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
          rows: summaryRows,
        },
        {
          title:
            'Reads ≤ 2× the one-document get, both readings (the time reading is the budget --check enforces; the ' +
            'count reading is a figure)',
          head: ['read', 'p50 ÷ get p50', 'by time', 'reads per call', 'reads ÷ get’s reads', 'by count'],
          align: ['l', 'r', 'l', 'r', 'r', 'l'],
          rows: [...measured.values()]
            .filter((m) => m.scenario.kind === 'read')
            .map((m) => {
              const t = ratio(m.latency.p50, get.latency.p50);
              const c = ratio(m.reads, get.reads);
              return [
                m.scenario.label,
                formatRatio(t),
                (t ?? Infinity) <= READ_RATIO_BUDGET ? 'within ×2' : 'over ×2',
                String(m.reads),
                formatRatio(c),
                (c ?? Infinity) <= READ_RATIO_BUDGET ? 'within ×2' : 'over ×2',
              ];
            }),
        },
        {
          title:
            'Where a page of the story list goes (first page, 10 of the published stories by date; medians of ' +
            'batches of 200)',
          head: ['step', 'time'],
          align: ['l', 'r'],
          rows: breakdown.map(([step, ms]) => [step, formatMs(ms)]),
        },
      ],
      notes,
      seconds: (nowMs() - started) / 1000,
    };
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times the parts of one story-list page: the SQL, the JSON, the store call, the whole action. */
async function listBreakdown(
  sqlite: SqliteStore,
  content: FunctionHandler,
  rounds: number,
): Promise<[string, number][]> {
  const query: FindQuery = {
    where: { status: 'published' },
    orderBy: [{ field: 'publishedAt', direction: 'desc' }],
    limit: 10,
  };
  const compiled = compileFind(DECLARATION, C.stories, query);
  const statement = sqlite.db.prepare(compiled.sql);
  const rows = statement.all(...compiled.params) as { data: string }[];
  const steps: [string, () => unknown][] = [
    ['the SQL statement alone (11 rows, better-sqlite3)', () => statement.all(...compiled.params)],
    ['`JSON.parse` of the 11 stored documents', () => rows.map((r) => JSON.parse(r.data) as unknown)],
    ['`store.find` (statement, documents, cursor)', () => sqlite.find(C.stories, query)],
    [
      'the whole `content.listStories` call through the entry',
      () => content({ action: 'listStories', data: { limit: 10 } }, { openid: 'demo-public' }),
    ],
  ];
  const times = new Map<string, number[]>(steps.map(([k]) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [k, f] of steps) {
      const t0 = nowMs();
      for (let i = 0; i < 200; i++) await f();
      times.get(k)!.push((nowMs() - t0) / 200);
    }
  }
  return steps.map(([k]) => [k, median(times.get(k)!)]);
}

/** Why a list page cannot cost ≤ 2× a one-document get: said once for every list row. */
function listPageNote(storyBytes: number): string {
  return (
    `Lists: a page of 10 cards fetches 11 whole story documents (${formatBytes(storyBytes)} of JSON each on ` +
    'average: the store port has no projection, so the blocks come along), parses them and validates 10 cards on ' +
    'output, where the floor parses one document and validates an empty reply; the breakdown table shows where the ' +
    'time goes. That is structural: no page of 10 can cost ≤ 2× a get of one unless its cards are stored together ' +
    '(a card projection in the store port, or a first page precomputed on publish).'
  );
}

const LIST_KEYS = new Set(['home', 'firstList', 'deepList', 'noticeList']);

/**
 * Why the 公示 list costs what it does: its query (the one `notice.listOpen` makes, repeated here)
 * as SQLite plans it, and the size of the documents it sorts and parses.
 */
function noticeListNote(
  m: Measured,
  get: Measured,
  sqlite: SqliteStore,
  now: Date,
  selection: { publicListed: number },
): string {
  const compiled = compileFind(DECLARATION, C.notices, {
    where: { onTab: true, closesAt: { gt: now.toISOString() } },
    orderBy: [{ field: 'closesAt', direction: 'asc' }],
    limit: 10,
  });
  const plan = (sqlite.db.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.params) as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');
  const bytes = (sqlite.db.prepare('SELECT avg(length(CAST(data AS BLOB))) AS n FROM notices').get() as { n: number })
    .n;
  const sorts = /TEMP B-TREE/.test(plan);
  return (
    `${m.scenario.label}: p50 is ${formatRatio(ratio(m.latency.p50, get.latency.p50))} the one-document get ` +
    `(budget ×${READ_RATIO_BUDGET}), ${m.reads} database read${m.reads === 1 ? '' : 's'} per call. ` +
    (sorts
      ? `SQLite sorts the open listed notices (${formatCount(selection.publicListed)} here, whole documents) in a ` +
        `temporary B-tree before taking the page (plan: ${plan}). `
      : `The (onTab, closesAt) index is read in order, no sort, whatever the number of open notices (plan: ${plan}). `) +
    `Then it parses 11 notice documents of ${formatBytes(bytes)} on average (each lists up to 50 nominees: the ` +
    'store port has no projection) to cut 10 cards. Within reach: a card stored apart from the entries.'
  );
}

/** The two readings of "reads ≤ 2× the one-document get", said once. */
function readingsNote(): string {
  return (
    '“Reads ≤ 2× the one-document get” has two readings. By time: a read action’s p50 ≤ 2 × the get’s p50, the ' +
    'reading --check enforces (no list page can meet it: see Lists). By count: database reads per call ≤ 2 × the ' +
    'get’s one read, i.e. at most 2; shown in the reads rows and the table above as a figure. The issue states the ' +
    'budget right after “database operations per call counted by a store wrapper” and beside “a notice view reads ' +
    'the database once”, which leans towards the count, but “reads” may as well name the read actions, so the time ' +
    'reading stays the one checked.'
  );
}

/** Why a read costs more than twice a one-document get: what it does, from the figures and the code. */
function explainRead(m: Measured, get: Measured): string {
  const r = formatRatio(ratio(m.latency.p50, get.latency.p50));
  const head =
    `${m.scenario.label}: p50 is ${r} the one-document get (budget ×${READ_RATIO_BUDGET}), ` +
    `${m.reads} database read${m.reads === 1 ? '' : 's'} per call. `;
  switch (m.scenario.key) {
    case 'home':
      return (
        head +
        'A story list page (see Lists), plus the campaign, the upcoming events and the 正在公示 card (the 公示 ' +
        'list’s query with a limit of 1, one whole notice document parsed: see the 公示 list); the reads run ' +
        'concurrently.'
      );
    case 'firstList':
    case 'deepList':
      return head + 'See Lists.';
    case 'story':
      return (
        head +
        'A story reply reads the story and the records beside it (counters, the caller’s like) and carries the ' +
        'whole story, blocks rendered and validated; the floor returns an empty reply after one get.'
      );
    case 'me':
      return (
        head +
        'A signed-in `me` reads the caller’s grants (in the entry), the user and the grants’ organizations (for ' +
        'current names): within reach by dropping the organizations read, as grants carry `orgName`, at the cost of ' +
        'stale names after a rename.'
      );
    case 'children':
      return head + 'One indexed query returning a level of up to 100 organizations, each parsed and validated.';
    case 'notice':
      return (
        head +
        'One get, but of a notice listing up to 50 nominees (public fields and short deeds: several KB of JSON, ' +
        'against a story id), each entry copied and validated on output, plus the period text.'
      );

    default:
      return head;
  }
}
