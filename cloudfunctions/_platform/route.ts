/**
 * A function's route table: one route per action of the shared registry. The mapped type makes
 * a missing route a compile error.
 */
import type { ActionName, FunctionName, OutputOf, ParsedInputOf } from '../../shared/api';
import type { Grant } from '../../shared/grants';
import type { Ports } from './ports';
import type { UnitOfWork } from './unit-of-work';

export interface CallContext {
  /** From the platform context (WeChat OPENID), never from the payload. Null when anonymous. */
  openid: string | null;
  /** The caller's active grants that satisfy the action's policy rule. */
  grants: Grant[];
  /** The server's id for this call (logs, INTERNAL replies). */
  callId: string;
  now: Date;
  uow: UnitOfWork;
  ports: Ports;
  /**
   * Runs `task` once this call's unit of work has committed (messages: never for a change that did
   * not happen). A failing task is logged, never turned into an error reply; a replayed submission
   * or a call that failed runs none.
   */
  afterCommit(task: () => Promise<void>): void;
}

export interface Route<F extends FunctionName, A extends ActionName<F>> {
  /** A submission: requires a `requestId`; its reply is stored and replayed on retry. */
  idempotent?: boolean;
  /** Per caller and action, counted in a fixed window. */
  rateLimit?: { max: number; windowSeconds: number };
  /**
   * Re-run the service on a version conflict, up to this many times: for actions whose conflicts
   * come from a hot shared record (a seat count, a counter), not from a version the user saw.
   */
  retryOnConflict?: number;
  /** Load the caller's grants even when the policy does not need them. */
  loadGrants?: boolean;
  handle(ctx: CallContext, input: ParsedInputOf<F, A>): Promise<OutputOf<F, A>>;
}

export type RouteTable<F extends FunctionName> = { [A in ActionName<F>]: Route<F, A> };
