/**
 * Opening a public notice: a cadre of the stage's tier puts the nominations of their subtree that
 * wait at the same notice stage of a round on ONE notice, published by their organization. One
 * unit of work creates the notice (public fields copied from the forms) and moves every selected
 * nomination into 公示中 through the state machine, each conditional on the version the cadre saw:
 * any refusal or stale version and nothing is written.
 *
 * The period (decision 0004) opens now and closes at 00:00 after its last counted day. For a year
 * the calendar lacks, the reply is CALENDAR_MISSING with proposed days (`current`); the cadre opens
 * with `confirmedDays` (periodSource `confirmed`), or the district enters the year's schedule.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { inSubtree, TIER_ZH, type Tier } from '../../shared/org';
import { STAGE_KIND_ZH, type Stage } from '../../shared/selection/round';
import type { NoticePeriod } from '../../shared/calendar/notice-period';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Page, Where } from '../_platform/store/store.port';
import { MAX_PAGE } from '../_platform/store/store.port';
import { factsOf, loadForAction, loadRound, run, type Loaded } from '../nomination/nomination.access';
import type { NominationDoc, RoundDoc } from '../nomination/nomination.records';
import { enterNotice } from '../nomination/workflow.service';
import { confirmedPeriod, loadOverrides, periodPreview, planPeriod, planToReply } from './notice.calendar';
import type { NoticeDoc, NoticeEntry } from './notice.records';
import { presentAdmin, ruleZh } from './notice.view';

/** The notice detail page; the poster's code opens it (`scene` = the notice id, 32 characters). */
export const NOTICE_PAGE = 'public/pages/notice/index';

function noticeStage(round: RoundDoc, index: number): Extract<Stage, { kind: 'notice' }> {
  const stage = round.config.stages[index];
  if (!stage) throw new AppError('NOT_FOUND', '评选没有该环节');
  if (stage.kind !== 'notice') {
    throw new AppError('WRONG_STAGE', `该环节为「${TIER_ZH[stage.tier]}${STAGE_KIND_ZH[stage.kind]}」，不是公示环节`);
  }
  return stage;
}

/** The caller's cadre grants at the stage's tier: only they publish its notice. */
function publishingGrants(ctx: CallContext, tier: Tier): Grant[] {
  const grants = ctx.grants.filter((g) => g.role === 'cadre' && g.tier === tier);
  if (grants.length === 0) {
    throw new AppError('WRONG_TIER', `${TIER_ZH[tier]}公示须由${TIER_ZH[tier]}工会发布`);
  }
  return grants;
}

const DEFAULT_TITLE: Record<Tier, string> = {
  grassroots: '推荐人选单位公示',
  middle: '推荐人选公示',
  district: '推荐人选公示',
};

function defaultTitle(round: RoundDoc, tier: Tier): string {
  return `${round.config.name}${DEFAULT_TITLE[tier]}`;
}

export async function prepareNotice(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'prepareNotice'>,
): Promise<OutputOf<'notice', 'prepareNotice'>> {
  const round = await loadRound(ctx, input.roundId);
  const stage = noticeStage(round, input.stageIndex);
  const grant = publishingGrants(ctx, stage.tier)[0]!;
  const where: Where = {
    roundId: round.id,
    stageIndex: input.stageIndex,
    status: 'submitted',
    orgPathKey: { prefix: grant.orgPathKey },
  };
  const candidates: NominationDoc[] = [];
  let cursor: string | null = null;
  // A stage of one organization's subtree holds at most a few dozen nominations.
  for (let pages = 0; pages < 5; pages++) {
    const page: Page<NominationDoc> = await ctx.ports.store.find<NominationDoc>(C.nominations, {
      where,
      orderBy: [{ field: 'updatedAt', direction: 'asc' }],
      limit: MAX_PAGE,
      cursor,
    });
    candidates.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  const overrides = await loadOverrides(ctx.ports.store);
  return {
    roundName: round.config.name,
    stage: {
      index: input.stageIndex,
      tier: stage.tier,
      rule: { kind: stage.noticeRule.kind, days: stage.noticeRule.days },
      ruleZh: ruleZh(stage.noticeRule),
    },
    org: { id: grant.orgId, name: grant.orgName },
    candidates: candidates.map((n) => ({
      id: n.id,
      version: n.version,
      name: n.name,
      orgName: n.orgName,
      unitName: n.form.unitName ?? '',
      titleSought: n.titleSought,
    })),
    period: planToReply(planPeriod(ctx.now, stage.noticeRule, overrides?.schedules ?? [])),
  };
}

/** A refusal about one of several nominees names them. */
function named<T>(one: Loaded, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof AppError && one.doc.name) throw new AppError(e.code, `${one.doc.name}：${e.message}`, e.extra);
    throw e;
  }
}

