/** The `feedback` function. Feedback (意见反馈) and leads on outstanding workers (推荐线索): anyone sends, cadres assign, reply and close. */
import { feedbackActions } from '../../shared/actions/feedback.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { assign, assignees, close, list, reply } from './feedback-admin.service';
import { erase, mine, send, withdraw } from './feedback.service';

/** Per person, counted across both kinds' sends (refused ones too): enough for real use, not for a flood. */
export const SEND_RATE_LIMIT = { max: 10, windowSeconds: 24 * 3600 };

export const feedbackRoutes: RouteTable<'feedback'> = {
  send: { idempotent: true, rateLimit: SEND_RATE_LIMIT, handle: send },
  mine: { handle: mine },
  withdraw: { idempotent: true, handle: withdraw },
  erase: { idempotent: true, handle: erase },
  list: { handle: list },
  assignees: { handle: assignees },
  assign: { idempotent: true, handle: assign },
  reply: { idempotent: true, handle: reply },
  close: { idempotent: true, handle: close },
};

export function createFeedbackFunction(ports: Ports): FunctionHandler {
  return createHandler('feedback', feedbackActions, feedbackRoutes, ports);
}
