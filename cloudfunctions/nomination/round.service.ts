/**
 * Selection rounds: created and opened by the district's selection office. Before the first
 * submission a round is edited freely (each edit audited); the first submission freezes its rules
 * (`frozenAt`, set by `submit` in the same unit of work), after which a change is an amendment
 * with a written reason, recorded in the round's chain and its `amendments` list. A frozen round
 * keeps its stage list (kinds and tiers: nominations in flight point into it) and its target level;
 * notice rules, quotas, composition, quorum, objection policy, consultation departments, deed
 * limits and titles may be amended.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError, type FieldIssue } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import type { SelectionRoundConfig } from '../../shared/selection/round';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import { MAX_PAGE, type Doc, type Page, type Where } from '../_platform/store/store.port';
import type { NoticeDoc } from '../notice/notice.records';
import { loadRound } from './nomination.access';
import type { Amendment, RoundDoc } from './nomination.records';
import { holderName, presentRound } from './nomination.view';

type Actions = typeof import('../../shared/actions/nomination.schema').nominationActions;
type In<A extends keyof Actions> = ParsedInputOf<'nomination', A>;
type Out<A extends keyof Actions> = OutputOf<'nomination', A>;

function requireVersion(round: RoundDoc, version: number): void {
  if (round.version !== version) throw new AppError('CONFLICT', undefined, { current: presentRound(round) });
}

/** Every quota names an organization that exists. */
async function checkQuotaOrgs(ctx: CallContext, config: SelectionRoundConfig): Promise<void> {
  const ids = [...new Set(config.quotas.map((q) => q.orgId))];
  if (ids.length === 0) return;
  const found = new Set((await ctx.ports.store.getMany<Doc>(C.orgs, ids)).map((o) => o.id));
  const issues: FieldIssue[] = config.quotas.flatMap((q, i) =>
    found.has(q.orgId) ? [] : [{ path: ['config', 'quotas', i, 'orgId'], message: '组织不存在' }],
  );
  if (issues.length > 0) throw new AppError('BAD_REQUEST', issues[0]!.message, { issues });
}

export async function createRound(ctx: CallContext, input: In<'createRound'>): Promise<Out<'createRound'>> {
  await checkQuotaOrgs(ctx, input.config);
  const now = ctx.now.toISOString();
  const round: Omit<RoundDoc, 'version'> = {
    id: ctx.ports.random.id(),
    status: 'draft',
    config: input.config,
    createdAt: now,
    createdBy: ctx.openid ?? '',
    openedAt: null,
    frozenAt: null,
    amendments: [],
  };
  ctx.uow.insertAudited(C.selectionRounds, round, { action: 'round.create' });
  return { round: presentRound({ ...round, version: 1 }) };
}

export async function openRound(ctx: CallContext, input: In<'openRound'>): Promise<Out<'openRound'>> {
  const round = await loadRound(ctx, input.id);
  requireVersion(round, input.version);
  if (round.status !== 'draft') throw new AppError('WRONG_STATUS', '该评选已开放或已结束');
  const set = { status: 'open' as const, openedAt: ctx.now.toISOString() };
  ctx.uow.updateAudited(C.selectionRounds, round, set, { action: 'round.open' });
  return { round: presentRound({ ...round, ...set, version: round.version + 1 }) };
}

export async function getRound(ctx: CallContext, input: In<'getRound'>): Promise<Out<'getRound'>> {
  return { round: presentRound(await loadRound(ctx, input.id)) };
}

export async function listRounds(ctx: CallContext, input: In<'listRounds'>): Promise<Out<'listRounds'>> {
  const where: Where = input.status ? { status: input.status } : {};
  const page: Page<RoundDoc> = await ctx.ports.store.find<RoundDoc>(C.selectionRounds, {
    where,
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.map((r) => ({
      id: r.id,
      version: r.version,
      status: r.status,
      name: r.config.name,
      year: r.config.year,
      targetLevel: r.config.targetLevel,
      frozenAt: r.frozenAt,
      createdAt: r.createdAt,
    })),
    nextCursor: page.nextCursor,
  };
}

/** What a frozen round may not change: its target level and the kinds and tiers of its stages. */
function frozenIssues(before: SelectionRoundConfig, after: SelectionRoundConfig): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (before.targetLevel !== after.targetLevel) {
    issues.push({ path: ['config', 'targetLevel'], message: '评选规则已冻结，不能更改评选级别' });
  }
  const sameShape =
    before.stages.length === after.stages.length &&
    before.stages.every((s, i) => s.kind === after.stages[i]!.kind && s.tier === after.stages[i]!.tier);
  if (!sameShape) {
    issues.push({ path: ['config', 'stages'], message: '评选规则已冻结，不能增删或调整环节，只能修改公示期规则' });
  }
  return issues;
}

