/** The `feedback` function. Feedback (意见反馈) and leads on outstanding workers (推荐线索): anyone sends, cadres assign, reply and close. */
import { feedbackActions } from '../../shared/actions/feedback.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';

export const feedbackRoutes: RouteTable<'feedback'> = {};

export function createFeedbackFunction(ports: Ports): FunctionHandler {
  return createHandler('feedback', feedbackActions, feedbackRoutes, ports);
}
