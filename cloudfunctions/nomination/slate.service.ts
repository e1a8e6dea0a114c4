/**
 * The slate (推荐名单) of one organization in a round (decision 0007): the nominations of its subtree
 * that reached its tier and hold a seat, its quota, the composition rules on the nominee flags, and
 * the written override of unmet rules. `checkGoingUp` is the workflow's gate: a nomination leaving a
 * tier (or the district's final stage) goes up only within the sending organization's quota, and
 * with every unmet composition rule covered by an override on record.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { SlateItem, SlateView } from '../../shared/actions/nomination-slate.schema';
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { TIER_OF_KIND, TIER_ZH, type Org, type Tier } from '../../shared/org';
import { STAGE_KIND_ZH, type Stage } from '../../shared/selection/round';
import {
  checkQuota,
  compositionApplies,
  evaluateComposition,
  overrideCovers,
  sendingTier,
  TIER_RANK,
  wouldExceedQuota,
  type RuleCheck,
} from '../../shared/selection/slate';
import type { TransitionResult } from '../../shared/selection/workflow';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Doc, Page, Store } from '../_platform/store/store.port';
import { loadRound, type Loaded } from './nomination.access';
import type { NominationDoc, RoundDoc, SentUp, SlateDoc } from './nomination.records';
import { orgAtTier } from './nomination.notify';
import { holderName } from './nomination.view';

type Actions = typeof import('../../shared/actions/nomination.schema').nominationActions;
type In<A extends keyof Actions> = ParsedInputOf<'nomination', A>;
type Out<A extends keyof Actions> = OutputOf<'nomination', A>;
type Moved = Extract<TransitionResult, { ok: true }>;

export type SlateOrg = Doc & Org & { tier: Tier };

/** Pages of 100 read at most for one slate: 5,000 nominations of one organization in one round. */
export const MAX_SLATE_PAGES = 50;

export function slateId(roundId: string, orgId: string): string {
  return `${roundId}:${orgId}`;
}

// ---------------------------------------------------------------------------------------------
// Reading a slate

/** Has the nomination reached `tier` (it is at a stage of that tier or above)? */
export function arrivedAt(doc: Pick<NominationDoc, 'stageTier'>, tier: Tier): boolean {
  return TIER_RANK[doc.stageTier] >= TIER_RANK[tier];
}

/** Has the organization of `tier` sent it on (a higher tier has it, or the district's final act is done)? */
export function sentOnBy(doc: Pick<NominationDoc, 'stageTier' | 'status'>, tier: Tier): boolean {
  return (
    TIER_RANK[doc.stageTier] > TIER_RANK[tier] ||
    (tier === 'district' && (doc.status === 'conferred' || doc.status === 'submittedUpward'))
  );
}

/**
 * The slate's nominations, a page at a time, in unit order: those of the round in the
 * organization's subtree that reached its tier and hold a seat. Bounded by MAX_SLATE_PAGES.
 */
export async function* slatePages(
  store: Store,
  roundId: string,
  org: Pick<SlateOrg, 'pathKey' | 'tier'>,
): AsyncGenerator<NominationDoc[]> {
  let cursor: string | null = null;
  for (let page = 0; page < MAX_SLATE_PAGES; page++) {
    const found: Page<NominationDoc> = await store.find<NominationDoc>(C.nominations, {
      where: { roundId, orgPathKey: { prefix: org.pathKey } },
      orderBy: [{ field: 'orgPathKey', direction: 'asc' }],
      limit: 100,
      cursor,
    });
    yield found.items.filter((d) => d.holdsSeat && arrivedAt(d, org.tier));
    cursor = found.nextCursor;
    if (!cursor) return;
  }
  throw new AppError('PAYLOAD_TOO_LARGE', `名单超过 ${MAX_SLATE_PAGES * 100} 条推荐，请按下级组织分别查看`);
}

export async function loadOrg(ctx: CallContext, id: string): Promise<SlateOrg> {
  const org = await ctx.ports.store.get<Doc & Org>(C.orgs, id);
  if (!org) throw new AppError('NOT_FOUND', '组织不存在');
  return { ...org, tier: TIER_OF_KIND[org.kind] };
}

/** The organization a slate call names (or the caller's own, the highest first), within the caller's reach. */
export async function slateOrg(ctx: CallContext, orgId: string | undefined): Promise<SlateOrg> {
  const cadres = ctx.grants.filter((g) => g.role === 'cadre');
  if (cadres.length === 0) throw new AppError('FORBIDDEN');
  if (!orgId) {
    const own = [...cadres].sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier])[0]!;
    return loadOrg(ctx, own.orgId);
  }
  const org = await loadOrg(ctx, orgId);
  requireOver(cadres, org.pathKey);
  return org;
}

/** A cadre of the organization itself writes its override (the sending organization explains). */
export function ownCadreGrant(ctx: CallContext, org: Pick<SlateOrg, 'id'>): Grant | null {
  return ctx.grants.find((g) => g.role === 'cadre' && g.orgId === org.id) ?? null;
}

