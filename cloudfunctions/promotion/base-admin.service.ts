/**
 * Volunteer service bases (志愿服务基地) as the cadres of their subtree manage them: the list (closed
 * ones too), create and edit with the organization, the leading model workers and the service areas,
 * 下线 (closed, off the readers' list, with a reason) and 重新上线. Every change is audited.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { VolunteerArea } from '../../shared/volunteer';
import { AppError } from '../../shared/errors';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Page } from '../_platform/store/store.port';
import type { BaseDoc } from '../content/story.records';
import { checkTexts, orgInReach } from './managed';

type Action = 'saveBase' | 'listManagedBases' | 'publishBase' | 'unpublishBase' | 'listLeaderCandidates';
type In<A extends Action> = ParsedInputOf<'promotion', A>;
type Out<A extends Action> = OutputOf<'promotion', A>;

type WorkerDoc = { id: string; version: number; name: string; orgPathKey: string; status?: string };

/** The highest of the grants the policy selected (as for stories and events). */
function rootOf(ctx: CallContext): string {
  return ctx.grants.map((g) => g.orgPathKey).sort((a, b) => a.length - b.length)[0]!;
}

async function baseInReach(ctx: CallContext, id: string): Promise<BaseDoc> {
  const base = await ctx.ports.store.get<BaseDoc>(C.bases, id);
  if (!base) throw new AppError('NOT_FOUND', '志愿服务基地不存在');
  requireOver(ctx.grants, base.orgPathKey);
  return base;
}

/** A volunteer service base led by model workers, at an organization of the caller's subtree. */
export async function saveBase(ctx: CallContext, input: In<'saveBase'>): Promise<Out<'saveBase'>> {
  const b = input.base;
  const org = await orgInReach(ctx, b.orgId);
  const leaders = await ctx.ports.store.getMany<WorkerDoc>(C.modelWorkers, b.leaderModelWorkerIds);
  if (leaders.length !== new Set(b.leaderModelWorkerIds).size)
    throw new AppError('NOT_FOUND', '带头劳模的档案不存在', {
      issues: [{ path: ['base', 'leaderModelWorkerIds'], message: '带头劳模的档案不存在' }],
    });
  await checkTexts(ctx, [b.name, b.description]);
  const byId = new Map(leaders.map((l) => [l.id, l.name]));
  const fields = {
    ...b,
    orgPathKey: org.pathKey,
    orgName: org.name,
    leaderNames: b.leaderModelWorkerIds.map((id) => byId.get(id)!),
  };
  if (!input.id) {
    const id = ctx.ports.random.id();
    ctx.uow.insertAudited(C.bases, { id, status: 'active', ...fields }, { action: 'base.create' });
    return { id, version: 1, status: 'active' };
  }
  const current = await baseInReach(ctx, input.id);
  ctx.uow.updateAudited(C.bases, { ...current, version: input.version ?? 0 }, fields, { action: 'base.edit' });
  return { id: current.id, version: (input.version ?? 0) + 1, status: current.status };
}

export async function listManagedBases(
  ctx: CallContext,
  input: In<'listManagedBases'>,
): Promise<Out<'listManagedBases'>> {
  const page: Page<BaseDoc> = await ctx.ports.store.find<BaseDoc>(C.bases, {
    where: { orgPathKey: { prefix: rootOf(ctx) } },
    orderBy: [{ field: 'name', direction: 'asc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.map((b) => ({
      id: b.id,
      version: b.version,
      status: b.status,
      name: b.name,
      orgId: b.orgId,
      orgName: b.orgName,
      leaderModelWorkerIds: b.leaderModelWorkerIds,
      leaderNames: b.leaderNames,
      areas: b.areas as VolunteerArea[],
      description: b.description,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function publishBase(ctx: CallContext, input: In<'publishBase'>): Promise<Out<'publishBase'>> {
  const current = await baseInReach(ctx, input.id);
  if (current.status === 'active')
    throw new AppError('CONFLICT', '基地已在展示中', { current: { status: current.status, version: current.version } });
  ctx.uow.updateAudited(
    C.bases,
    { ...current, version: input.version },
    { status: 'active' },
    { action: 'base.publish' },
  );
  return { id: current.id, version: input.version + 1, status: 'active' };
}

export async function unpublishBase(ctx: CallContext, input: In<'unpublishBase'>): Promise<Out<'unpublishBase'>> {
  const current = await baseInReach(ctx, input.id);
  if (current.status === 'closed')
    throw new AppError('CONFLICT', '基地已下线', { current: { status: current.status, version: current.version } });
  ctx.uow.updateAudited(
    C.bases,
    { ...current, version: input.version },
    { status: 'closed' },
    { action: 'base.unpublish', reason: input.reason },
  );
  return { id: current.id, version: input.version + 1, status: 'closed' };
}

/**
 * The model worker records of the caller's subtree (one indexed prefix query a page), for choosing
 * who leads a base. Records no longer active (deceased, revoked) are left out of the page.
 */
export async function listLeaderCandidates(
  ctx: CallContext,
  input: In<'listLeaderCandidates'>,
): Promise<Out<'listLeaderCandidates'>> {
  const page: Page<WorkerDoc> = await ctx.ports.store.find<WorkerDoc>(C.modelWorkers, {
    where: { orgPathKey: { prefix: rootOf(ctx) } },
    limit: 50,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.filter((w) => (w.status ?? 'active') === 'active').map((w) => ({ id: w.id, name: w.name })),
    nextCursor: page.nextCursor,
  };
}
