/**
 * Events (劳模进企业 / 进校园 / 进社区, 劳模大讲堂) and volunteer activities: sign-up (one per person;
 * the capacity is never exceeded: the seat count moves in a conditional update, and the entry re-runs
 * the sign-up on a conflict so the guard sees the fresh count), cancel, check-in by code.
 */
import { createHash } from 'node:crypto';
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { EventCard } from '../../shared/actions/content.schema';
import { AppError } from '../../shared/errors';
import { requireSignedIn } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Page } from '../_platform/store/store.port';
import type { EventDoc, SignupDoc } from './story.records';

type Out<A extends 'listEvents' | 'getEvent' | 'signUp' | 'cancelSignUp' | 'checkIn' | 'mySignups'> = OutputOf<
  'content',
  A
>;
type In<A extends 'listEvents' | 'getEvent' | 'signUp' | 'cancelSignUp' | 'checkIn' | 'mySignups'> = ParsedInputOf<
  'content',
  A
>;

export function signupId(eventId: string, openid: string): string {
  return `${eventId}:${createHash('sha256').update(openid).digest('hex').slice(0, 24)}`;
}

export function toEventCard(e: EventDoc): EventCard {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    place: e.place,
    capacity: e.capacity,
    signedUp: e.signedUp,
    orgName: e.orgName,
    ...(e.hours !== undefined ? { hours: e.hours } : {}),
  };
}

/** Upcoming published events (not yet ended), soonest first. */
export async function upcomingEvents(
  ctx: CallContext,
  limit: number,
  cursor: string | null = null,
  kind?: EventDoc['kind'],
): Promise<Page<EventDoc>> {
  return ctx.ports.store.find<EventDoc>(C.events, {
    where: {
      status: 'published',
      ...(kind ? { kind } : {}),
      startsAt: { gte: new Date(ctx.now.getTime() - 12 * 3600_000).toISOString() },
    },
    orderBy: [{ field: 'startsAt', direction: 'asc' }],
    limit,
    cursor,
  });
}

export async function listEvents(ctx: CallContext, input: In<'listEvents'>): Promise<Out<'listEvents'>> {
  if (input.baseId) {
    const page = await ctx.ports.store.find<EventDoc>(C.events, {
      where: { baseId: input.baseId },
      orderBy: [{ field: 'startsAt', direction: 'desc' }],
      limit: 20,
      cursor: input.cursor ?? null,
    });
    return { items: page.items.filter((e) => e.status === 'published').map(toEventCard), nextCursor: page.nextCursor };
  }
  const page = await upcomingEvents(ctx, 20, input.cursor ?? null, input.kind);
  return { items: page.items.map(toEventCard), nextCursor: page.nextCursor };
}

async function publishedEvent(ctx: CallContext, id: string): Promise<EventDoc> {
  const event = await ctx.ports.store.get<EventDoc>(C.events, id);
  if (!event || event.status !== 'published') throw new AppError('NOT_FOUND', '活动不存在或已取消');
  return event;
}

export async function getEvent(ctx: CallContext, input: In<'getEvent'>): Promise<Out<'getEvent'>> {
  const [event, signup] = await Promise.all([
    publishedEvent(ctx, input.id),
    ctx.openid ? ctx.ports.store.get<SignupDoc>(C.signups, signupId(input.id, ctx.openid)) : Promise.resolve(null),
  ]);
  return {
    ...toEventCard(event),
    description: event.description,
    mySignup: signup ? { status: signup.status, version: signup.version } : null,
  };
}