/** Where the slate of a tier goes up, in words. */
export function goesUpZh(stages: readonly Stage[], tier: Tier): string {
  let last = -1;
  stages.forEach((s, i) => {
    if (s.tier === tier) last = i;
  });
  const stage = stages[last];
  if (!stage) return `本届评选没有${TIER_ZH[tier]}环节`;
  const next = stages[last + 1];
  const name = `「${TIER_ZH[tier]}${STAGE_KIND_ZH[stage.kind]}」`;
  if (stage.kind === 'conferral') return `${name}时核对：表彰名单须在名额内并符合比例结构`;
  if (stage.kind === 'submission') return `${name}时核对：上报名单须在名额内并符合比例结构`;
  return next ? `${name}完成、报${TIER_ZH[next.tier]}工会时核对` : `${name}完成时核对`;
}

export interface SlateSummary {
  quota: SlateView['quota'];
  composition: RuleCheck[];
  unmet: RuleCheck[];
  total: number;
}

/** Quota and composition of a slate from its nominations' flags and positions. */
export function summarize(
  round: RoundDoc,
  org: Pick<SlateOrg, 'id' | 'tier'>,
  docs: readonly Pick<NominationDoc, 'form' | 'stageTier' | 'status'>[],
): SlateSummary {
  const sent = docs.filter((d) => sentOnBy(d, org.tier)).length;
  const quota = checkQuota(
    round.config.quotas.find((q) => q.orgId === org.id),
    sent,
    docs.length - sent,
  );
  const composition = compositionApplies(org.tier)
    ? evaluateComposition(
        round.config.compositionRules,
        docs.map((d) => d.form.flags ?? []),
      )
    : [];
  return { quota, composition, unmet: composition.filter((r) => !r.met), total: docs.length };
}

export function slateItem(doc: NominationDoc, tier: Tier): SlateItem {
  return {
    id: doc.id,
    version: doc.version,
    name: doc.name,
    orgId: doc.orgId,
    orgName: doc.orgName,
    unitName: doc.form.unitName ?? '',
    position: doc.form.position ?? '',
    titleSought: doc.titleSought,
    flags: doc.form.flags ?? [],
    state: { stageIndex: doc.state.stageIndex, status: doc.state.status },
    stage: { index: doc.stageIndex, kind: doc.stageKind, tier: doc.stageTier },
    sentUp: sentOnBy(doc, tier),
  };
}

async function buildView(
  ctx: CallContext,
  round: RoundDoc,
  org: SlateOrg,
  page: { offset: number; limit: number },
): Promise<SlateView> {
  const docs: NominationDoc[] = [];
  for await (const items of slatePages(ctx.ports.store, round.id, org)) docs.push(...items);
  const summary = summarize(round, org, docs);
  const record = await ctx.ports.store.get<SlateDoc>(C.slates, slateId(round.id, org.id));
  const end = page.offset + page.limit;
  return {
    roundId: round.id,
    roundName: round.config.name,
    org: { id: org.id, name: org.name, tier: org.tier },
    goesUpZh: goesUpZh(round.config.stages, org.tier),
    quota: summary.quota,
    compositionApplies: compositionApplies(org.tier),
    composition: summary.composition,
    override: record?.override
      ? {
          reason: record.override.reason,
          byName: record.override.byName,
          at: record.override.at,
          ruleKeys: record.override.ruleKeys,
          covers: overrideCovers(record.override.ruleKeys, summary.unmet),
        }
      : null,
    canOverride: ownCadreGrant(ctx, org) !== null,
    version: record?.version ?? 0,
    total: docs.length,
    items: docs.slice(page.offset, end).map((d) => slateItem(d, org.tier)),
    nextCursor: end < docs.length ? String(end) : null,
  };
}

export async function getSlate(ctx: CallContext, input: In<'getSlate'>): Promise<Out<'getSlate'>> {
  const round = await loadRound(ctx, input.roundId);
  const org = await slateOrg(ctx, input.orgId);
  const offset = input.cursor ? Number(input.cursor) : 0;
  return { slate: await buildView(ctx, round, org, { offset, limit: input.limit ?? 20 }) };
}

/**
 * Records the written override (书面说明) of the rules unmet now, by a cadre of the organization;
 * audited on the slate record with the text as the reason. Conditional on the version the caller saw.
 */