function entryOf(doc: NominationDoc): NoticeEntry {
  const f = doc.form;
  return {
    nominationId: doc.id,
    name: f.name ?? doc.name,
    gender: f.gender ?? null,
    unitName: f.unitName ?? '',
    position: f.position ?? '',
    titleSought: f.titleSought ?? doc.titleSought,
    shortDeeds: f.shortDeeds ?? '',
    status: 'listed',
    statement: null,
  };
}

export async function openNotice(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'openNotice'>,
): Promise<OutputOf<'notice', 'openNotice'>> {
  const round = await loadRound(ctx, input.roundId);

  // Each nomination: it exists, the caller reaches it, the caller saw its current version, and the
  // state machine lets this caller open its notice now (stage, status, role, tier: its own codes).
  const loaded: Loaded[] = [];
  for (const selected of input.nominations) {
    const one = await loadForAction(ctx, selected);
    named(one, () => run(one, 'openNotice', factsOf(one.doc, one.round)));
    if (one.doc.roundId !== round.id || one.doc.stageIndex !== input.stageIndex) {
      throw new AppError('WRONG_STAGE', `${one.doc.name || '该人选'}不在本次公示的环节`);
    }
    loaded.push(one);
  }
  const stage = noticeStage(round, input.stageIndex);
  const grants = publishingGrants(ctx, stage.tier);
  const grant = grants.find((g) => loaded.every((l) => inSubtree(g.orgPathKey, l.doc.orgPathKey)));
  if (!grant) throw new AppError('FORBIDDEN', '所选人选须都在本单位管理范围内');

  // The period: the calendar (with the district's overrides), or the days the cadre confirmed.
  const overrides = await loadOverrides(ctx.ports.store);
  const plan = planPeriod(ctx.now, stage.noticeRule, overrides?.schedules ?? []);
  let period: NoticePeriod;
  let periodSource: NoticeDoc['periodSource'];
  if (plan.ok) {
    period = plan.period;
    periodSource = plan.source;
  } else if (input.confirmedDays) {
    period = confirmedPeriod(ctx.now, stage.noticeRule, input.confirmedDays);
    periodSource = 'confirmed';
  } else {
    throw new AppError(
      'CALENDAR_MISSING',
      `${plan.years.join('、')}年的节假日安排尚未公布：请核对建议的公示日期后确认，或请区总工会先录入当年安排`,
      { current: { years: plan.years, proposal: periodPreview(plan.proposal) } },
    );
  }

  const noticeId = ctx.ports.random.id();
  const moved: NominationDoc[] = [];
  for (const one of loaded) moved.push(await enterNotice(ctx, one, { noticeId, period }));

  let codeFileId: string | null = null;
  try {
    codeFileId = await ctx.ports.miniCode.codeFor({
      page: NOTICE_PAGE,
      scene: noticeId,
      h5Path: `${NOTICE_PAGE}?id=${noticeId}`,
    });
  } catch (e) {
    // The notice opens anyway; its poster then shows the page path instead of a code.
    ctx.ports.logger.error('poster code failed', { noticeId, error: e instanceof Error ? e.message : String(e) });
  }

  const now = ctx.now.toISOString();
  const doc: Omit<NoticeDoc, 'version'> = {
    id: noticeId,
    roundId: round.id,
    roundName: round.config.name,
    stageIndex: input.stageIndex,
    tier: stage.tier,
    onTab: stage.tier !== 'grassroots',
    lateObjections: round.config.objectionPolicy.lateObjectionsUntilConferral,
    orgId: grant.orgId,
    orgName: grant.orgName,
    orgPathKey: grant.orgPathKey,
    title: input.title ?? defaultTitle(round, stage.tier),
    rule: { kind: stage.noticeRule.kind, days: stage.noticeRule.days },
    opensAt: period.opensAt,
    closesAt: period.closesAt,
    firstDay: period.firstDay,
    lastDay: period.lastDay,
    days: period.days,
    periodSource,
    office: {
      name: input.office.name,
      phone: input.office.phone,
      address: input.office.address,
      ...(input.office.email ? { email: input.office.email } : {}),
    },
    entries: loaded.map((l) => entryOf(l.doc)),
    posting: null,
    settledAt: null,
    codeFileId,
    createdAt: now,
    createdBy: ctx.openid ?? 'anonymous',
    updatedAt: now,
  };
  ctx.uow.insertAudited(C.notices, doc, {
    action: 'notice.open',
    reason: `${moved.length}名人选；${periodSource}`,
  });
  return {
    notice: presentAdmin(ctx.ports, { ...doc, version: 1 }, ctx.now),
    nominations: moved.map((n) => ({ id: n.id, version: n.version })),
  };
}
