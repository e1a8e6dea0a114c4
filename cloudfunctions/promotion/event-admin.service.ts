/** Events of the caller's own subtree (volunteer service bases: base-admin.service.ts). */
import { randomInt } from 'node:crypto';
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Page } from '../_platform/store/store.port';
import type { BaseDoc, EventDoc } from '../content/story.records';
import { checkTexts, orgInReach } from './managed';

type Action = 'listManagedEvents' | 'saveEvent' | 'publishEvent' | 'cancelEvent';
type In<A extends Action> = ParsedInputOf<'promotion', A>;
type Out<A extends Action> = OutputOf<'promotion', A>;

async function eventInReach(ctx: CallContext, id: string): Promise<EventDoc> {
  const event = await ctx.ports.store.get<EventDoc>(C.events, id);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  requireOver(ctx.grants, event.orgPathKey);
  return event;
}

/**
 * The events of the caller's subtree (the highest of the grants the policy selected, as for stories),
 * drafts and cancelled ones too, with the check-in code the organizer shows on the day.
 */
export async function listManagedEvents(
  ctx: CallContext,
  input: In<'listManagedEvents'>,
): Promise<Out<'listManagedEvents'>> {
  const root = ctx.grants.map((g) => g.orgPathKey).sort((a, b) => a.length - b.length)[0]!;
  const page: Page<EventDoc> = await ctx.ports.store.find<EventDoc>(C.events, {
    where: { orgPathKey: { prefix: root } },
    orderBy: [{ field: 'startsAt', direction: 'desc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.map((e) => ({
      id: e.id,
      version: e.version,
      status: e.status,
      kind: e.kind,
      title: e.title,
      description: e.description,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      place: e.place,
      capacity: e.capacity,
      signedUp: e.signedUp,
      orgId: e.orgId,
      orgName: e.orgName,
      ...(e.baseId ? { baseId: e.baseId } : {}),
      ...(e.hours !== undefined ? { hours: e.hours } : {}),
      checkinCode: e.checkinCode,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function saveEvent(ctx: CallContext, input: In<'saveEvent'>): Promise<Out<'saveEvent'>> {
  const e = input.event;
  if (e.endsAt <= e.startsAt)
    throw new AppError('BAD_REQUEST', '结束时间应晚于开始时间', {
      issues: [{ path: ['event', 'endsAt'], message: '结束时间应晚于开始时间' }],
    });
  const org = await orgInReach(ctx, e.orgId);
  if (e.baseId) {
    const base = await ctx.ports.store.get<BaseDoc>(C.bases, e.baseId);
    if (!base) throw new AppError('NOT_FOUND', '志愿服务基地不存在');
    requireOver(ctx.grants, base.orgPathKey);
  }
  await checkTexts(ctx, [e.title, e.description, e.place]);
  const fields = {
    ...e,
    startsAt: new Date(e.startsAt).toISOString(),
    endsAt: new Date(e.endsAt).toISOString(),
    orgPathKey: org.pathKey,
    orgName: org.name,
  };
  if (!input.id) {
    const id = ctx.ports.random.id();
    const checkinCode = String(randomInt(0, 1_000_000)).padStart(6, '0');
    ctx.uow.insertAudited(
      C.events,
      { id, status: 'draft', signedUp: 0, checkinCode, ...fields },
      { action: 'event.create' },
    );
    return { id, version: 1, status: 'draft', checkinCode };
  }
  const current = await eventInReach(ctx, input.id);
  if (e.capacity < current.signedUp) {
    throw new AppError('BAD_REQUEST', `已有 ${current.signedUp} 人报名，名额不能少于报名人数`, {
      issues: [{ path: ['event', 'capacity'], message: '名额不能少于已报名人数' }],
    });
  }
  ctx.uow.updateAudited(C.events, { ...current, version: input.version ?? 0 }, fields, { action: 'event.edit' });
  return {
    id: current.id,
    version: (input.version ?? 0) + 1,
    status: current.status,
    checkinCode: current.checkinCode,
  };
}

export async function publishEvent(ctx: CallContext, input: In<'publishEvent'>): Promise<Out<'publishEvent'>> {
  const current = await eventInReach(ctx, input.id);
  if (current.status === 'cancelled') throw new AppError('BAD_REQUEST', '已取消的活动不能发布');
  ctx.uow.updateAudited(
    C.events,
    { ...current, version: input.version },
    { status: 'published' },
    { action: 'event.publish' },
  );
  return { id: current.id, version: input.version + 1, status: 'published' };
}

export async function cancelEvent(ctx: CallContext, input: In<'cancelEvent'>): Promise<Out<'cancelEvent'>> {
  const current = await eventInReach(ctx, input.id);
  ctx.uow.updateAudited(
    C.events,
    { ...current, version: input.version },
    { status: 'cancelled' },
    { action: 'event.cancel', reason: input.reason },
  );
  return { id: current.id, version: input.version + 1, status: 'cancelled' };
}
