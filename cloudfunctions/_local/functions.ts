/** The functions the local runner serves, by name: the same factories CloudBase's `main` uses. */
import { createContentFunction } from '../content/content.function';
import type { FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import { createIdentityFunction } from '../identity/identity.function';
import { createFeedbackFunction } from '../feedback/feedback.function';
import { createNominationFunction } from '../nomination/nomination.function';
import { createNoticeFunction } from '../notice/notice.function';
import { createObjectionFunction } from '../objection/objection.function';
import { createOrgFunction } from '../org/org.function';
import { createPromotionFunction } from '../promotion/promotion.function';

export const FUNCTION_FACTORIES: Record<string, (ports: Ports) => FunctionHandler> = {
  identity: createIdentityFunction,
  org: createOrgFunction,
  content: createContentFunction,
  promotion: createPromotionFunction,
  nomination: createNominationFunction,
  notice: createNoticeFunction,
  objection: createObjectionFunction,
  feedback: createFeedbackFunction,
};