export async function amendRound(ctx: CallContext, input: In<'amendRound'>): Promise<Out<'amendRound'>> {
  const round = await loadRound(ctx, input.id);
  requireVersion(round, input.version);
  const before = round.config;
  const after = input.config;
  const changed = (Object.keys(after) as (keyof SelectionRoundConfig)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (changed.length === 0) {
    throw new AppError('BAD_REQUEST', '评选规则没有变化', { issues: [{ path: ['config'], message: '没有修改' }] });
  }
  if (changed.includes('quotas')) await checkQuotaOrgs(ctx, after);
  const fields = changed.map((k) => `config.${k}`);
  if (changed.includes('objectionPolicy')) await followObjectionPolicy(ctx, round.id, after);

  if (!round.frozenAt) {
    ctx.uow.updateAudited(
      C.selectionRounds,
      round,
      { config: after },
      { action: 'round.edit', fields, ...(input.reason ? { reason: input.reason } : {}) },
    );
    return { round: presentRound({ ...round, config: after, version: round.version + 1 }) };
  }

  if (!input.reason) throw new AppError('REASON_REQUIRED', '评选规则已冻结，修改须填写理由（将作为修订记录）');
  const issues = frozenIssues(before, after);
  if (issues.length > 0) throw new AppError('BAD_REQUEST', issues[0]!.message, { issues });
  const amendment: Amendment = {
    seq: round.amendments.length + 1,
    at: ctx.now.toISOString(),
    by: ctx.openid ?? '',
    byName: holderName(ctx.grants[0]!),
    reason: input.reason,
    fields: changed,
  };
  const set = { config: after, amendments: [...round.amendments, amendment] };
  ctx.uow.updateAudited(C.selectionRounds, round, set, {
    action: 'round.amend',
    fields: [...fields, 'amendments'],
    reason: input.reason,
  });
  return { round: presentRound({ ...round, ...set, version: round.version + 1 }) };
}

/**
 * The round's notices say whether a closed one still takes late objections (what the public
 * page offers); an amended objection policy updates them in the same unit of work.
 */
async function followObjectionPolicy(ctx: CallContext, roundId: string, after: SelectionRoundConfig): Promise<void> {
  const late = after.objectionPolicy.lateObjectionsUntilConferral;
  let cursor: string | null = null;
  do {
    const page: Page<NoticeDoc> = await ctx.ports.store.find<NoticeDoc>(C.notices, {
      where: { roundId },
      limit: MAX_PAGE,
      cursor,
    });
    for (const notice of page.items) {
      if ((notice.lateObjections ?? false) !== late) {
        ctx.uow.updateAudited(C.notices, notice, { lateObjections: late }, { action: 'notice.followRound' });
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
}

/**
 * The departments that can sign an opinion: those of the active department-reviewer grants on the
 * caller's district organization (where the consultation's reviewers are looked up), by name.
 */
export async function listReviewerDepartments(ctx: CallContext): Promise<Out<'listReviewerDepartments'>> {
  const district = ctx.grants.find((g) => g.role === 'cadre' && g.tier === 'district');
  if (!district) throw new AppError('FORBIDDEN');
  const page = await ctx.ports.store.find<Doc & Grant & { status: string }>(C.grants, {
    where: { orgId: district.orgId, status: 'active' },
    limit: 100,
  });
  const counts = new Map<string, number>();
  for (const g of page.items) {
    if (g.role === 'departmentReviewer' && g.department) counts.set(g.department, (counts.get(g.department) ?? 0) + 1);
  }
  const items = [...counts].map(([department, reviewers]) => ({ department, reviewers }));
  return { items: items.sort((a, b) => a.department.localeCompare(b.department, 'zh-Hans-CN')) };
}
