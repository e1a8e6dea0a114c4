/**
 * One event for the reader (the route's `id`): its detail, what I can do with it (from the server's
 * time), and the calls: 报名, 取消报名, 签到. A successful call updates the detail in place; a full
 * or closed event reloads it, so the counts on screen are the server's.
 */
import { useRef, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { ErrorReply, Reply } from '../../shared/envelope';
import type { OutputOf } from '../../shared/api';
import { content, type EventDetail } from '../api/content';
import { failure, type CallOptions } from '../api/transport';
import { eventAction, type EventAction } from '../lib/event-state';
import { useRouteId } from './use-events';
import { useRequest, type RequestResult } from './use-request';
import { useSubmit } from './use-submit';

export type EventApi = Pick<typeof content, 'getEvent' | 'signUp' | 'cancelSignUp' | 'checkIn'>;
type CheckInReply = Reply<OutputOf<'content', 'checkIn'>>;

export interface EventPage {
  id: string;
  request: RequestResult<EventDetail>;
  /** The detail with my latest changes; `null` until loaded. */
  detail: EventDetail | null;
  serverTime: string;
  action: EventAction | null;
  /** Resolve to whether the call succeeded. */
  signUp: () => Promise<boolean>;
  cancel: () => Promise<boolean>;
  /** For the check-in form (`useForm`): the code in, the reply out. */
  checkIn: (input: { code: string }, options: CallOptions) => Promise<CheckInReply>;
  /** Which call is running. */
  pending: 'signUp' | 'cancel' | null;
  /** The last failed 报名 / 取消报名, in Chinese. */
  error: ErrorReply | null;
}

interface Patch {
  /** The reply the changes apply to: a reload drops them. */
  base: EventDetail;
  changes: Partial<EventDetail>;
  serverTime: string;
}

const RELOAD_AFTER = new Set(['EVENT_FULL', 'EVENT_CLOSED', 'NOT_FOUND']);

export function useEvent(api: EventApi = content): EventPage {
  const id = useRouteId();
  const request = useRequest(() => (id ? api.getEvent({ id }) : Promise.resolve(failure('NOT_FOUND'))), [id]);
  const [patch, setPatch] = useState<Patch | null>(null);
  usePullDownRefresh(() => {
    void request.reload().finally(() => Taro.stopPullDownRefresh());
  });
  const signUpCall = useSubmit((input: { eventId: string }, options: CallOptions) => api.signUp(input, options));
  const cancelCall = useSubmit((input: { eventId: string }, options: CallOptions) => api.cancelSignUp(input, options));

  const loaded = request.data;
  const current = patch && patch.base === loaded;
  const detail = loaded ? (current ? { ...loaded, ...patch.changes } : loaded) : null;
  // While reloading, the last known server time keeps the buttons in place.
  const lastTime = useRef('');
  if (request.status === 'ok') lastTime.current = request.serverTime;
  const serverTime = current ? patch.serverTime : lastTime.current;

  const apply = (changes: Partial<EventDetail>, time: string) => {
    if (!loaded || !detail) return;
    setPatch({ base: loaded, changes: { ...(current ? patch.changes : {}), ...changes }, serverTime: time });
  };
  const mySignup = (status: NonNullable<EventDetail['mySignup']>['status']) => ({
    status,
    version: detail?.mySignup?.version ?? 0,
  });

  const signUp = async () => {
    const reply = await signUpCall.run({ eventId: id });
    if (!reply) return false;
    if (reply.ok) {
      const { status, signedUp, capacity } = reply.data;
      apply({ signedUp, capacity, mySignup: mySignup(status) }, reply.serverTime);
    } else if (RELOAD_AFTER.has(reply.code)) void request.reload();
    return reply.ok;
  };

  const cancel = async () => {
    const reply = await cancelCall.run({ eventId: id });
    if (!reply) return false;
    if (reply.ok && detail) {
      const wasSignedUp = detail.mySignup?.status === 'signedUp';
      const signedUp = wasSignedUp ? Math.max(0, detail.signedUp - 1) : detail.signedUp;
      apply({ signedUp, mySignup: mySignup(reply.data.status) }, reply.serverTime);
    } else if (!reply.ok && RELOAD_AFTER.has(reply.code)) void request.reload();
    return reply.ok;
  };

  const checkIn = async (input: { code: string }, options: CallOptions): Promise<CheckInReply> => {
    const reply = await api.checkIn({ eventId: id, code: input.code }, options);
    if (reply.ok) {
      const hours = reply.data.hours;
      apply({ mySignup: mySignup(reply.data.status), ...(hours !== undefined ? { hours } : {}) }, reply.serverTime);
    }
    return reply;
  };

  return {
    id,
    request,
    detail,
    serverTime,
    action: detail && serverTime ? eventAction(detail, serverTime) : null,
    signUp,
    cancel,
    checkIn,
    pending: signUpCall.pending ? 'signUp' : cancelCall.pending ? 'cancel' : null,
    error: signUpCall.error ?? cancelCall.error,
  };
}