export async function overrideSlate(ctx: CallContext, input: In<'overrideSlate'>): Promise<Out<'overrideSlate'>> {
  const round = await loadRound(ctx, input.roundId);
  const org = await slateOrg(ctx, input.orgId);
  const grant = ownCadreGrant(ctx, org);
  if (!grant) throw new AppError('FORBIDDEN', `书面说明须由「${org.name}」的干部填写`);
  const view = await buildView(ctx, round, org, { offset: 0, limit: 20 });
  if (input.version !== view.version) throw new AppError('CONFLICT', undefined, { current: view });
  const unmet = view.composition.filter((r) => !r.met);
  if (unmet.length === 0) {
    throw new AppError('BAD_REQUEST', '名单的比例结构均已达到要求，无需书面说明', {
      issues: [{ path: ['reason'], message: '名单的比例结构均已达到要求，无需书面说明' }],
    });
  }
  const now = ctx.now.toISOString();
  const existing = await ctx.ports.store.get<SlateDoc>(C.slates, slateId(round.id, org.id));
  const override: NonNullable<SlateDoc['override']> = {
    reason: input.reason,
    by: ctx.openid ?? '',
    byName: holderName(grant),
    at: now,
    ruleKeys: unmet.map((r) => r.key),
    seq: (existing?.auditSeq ?? 0) + 1,
  };
  const audit = { action: 'slate.override', reason: input.reason, fields: ['override'] };
  if (existing) ctx.uow.updateAudited(C.slates, existing, { override }, audit);
  else ctx.uow.insertAudited(C.slates, newSlateDoc(round, org, now, override), audit);
  return {
    slate: {
      ...view,
      version: view.version + 1,
      override: {
        reason: override.reason,
        byName: override.byName,
        at: override.at,
        ruleKeys: override.ruleKeys,
        covers: true,
      },
    },
  };
}

function newSlateDoc(
  round: RoundDoc,
  org: SlateOrg,
  now: string,
  override: SlateDoc['override'],
): Omit<SlateDoc, 'version'> {
  return {
    id: slateId(round.id, org.id),
    roundId: round.id,
    orgId: org.id,
    orgPathKey: org.pathKey,
    tier: org.tier,
    override,
    lastSentAt: null,
    createdAt: now,
  };
}

// ---------------------------------------------------------------------------------------------
// The gate on going up

/** The organization of `tier` on the nominating unit's path. */
export async function senderOf(
  ctx: CallContext,
  doc: Pick<NominationDoc, 'orgPathKey'>,
  tier: Tier,
): Promise<SlateOrg> {
  const org = await orgAtTier(ctx.ports.store, doc.orgPathKey, tier);
  if (!org) throw new AppError('INVALID_STATE', `推荐单位没有${TIER_ZH[tier]}上级组织`);
  return { ...org, tier };
}

/**
 * Called by the workflow for every move. When the move sends the nomination up (see
 * `sendingTier`), the sending organization's slate must stay within its quota (SLATE_OVER_QUOTA,
 * never overridable) and every composition rule it misses must be covered by the override on record
 * (SLATE_OVERRIDE_REQUIRED). The slate record is touched in the same unit of work, so two
 * nominations going up at once are serialized by its version. Returns what to record on the nomination.
 */
export async function checkGoingUp(ctx: CallContext, { doc, round }: Loaded, result: Moved): Promise<SentUp | null> {
  const final = result.effects.some((e) => e.kind === 'createHonour' || e.kind === 'submitUpward');
  const tier = sendingTier(round.config.stages, doc.stageIndex, result.state.stageIndex, final);
  if (!tier) return null;
  const org = await senderOf(ctx, doc, tier);
  const docs: NominationDoc[] = [];
  for await (const items of slatePages(ctx.ports.store, round.id, org)) docs.push(...items);
  const others = docs.filter((d) => d.id !== doc.id);
  const sentUp = others.filter((d) => sentOnBy(d, tier)).length;
  const quota = round.config.quotas.find((q) => q.orgId === org.id);
  if (wouldExceedQuota(quota, sentUp)) {
    throw new AppError(
      'SLATE_OVER_QUOTA',
      `「${org.name}」名额为 ${quota!.seats} 人，已上报 ${sentUp} 人，不能再上报；如需调整，请替换或撤回已上报的人选`,
    );
  }
  // The slate as it stands, with this nomination in it whatever its position in the scan.
  const summary = summarize(round, org, [...others, doc]);
  const record = await ctx.ports.store.get<SlateDoc>(C.slates, slateId(round.id, org.id));
  if (!overrideCovers(record?.override?.ruleKeys, summary.unmet)) {
    throw new AppError(
      'SLATE_OVERRIDE_REQUIRED',
      `「${org.name}」推荐名单的比例结构未达要求：${summary.unmet.map((r) => r.summaryZh).join('；')}。` +
        '须先在名单页填写书面说明后方可上报',
    );
  }
  const now = ctx.now.toISOString();
  if (quota || compositionApplies(tier)) {
    if (record) ctx.uow.update(C.slates, record, { lastSentAt: now });
    else {
      ctx.uow.insertAudited(
        C.slates,
        { ...newSlateDoc(round, org, now, null), lastSentAt: now },
        { action: 'slate.create' },
      );
    }
  }
  return {
    tier,
    orgId: org.id,
    at: now,
    override: summary.unmet.length > 0 && record?.override ? `${record.id}#${record.override.seq}` : null,
  };
}
