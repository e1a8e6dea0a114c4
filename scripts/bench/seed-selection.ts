/**
 * The selection part of the large benchmark database (issue 6: "2k nominations, 100k objections"),
 * cloned from the demo seed's shapes: nominations from `nomination-demo-2` (the demo's file at
 * 东湖街道's preliminary review), notices from `notice-demo-district` (the demo's open district
 * notice, made by `seedOpenNotice`), objections and objector identities as `filing.service.ts`
 * stores them (the identity apart, id = the objection's id; the filer only as `filerKey`).
 *
 * - 2,000 nominations of the demo round, spread over the demo's grassroots units: 1,000 in open
 *   middle-tier notices, 300 in open district notices, 200 in open unit notices, 500 elsewhere in
 *   the stages (drafts, Party consents, reviews, the final determination).
 * - The notices they sit in: at most 50 nominees each (openNotice's cap), opened on four mornings
 *   from 29 October to 3 November 2026, so all are open at `BENCH_NOW`.
 * - 100,000 objections to the nominees of those notices (about 66 each), filed between the notice's
 *   opening and `BENCH_NOW`: 90% online by 40,000 different people, the rest entered by a cadre from
 *   a phone call or a letter; 60% received, 25% verifying, 15% concluded (identity sealed).
 * - `REVIEW_POOL` more nominations submitted at 东湖街道's preliminary review: the review scenario
 *   passes a different one each call (a decision moves its file on, so it cannot be repeated).
 *
 * Deterministic: fixed clock, ids and names from the index, no randomness. The bulk (objections and
 * identities) goes in as plain inserts, without audit entries: an audited insert would add 200,000
 * audit rows that no measured path reads; the nominations and notices are inserted audited.
 */
import path from 'node:path';
import type { NominationForm } from '../../shared/actions/nomination.schema';
import type { Tier } from '../../shared/org';
import { C } from '../../cloudfunctions/_platform/collections';
import type { SqliteStore } from '../../cloudfunctions/_platform/store/sqlite.adapter';
import { UnitOfWork } from '../../cloudfunctions/_platform/unit-of-work';
import { DEMO_ORGS } from '../../cloudfunctions/_local/seed';
import { DEMO_ROUND_ID } from '../../cloudfunctions/_local/nomination-demo';
import type { NominationDoc, NoticeRecord, RoundDoc } from '../../cloudfunctions/nomination/nomination.records';
import { planPeriod } from '../../cloudfunctions/notice/notice.calendar';
import type { NoticeDoc, NoticeEntry } from '../../cloudfunctions/notice/notice.records';
import { filerKeyOf } from '../../cloudfunctions/objection/objection.access';
import type { ObjectionDoc, ObjectorIdentityDoc } from '../../cloudfunctions/objection/objection.records';
import { ROOT, type BenchContext } from './common';

export const NOMINATION_COUNT = 2_000;
export const OBJECTION_COUNT = 100_000;
/** Enough for a full run's review scenario: 100 warm-up calls, 20 rounds × 100, 1,000 diagnostic calls. */
export const REVIEW_POOL = 3_200;
/** Different people filing the seeded online objections. */
const OBJECTORS = 40_000;
const BATCH = 500;

/**
 * The seed's clock (the demo seed runs at it, so the demo's district notice opens then): Monday
 * 2 November 2026, 09:00 in Shanghai. Fixed, so the data and its audit hashes are the same everywhere.
 */
export const SEED_NOW = new Date('2026-11-02T01:00:00.000Z');
/**
 * The clock the handler and HTTP groups run at (a settable clock set to it at start): Tuesday
 * 3 November 2026, 11:00 in Shanghai, inside every seeded notice's period.
 */
export const BENCH_NOW = new Date('2026-11-03T03:00:00.000Z');
/** The mornings (09:00 Shanghai) the bench notices opened, in turn. */
const OPENINGS = ['2026-10-29', '2026-10-30', '2026-11-02', '2026-11-03'].map((d) => new Date(`${d}T01:00:00.000Z`));

