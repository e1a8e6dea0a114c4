/**
 * The registry of every cloud function and its actions. Client and functions both import it,
 * so a request and its reply agree by construction.
 */
import type * as z from 'zod/mini';
import { contentActions } from './actions/content.schema';
import { identityActions } from './actions/identity.schema';
import { feedbackActions } from './actions/feedback.schema';
import { nominationActions } from './actions/nomination.schema';
import { noticeActions } from './actions/notice.schema';
import { objectionActions } from './actions/objection.schema';
import { orgActions } from './actions/org.schema';
import { promotionActions } from './actions/promotion.schema';

export interface ActionSpec {
  input: z.ZodMiniType;
  output: z.ZodMiniType;
}
export type ActionMap = Record<string, ActionSpec>;

export const FUNCTIONS = {
  identity: identityActions,
  org: orgActions,
  content: contentActions,
  promotion: promotionActions,
  nomination: nominationActions,
  notice: noticeActions,
  objection: objectionActions,
  feedback: feedbackActions,
} as const satisfies Record<string, ActionMap>;

export type FunctionName = keyof typeof FUNCTIONS;
export type ActionsOf<F extends FunctionName> = (typeof FUNCTIONS)[F];
export type ActionName<F extends FunctionName> = keyof ActionsOf<F> & string;
type SpecOf<F extends FunctionName, A extends ActionName<F>> = ActionsOf<F>[A] extends ActionSpec
  ? ActionsOf<F>[A]
  : never;
export type InputOf<F extends FunctionName, A extends ActionName<F>> = z.input<SpecOf<F, A>['input']>;
export type ParsedInputOf<F extends FunctionName, A extends ActionName<F>> = z.output<SpecOf<F, A>['input']>;
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = z.output<SpecOf<F, A>['output']>;

/** `identity.me`, `org.addOrg`, … */
export type ActionKey = {
  [F in FunctionName]: `${F}.${ActionName<F>}`;
}[FunctionName];
