/**
 * What a reader can do with an event, from its detail and the server's time (never the phone's
 * clock): the same rules as the content function (sign-up until the end, while seats remain;
 * check-in from an hour before the start to the end; a checked-in sign-up cannot be cancelled).
 */
import type { EventDetail, SignupStatus } from '../api/content';

export const SIGNUP_STATUS_ZH: Record<SignupStatus, string> = {
  signedUp: '已报名',
  cancelled: '已取消',
  checkedIn: '已签到',
};

export type EventAction =
  /** Not signed up (or cancelled) and seats remain: 报名. */
  | { kind: 'open' }
  | { kind: 'full' }
  /** Ended without my sign-up: nothing to do. */
  | { kind: 'ended' }
  /** Signed up: 取消报名, and 签到 while check-in is open. */
  | { kind: 'signedUp'; checkInOpen: boolean; checkInOpensAt: string }
  /** Signed up but the event is over and I never checked in. */
  | { kind: 'missed' }
  | { kind: 'checkedIn'; hours?: number };

const HOUR_MS = 3_600_000;

export function eventAction(event: EventDetail, serverTime: string): EventAction {
  const now = Date.parse(serverTime);
  const start = Date.parse(event.startsAt);
  const end = Date.parse(event.endsAt);
  const status = event.mySignup?.status ?? 'cancelled';
  if (status === 'checkedIn')
    return event.hours !== undefined ? { kind: 'checkedIn', hours: event.hours } : { kind: 'checkedIn' };
  if (status === 'signedUp') {
    if (now > end) return { kind: 'missed' };
    return {
      kind: 'signedUp',
      checkInOpen: now >= start - HOUR_MS,
      checkInOpensAt: new Date(start - HOUR_MS).toISOString(),
    };
  }
  if (end <= now) return { kind: 'ended' };
  if (event.signedUp >= event.capacity) return { kind: 'full' };
  return { kind: 'open' };
}

/** Share of seats taken, 0–100, for the capacity bar. */
export function seatsPercent(signedUp: number, capacity: number): number {
  if (capacity <= 0) return 100;
  return Math.min(100, Math.round((signedUp / capacity) * 100));
}