/** The files whose change reseeds (the shapes cloned and the code that stores them). */
export const SELECTION_SOURCES = [
  path.join(ROOT, 'cloudfunctions', '_local', 'nomination-demo.ts'),
  path.join(ROOT, 'cloudfunctions', 'nomination', 'nomination.records.ts'),
  path.join(ROOT, 'cloudfunctions', 'notice', 'notice.records.ts'),
  path.join(ROOT, 'cloudfunctions', 'objection', 'objection.records.ts'),
  path.join(ROOT, 'cloudfunctions', 'objection', 'filing.service.ts'),
  __filename,
];

/** What the seed wrote, kept in the seed marker for the scenarios. */
export interface SelectionSeed {
  nominations: number;
  reviewPool: number;
  objections: number;
  identities: number;
  /** Every open notice (the demo's too), by tier. */
  notices: { id: string; tier: Tier; entries: number }[];
  /** Open district and middle-tier notices: what the 公示 tab lists. */
  publicListed: number;
  /** Every listed nominee of an open notice: `[noticeId, nominationId]`. */
  targets: [string, string][];
}

export const reviewPoolId = (i: number) => `bench-review-${String(i).padStart(5, '0')}`;
const nominationId = (i: number) => `bench-nomination-${String(i).padStart(5, '0')}`;

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛';
const GIVEN = ['立新', '红梅', '建华', '秀英', '志刚', '海燕', '国庆', '丽娟', '文博', '晓东', '春花', '卫东'];
const nameOf = (i: number) => SURNAMES[i % SURNAMES.length]! + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
const FLAGS: NominationForm['flags'][] = [
  ['frontLineWorker', 'woman'],
  ['technicalStaff'],
  ['frontLineWorker'],
  ['technicalStaff', 'woman'],
];
const FACTS = [
  '该同志申报材料中所列的技术革新成果系班组集体完成，个人作用有所夸大，请予以核实。',
  '听同事反映该同志曾有迟到早退情况，与事迹材料中“常年第一个到岗”的表述不符，请核查考勤记录。',
  '事迹材料中称服务居民三千余户，据了解实际签约户数与此有出入，希望组织认真核实。',
  '该同志所在单位曾发生安全生产问题，其作为负责人是否负有责任，请在评选前查明情况。',
];
const LEADS = [
  '可向班组其他成员了解，也可调阅项目立项和验收材料。',
  '可调阅单位近两年的考勤记录，并询问同部门同事。',
  '可向社区卫生服务中心调取签约服务台账核对。',
  '可向区应急管理部门查询相关事故调查报告。',
];

/** A stored document without what the store and the audit chain add. */
function strip<T extends { version: number; auditHead?: unknown; auditSeq?: unknown }>(
  doc: T,
): Omit<T, 'version' | 'auditHead' | 'auditSeq'> {
  const { version: _v, auditHead: _h, auditSeq: _s, ...rest } = doc;
  return rest;
}

type Period = { opensAt: string; closesAt: string; firstDay: string; lastDay: string; days: string[] };