export async function signUp(ctx: CallContext, input: In<'signUp'>): Promise<Out<'signUp'>> {
  const openid = requireSignedIn(ctx.openid);
  const id = signupId(input.eventId, openid);
  const [event, signup] = await Promise.all([
    publishedEvent(ctx, input.eventId),
    ctx.ports.store.get<SignupDoc>(C.signups, id),
  ]);
  if (signup && signup.status !== 'cancelled')
    return { status: signup.status, signedUp: event.signedUp, capacity: event.capacity };
  if (event.endsAt <= ctx.now.toISOString()) throw new AppError('EVENT_CLOSED');
  if (event.signedUp >= event.capacity) throw new AppError('EVENT_FULL');
  ctx.uow.updateAudited(C.events, event, { signedUp: event.signedUp + 1 }, { action: 'event.seatTaken' });
  if (signup) ctx.uow.updateAudited(C.signups, signup, { status: 'signedUp' }, { action: 'signup.renew' });
  else
    ctx.uow.insertAudited(
      C.signups,
      { id, eventId: event.id, userId: openid, status: 'signedUp', createdAt: ctx.now.toISOString() },
      { action: 'signup.create' },
    );
  return { status: 'signedUp', signedUp: event.signedUp + 1, capacity: event.capacity };
}

export async function cancelSignUp(ctx: CallContext, input: In<'cancelSignUp'>): Promise<Out<'cancelSignUp'>> {
  const openid = requireSignedIn(ctx.openid);
  const [event, signup] = await Promise.all([
    publishedEvent(ctx, input.eventId),
    ctx.ports.store.get<SignupDoc>(C.signups, signupId(input.eventId, openid)),
  ]);
  if (!signup || signup.status === 'cancelled') return { status: 'cancelled' };
  if (signup.status === 'checkedIn') throw new AppError('BAD_REQUEST', '已签到的活动不能取消报名');
  ctx.uow.updateAudited(C.events, event, { signedUp: Math.max(0, event.signedUp - 1) }, { action: 'event.seatFreed' });
  ctx.uow.updateAudited(C.signups, signup, { status: 'cancelled' }, { action: 'signup.cancel' });
  return { status: 'cancelled' };
}

/** Check-in opens an hour before the start and closes at the end. */
export async function checkIn(ctx: CallContext, input: In<'checkIn'>): Promise<Out<'checkIn'>> {
  const openid = requireSignedIn(ctx.openid);
  const [event, signup] = await Promise.all([
    publishedEvent(ctx, input.eventId),
    ctx.ports.store.get<SignupDoc>(C.signups, signupId(input.eventId, openid)),
  ]);
  if (!signup || signup.status === 'cancelled') throw new AppError('BAD_REQUEST', '您尚未报名该活动');
  if (signup.status === 'checkedIn')
    return { status: 'checkedIn', ...(signup.hours !== undefined ? { hours: signup.hours } : {}) };
  const opens = new Date(new Date(event.startsAt).getTime() - 3600_000).toISOString();
  if (ctx.now.toISOString() < opens || ctx.now.toISOString() > event.endsAt)
    throw new AppError('EVENT_CLOSED', '不在签到时间内');
  if (input.code !== event.checkinCode)
    throw new AppError('BAD_REQUEST', '签到码不正确', { issues: [{ path: ['code'], message: '签到码不正确' }] });
  ctx.uow.updateAudited(
    C.signups,
    signup,
    {
      status: 'checkedIn',
      checkedInAt: ctx.now.toISOString(),
      ...(event.hours !== undefined ? { hours: event.hours } : {}),
    },
    { action: 'signup.checkIn' },
  );
  return { status: 'checkedIn', ...(event.hours !== undefined ? { hours: event.hours } : {}) };
}

export async function mySignups(ctx: CallContext, input: In<'mySignups'>): Promise<Out<'mySignups'>> {
  const openid = requireSignedIn(ctx.openid);
  const page = await ctx.ports.store.find<SignupDoc>(C.signups, {
    where: { userId: openid },
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  const events = await ctx.ports.store.getMany<EventDoc>(
    C.events,
    page.items.map((s) => s.eventId),
  );
  const byId = new Map(events.map((e) => [e.id, e]));
  return {
    items: page.items
      .filter((s) => byId.has(s.eventId))
      .map((s) => ({ event: toEventCard(byId.get(s.eventId)!), status: s.status })),
    nextCursor: page.nextCursor,
  };
}