export async function seedSelection(sqlite: SqliteStore, ctx: BenchContext): Promise<SelectionSeed> {
  const round = await sqlite.get<RoundDoc>(C.selectionRounds, DEMO_ROUND_ID);
  const nominationTemplate = await sqlite.get<NominationDoc>(C.nominations, 'nomination-demo-2');
  const noticeTemplate = await sqlite.get<NoticeDoc>(C.notices, 'notice-demo-district');
  if (!round || !nominationTemplate || !noticeTemplate) {
    throw new Error('the demo seed has no round-2027, nomination-demo-2 or notice-demo-district to clone');
  }
  const stages = round.config.stages;
  const stageOf = (kind: string, tier: Tier) => {
    const i = stages.findIndex((s) => s.kind === kind && s.tier === tier);
    if (i < 0) throw new Error(`the demo round has no ${tier} ${kind} stage`);
    return i;
  };
  const noticeStage: Record<Tier, number> = {
    grassroots: stageOf('notice', 'grassroots'),
    middle: stageOf('notice', 'middle'),
    district: stageOf('notice', 'district'),
  };
  const rule = (i: number) => {
    const s = stages[i]!;
    if (s.kind !== 'notice') throw new Error(`stage ${i} is not a notice`);
    return s.noticeRule;
  };
  const periods = new Map<string, Period>();
  const periodAt = (opens: Date, stageIndex: number, open = true): Period => {
    const key = `${opens.toISOString()}:${stageIndex}`;
    let p = periods.get(key);
    if (!p) {
      const plan = planPeriod(opens, rule(stageIndex), []);
      if (!plan.ok) throw new Error(`the calendar lacks ${plan.years.join(', ')} for the bench notices`);
      const { opensAt, closesAt, firstDay, lastDay, days } = plan.period;
      p = { opensAt, closesAt, firstDay, lastDay, days };
      // The groups run for minutes from BENCH_NOW: every notice must stay open well past it.
      const openAtBench =
        opensAt <= BENCH_NOW.toISOString() && closesAt > new Date(BENCH_NOW.getTime() + 86_400_000).toISOString();
      if (open && !openAtBench) throw new Error(`a bench notice (${opensAt} to ${closesAt}) is not open at BENCH_NOW`);
      periods.set(key, p);
    }
    return p;
  };
  const closedHistory = (before: number): NoticeRecord[] =>
    (['grassroots', 'middle', 'district'] as const)
      .map((t) => noticeStage[t])
      .filter((i) => i < before)
      .map((i, n) => {
        const p = periodAt(new Date(Date.UTC(2026, 8, 2 + n * 14, 1)), i, false);
        return {
          stageIndex: i,
          tier: stages[i]!.tier,
          rule: rule(i),
          ...p,
          outcome: 'closed',
          endedAt: p.closesAt,
          statement: 'noObjection',
        };
      });

  const orgs = new Map(DEMO_ORGS.map((o) => [o.id, o]));
  const pathKeys = new Map<string, string>();
  for (const o of DEMO_ORGS) {
    const doc = await sqlite.get<{ id: string; version: number; pathKey: string }>(C.orgs, o.id);
    if (doc) pathKeys.set(o.id, doc.pathKey);
  }
  const units = DEMO_ORGS.filter((o) => o.kind === 'grassroots');
  const middleOf = (unitId: string) => orgs.get(orgs.get(unitId)!.parent!)!;
  const base = strip(nominationTemplate);
  const at = SEED_NOW.toISOString();

  let uow = new UnitOfWork('bench-seed', SEED_NOW);
  const flush = async (force = false) => {
    if (uow.ops.length && (force || uow.ops.length >= BATCH)) {
      await sqlite.commit(uow.ops);
      uow = new UnitOfWork('bench-seed', SEED_NOW);
    }
  };

  /** Nomination `i` (of `unitId`) at `stageIndex` in `status`, its notice history, maybe a running notice. */
  const nomination = (
    id: string,
    i: number,
    unitId: string,
    stageIndex: number,
    status: NominationDoc['status'],
    running: { noticeId: string; period: Period } | null,
  ): Omit<NominationDoc, 'version'> => {
    const unit = orgs.get(unitId)!;
    const name = nameOf(i);
    const form = {
      ...base.form,
      name,
      gender: i % 2 ? 'male' : 'female',
      unitName: unit.name.replace(/工会$/, ''),
      flags: FLAGS[i % FLAGS.length]!,
      shortDeeds: `${name}同志扎根一线${10 + (i % 20)}年，${base.form.shortDeeds ?? ''}`.slice(0, 100),
      publicationConsent: base.form.publicationConsent
        ? { ...base.form.publicationConsent, signer: name }
        : base.form.publicationConsent,
    } as NominationForm;
    const stage = stages[stageIndex]!;
    const notices = closedHistory(stageIndex);
    if (running) {
      notices.push({
        noticeId: running.noticeId,
        stageIndex,
        tier: stage.tier,
        rule: rule(stageIndex),
        ...running.period,
        outcome: null,
        endedAt: null,
        statement: null,
      });
    }
    return {
      ...base,
      id,
      orgId: unitId,
      orgPathKey: pathKeys.get(unitId)!,
      orgName: unit.name,
      state: { stageIndex, status },
      stageIndex,
      status,
      stageKind: stage.kind,
      stageTier: stage.tier,
      stageEnteredAt: running ? running.period.opensAt : base.stageEnteredAt,
      deadlineAt: running ? running.period.closesAt : null,
      form,
      name,
      // Drafts have no recommendation or consent yet; the rest keep the template's.
      ...(stageIndex === 0 ? { recommendation: null, partyConsents: [] } : {}),
      notices,
      updatedAt: running ? running.period.opensAt : base.updatedAt,
    };
  };
  const entryOf = (n: Omit<NominationDoc, 'version'>): NoticeEntry => ({
    nominationId: n.id,
    name: n.form.name ?? '',
    gender: n.form.gender ?? null,
    unitName: n.form.unitName ?? '',
    position: n.form.position ?? '',
    titleSought: n.form.titleSought ?? '',
    shortDeeds: n.form.shortDeeds ?? '',
    status: 'listed',
    statement: null,
  });

  // ---- 2,000 nominations; those in notices grouped by (tier, publishing organization) ----
  const phaseOf = (i: number): { tier: Tier } | { stageIndex: number; status: NominationDoc['status'] } => {
    if (i < 1000) return { tier: 'middle' };
    if (i < 1300) return { tier: 'district' };
    if (i < 1500) return { tier: 'grassroots' };
    const other = [
      { stageIndex: 0, status: 'draft' as const },
      { stageIndex: stageOf('partyConsent', 'grassroots'), status: 'submitted' as const },
      { stageIndex: stageOf('partyConsent', 'middle'), status: 'submitted' as const },
      { stageIndex: stageOf('secondaryReview', 'district'), status: 'submitted' as const },
      { stageIndex: stageOf('finalDetermination', 'district'), status: 'submitted' as const },
    ];
    return other[i % other.length]!;
  };
  const groups = new Map<string, { tier: Tier; orgId: string; members: number[] }>();
  for (let i = 0; i < NOMINATION_COUNT; i++) {
    const phase = phaseOf(i);
    const unitId = units[i % units.length]!.id;
    if ('tier' in phase) {
      const orgId = phase.tier === 'grassroots' ? unitId : phase.tier === 'middle' ? middleOf(unitId).id : 'district';
      const key = `${phase.tier}:${orgId}`;
      const g = groups.get(key) ?? { tier: phase.tier, orgId, members: [] };
      g.members.push(i);
      groups.set(key, g);
      continue;
    }
    uow.insertAudited(C.nominations, nomination(nominationId(i), i, unitId, phase.stageIndex, phase.status, null), {
      action: 'nomination.create',
      reason: 'bench seed',
    });
    uow.insert(C.nomineeIdentities, { id: nominationId(i), idNumber: null, updatedAt: at });
    await flush();
  }

  const demoEntries = noticeTemplate.entries.filter((e) => e.status === 'listed');
  const seeded: SelectionSeed = {
    nominations: NOMINATION_COUNT,
    reviewPool: REVIEW_POOL,
    objections: OBJECTION_COUNT,
    identities: 0,
    notices: [{ id: noticeTemplate.id, tier: noticeTemplate.tier, entries: demoEntries.length }],
    publicListed: 1,
    targets: demoEntries.map((e) => [noticeTemplate.id, e.nominationId]),
  };
  const noticeBase = strip(noticeTemplate);
  let noticeNo = 0;
  for (const g of groups.values()) {
    const stageIndex = noticeStage[g.tier];
    for (let from = 0; from < g.members.length; from += 50) {
      const members = g.members.slice(from, from + 50);
      const noticeId = `bench-notice-${String(noticeNo).padStart(3, '0')}`;
      const period = periodAt(OPENINGS[noticeNo % OPENINGS.length]!, stageIndex);
      noticeNo++;
      const entries: NoticeEntry[] = [];
      for (const i of members) {
        const n = nomination(nominationId(i), i, units[i % units.length]!.id, stageIndex, 'inNotice', {
          noticeId,
          period,
        });
        uow.insertAudited(C.nominations, n, { action: 'nomination.create', reason: 'bench seed' });
        uow.insert(C.nomineeIdentities, { id: n.id, idNumber: null, updatedAt: at });
        entries.push(entryOf(n));
        seeded.targets.push([noticeId, n.id]);
        await flush();
      }
      const org = orgs.get(g.orgId)!;
      const notice: Omit<NoticeDoc, 'version'> = {
        ...noticeBase,
        id: noticeId,
        stageIndex,
        tier: g.tier,
        onTab: g.tier !== 'grassroots',
        orgId: org.id,
        orgName: org.name,
        orgPathKey: pathKeys.get(org.id)!,
        title: `${round.config.name}${org.name.replace(/工会$/, '')}推荐人选公示（第${from / 50 + 1}批）`,
        rule: rule(stageIndex),
        ...period,
        periodSource: 'calendar',
        entries,
        // The demo notice's poster code stands in (its scene names the demo notice).
        createdAt: period.opensAt,
        updatedAt: period.opensAt,
      };
      uow.insertAudited(C.notices, notice, { action: 'notice.open', reason: 'bench seed' });
      seeded.notices.push({ id: noticeId, tier: g.tier, entries: entries.length });
      if (g.tier !== 'grassroots') seeded.publicListed++;
      await flush();
    }
  }
  ctx.log(`  ${NOMINATION_COUNT} nominations in ${seeded.notices.length} open notices and elsewhere…`);

  // ---- The review pool: submitted at 东湖街道's preliminary review (its units: 东湖公交, 东湖社区卫生) ----
  const reviewStage = stageOf('preliminaryReview', 'middle');
  const eastUnits = units.filter((u) => u.parent === 'sub-east');
  for (let i = 0; i < REVIEW_POOL; i++) {
    const n = nomination(
      reviewPoolId(i),
      NOMINATION_COUNT + i,
      eastUnits[i % eastUnits.length]!.id,
      reviewStage,
      'submitted',
      null,
    );
    uow.insertAudited(C.nominations, n, { action: 'nomination.create', reason: 'bench seed' });
    uow.insert(C.nomineeIdentities, { id: n.id, idNumber: null, updatedAt: at });
    await flush();
  }
  await flush(true);

  // ---- 100,000 objections (plain inserts) and their objectors' identities, apart ----
  const notices = new Map<
    string,
    Period & {
      title: string;
      tier: Tier;
      orgId: string;
      orgName: string;
      orgPathKey: string;
      stageIndex: number;
      roundId: string;
    }
  >();
  for (const { id } of seeded.notices) {
    const n = await sqlite.get<NoticeDoc>(C.notices, id);
    if (!n) throw new Error(`notice ${id} was not written`);
    notices.set(id, n);
  }
  const nominees = new Map<string, { name: string; orgPathKey: string }>();
  for (const [, id] of seeded.targets) {
    const n = await sqlite.get<NominationDoc>(C.nominations, id);
    if (!n) throw new Error(`nomination ${id} was not written`);
    nominees.set(id, { name: n.name, orgPathKey: n.orgPathKey });
  }
  const nowMs = BENCH_NOW.getTime();
  for (let k = 0; k < OBJECTION_COUNT; k++) {
    const [noticeId, nomineeId] = seeded.targets[k % seeded.targets.length]!;
    const notice = notices.get(noticeId)!;
    const nominee = nominees.get(nomineeId)!;
    const opened = new Date(notice.opensAt).getTime();
    const createdAt = new Date(
      opened + ((Math.imul(k + 1, 2654435761) >>> 0) % Math.max(1, nowMs - opened)),
    ).toISOString();
    const channel: ObjectionDoc['channel'] = k % 20 === 3 ? 'phone' : k % 30 === 7 ? 'letter' : 'online';
    const kind: 'person' | 'unit' = k % 10 === 9 ? 'unit' : 'person';
    const phase = k % 20;
    const status: ObjectionDoc['status'] = phase < 12 ? 'received' : phase < 17 ? 'verifying' : 'concluded';
    const concluded = status === 'concluded';
    const id = `bench-objection-${String(k).padStart(6, '0')}`;
    const openid = channel === 'online' ? `bench-objector-${k % OBJECTORS}` : null;
    const identityName = kind === 'unit' ? `${nameOf(k + 7)}所在单位工会` : nameOf(k + 7);
    const doc: Omit<ObjectionDoc, 'version' | 'auditHead' | 'auditSeq'> = {
      id,
      caseNo: `YY-2026-${String(k).padStart(6, '0')}`,
      noticeId,
      nominationId: nomineeId,
      roundId: notice.roundId,
      nomineeName: nominee.name,
      tier: notice.tier,
      orgId: notice.orgId,
      orgPathKey: notice.orgPathKey,
      channel,
      objectorKind: kind,
      facts: FACTS[k % FACTS.length]!,
      evidenceFileIds: [],
      late: false,
      contentCheck: 'pass',
      status,
      finding: concluded
        ? (['unsubstantiated', 'unverifiable', 'partlySubstantiated', 'substantiated'] as const)[k % 4]!
        : null,
      filerKey: openid ? filerKeyOf(openid) : null,
      dueAt: new Date(new Date(createdAt).getTime() + 15 * 86_400_000).toISOString(),
      identitySealedAt: concluded ? at : null,
      identityEraseAt: concluded ? new Date(SEED_NOW.getTime() + 365 * 86_400_000).toISOString() : null,
      identityErasedAt: null,
      createdAt,
      updatedAt: createdAt,
      noticeTitle: notice.title,
      stageIndex: notice.stageIndex,
      orgName: notice.orgName,
      nomineeOrgPathKey: nominee.orgPathKey,
      leads: LEADS[k % LEADS.length]!,
      contentCheckAttempts: 0,
      contentRisky: false,
      assignee: status === 'received' ? null : '评选办 王志远',
      notes: [],
      verification: null,
      verificationOrgPathKey: null,
      reply: concluded ? '经核查，相关情况已查明，现将核查结论答复如下。' : null,
      concludedAt: concluded ? at : null,
      recordedBy: channel === 'online' ? null : 'demo-middle',
    };
    uow.insert(C.objections, doc);
    const identity: Omit<ObjectorIdentityDoc, 'version' | 'auditHead' | 'auditSeq'> = {
      id,
      kind,
      name: identityName,
      phone: `139${String(k % 100_000_000).padStart(8, '0')}`,
      ...(kind === 'unit' ? { contact: nameOf(k + 11), sealStatement: '加盖单位公章的书面异议已寄送受理机构' } : {}),
      openid,
      erasedAt: null,
      sealedAt: concluded ? at : null,
      readCount: 0,
    };
    uow.insert(C.objectorIdentities, identity);
    seeded.identities++;
    await flush();
    if ((k + 1) % 25_000 === 0) ctx.log(`  ${(k + 1).toLocaleString('en-US')} objections…`);
  }
  await flush(true);
  return seeded;
}

/**
 * The `objection.file` input of bench filing `n` (handlers and HTTP): a listed nominee of an open
 * notice, spread over the targets, by a person with a phone code of their own.
 */
export function benchObjectionInput(
  targets: [string, string][],
  n: number,
): {
  noticeId: string;
  nominationId: string;
  objector: { kind: 'person'; name: string; phoneCode: string };
  facts: string;
  leads: string;
} {
  const [noticeId, nominationId] = targets[(Math.imul(n + 1, 2654435761) >>> 0) % targets.length]!;
  return {
    noticeId,
    nominationId,
    objector: {
      kind: 'person',
      name: nameOf(n + 3),
      phoneCode: `phone:138${String(n % 100_000_000).padStart(8, '0')}`,
    },
    facts: FACTS[n % FACTS.length]!,
    leads: LEADS[n % LEADS.length]!,
  };
}
