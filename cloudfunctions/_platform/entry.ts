/**
 * The entry every function shares: envelope → route → zod input → identity from the platform →
 * policy → service → reply. Thin by design; the rules live in services.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ActionKey, ActionName, ActionsOf, FunctionName } from '../../shared/api';
import { envelopeSchema, MAX_PAYLOAD_BYTES, type ErrorReply, type Reply } from '../../shared/envelope';
import { AppError, ERROR_MESSAGES_ZH, type ErrorCode, type FieldIssue } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { decide, needsGrants, POLICY } from '../../shared/policy';
import { C, DECLARATION } from './collections';
import type { Ports } from './ports';
import type { CallContext, RouteTable } from './route';
import { ConflictError, DuplicateIdError, type Doc } from './store/store.port';
import { UnitOfWork } from './unit-of-work';
import { zodIssues } from './zod-issues';

/** Who is calling, as the platform says (never the payload). */
export interface PlatformIdentity {
  openid: string | null;
}

export type FunctionHandler = (event: unknown, identity: PlatformIdentity) => Promise<Reply<unknown>>;

function fail(
  code: ErrorCode,
  extra: Omit<ErrorReply, 'ok' | 'code' | 'message'> & { message?: string } = {},
): ErrorReply {
  const { message, ...rest } = extra;
  return { ok: false, code, message: message ?? ERROR_MESSAGES_ZH[code], ...rest };
}

function payloadBytes(event: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(event) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Audit chain heads and versions are store internals; a conflict shows the record itself. */
function presentCurrent(collection: string, doc: Doc | null): unknown {
  if (!doc) return null;
  if (!DECLARATION.find((d) => d.name === collection)?.conflictShowsRecord) return { id: doc.id, version: doc.version };
  const { auditHead: _h, auditSeq: _s, ...rest } = doc;
  return rest;
}

export async function loadActiveGrants(ports: Ports, openid: string): Promise<Grant[]> {
  const page = await ports.store.find<Doc & Grant>(C.grants, {
    where: { userId: openid, status: 'active' },
    limit: 100,
  });
  return page.items;
}

/**
 * `actions` is the function's own action map (not the whole registry), so a bundle builds only its
 * own schemas at module load: the cold-start budget counts every millisecond before the first call.
 */
export function createHandler<F extends FunctionName>(
  fn: F,
  actions: ActionsOf<F>,
  routes: RouteTable<F>,
  ports: Ports,
): FunctionHandler {
  return async function handle(event, identity) {
    const callId = randomUUID();
    if (payloadBytes(event) > MAX_PAYLOAD_BYTES) return fail('PAYLOAD_TOO_LARGE');
    const envelope = envelopeSchema.safeParse(event);
    if (!envelope.success) return fail('BAD_REQUEST', { issues: zodIssues(envelope.error) });
    const { action, data, requestId } = envelope.data;
    if (!Object.prototype.hasOwnProperty.call(actions, action)) return fail('UNKNOWN_ACTION');
    const name = action as ActionName<F>;
    const spec = actions[name] as {
      input: { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: unknown } };
      output: { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: unknown } };
    };
    const route = routes[name];

    const input = spec.input.safeParse(data ?? {});
    if (!input.success) return fail('BAD_REQUEST', { issues: zodIssues(input.error) });
    if (route.idempotent && !requestId) {
      return fail('BAD_REQUEST', { issues: [{ path: ['requestId'], message: '提交缺少请求编号' }] });
    }

    const openid = identity.openid && identity.openid.length > 0 ? identity.openid : null;
    const key = `${fn}.${name}` as ActionKey;
    const rule = POLICY[key];
    const now = ports.clock.now();
    try {
      const grants = openid && (needsGrants(rule) || route.loadGrants) ? await loadActiveGrants(ports, openid) : [];
      const decision = decide(rule, openid, grants);
      if (!decision.allowed) return fail(decision.code);

      const replyKey = route.idempotent ? idempotencyKey(key, openid, requestId!) : null;
      if (replyKey) {
        const stored = await ports.store.get(C.replies, replyKey);
        if (stored) return { ok: true, data: stored.data, serverTime: now.toISOString() };
      }
      if (route.rateLimit) await consumeRate(ports, key, openid, now, route.rateLimit);

      const attempts = 1 + (route.retryOnConflict ?? 0);
      for (let attempt = 1; ; attempt++) {
        const tasks: (() => Promise<void>)[] = [];
        const ctx: CallContext = {
          openid,
          grants: decision.grants,
          callId,
          now,
          uow: new UnitOfWork(openid ?? 'anonymous', now),
          ports,
          afterCommit: (task) => void tasks.push(task),
        };
        const result = await route.handle(ctx, input.data as never);
        const output = spec.output.safeParse(result);
        if (!output.success)
          throw new Error(`output of ${key} does not match its schema: ${JSON.stringify(zodIssues(output.error))}`);

        if (replyKey) ctx.uow.insert(C.replies, { id: replyKey, data: output.data, createdAt: now.toISOString() });
        try {
          if (ctx.uow.ops.length > 0) await ports.store.commit(ctx.uow.ops);
          await runAfterCommit(tasks, ports, callId, key);
          return { ok: true, data: output.data, serverTime: now.toISOString() };
        } catch (e) {
          // A concurrent retry of the same submission committed first (our commit then fails on
          // its reply key or on a record it already moved): replay its reply.
          if (replyKey && (e instanceof DuplicateIdError || e instanceof ConflictError)) {
            const stored = await ports.store.get(C.replies, replyKey);
            if (stored) return { ok: true, data: stored.data, serverTime: now.toISOString() };
          }
          // A hot shared record (a seat count, a counter) moved under us: run the service again on
          // fresh reads; its guards decide anew (e.g. the last seat is gone).
          if (e instanceof ConflictError && attempt < attempts) continue;
          throw e;
        }
      }
    } catch (e) {
      return toErrorReply(e, ports, callId, key);
    }
  };
}

/** The committed call's follow-ups, in order; one failing does not stop the others or the reply. */
async function runAfterCommit(
  tasks: readonly (() => Promise<void>)[],
  ports: Ports,
  callId: string,
  key: string,
): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
    } catch (e) {
      ports.logger.error('after-commit task failed', {
        callId,
        action: key,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
}

export function idempotencyKey(key: string, openid: string | null, requestId: string): string {
  return `${key}:${createHash('sha256')
    .update(`${openid ?? ''}|${requestId}`)
    .digest('hex')
    .slice(0, 32)}`;
}

async function consumeRate(
  ports: Ports,
  key: string,
  openid: string | null,
  now: Date,
  limit: { max: number; windowSeconds: number },
): Promise<void> {
  const window = Math.floor(now.getTime() / 1000 / limit.windowSeconds);
  const id = `${key}:${createHash('sha256')
    .update(openid ?? 'anonymous')
    .digest('hex')
    .slice(0, 24)}:${window}`;
  const expiresAt = new Date((window + 1) * limit.windowSeconds * 1000).toISOString();
  // Calls of one caller may overlap: count with a conditional update, re-reading on a race.
  for (let attempt = 0; attempt < 5; attempt++) {
    const counter = await ports.store.get(C.rateCounters, id);
    const count = typeof counter?.count === 'number' ? counter.count : 0;
    if (count >= limit.max) throw new AppError('RATE_LIMITED');
    try {
      if (counter) await ports.store.update(C.rateCounters, id, counter.version, { count: count + 1 });
      else await ports.store.insert(C.rateCounters, { id, count: 1, expiresAt });
      return;
    } catch (e) {
      if (!(e instanceof ConflictError || e instanceof DuplicateIdError)) throw e;
    }
  }
  throw new AppError('RATE_LIMITED');
}

function toErrorReply(e: unknown, ports: Ports, callId: string, key: string): ErrorReply {
  if (e instanceof AppError) {
    const issues: FieldIssue[] | undefined = e.extra.issues;
    return fail(e.code, {
      message: e.message,
      ...(issues ? { issues } : {}),
      ...(e.extra.current !== undefined ? { current: e.extra.current } : {}),
    });
  }
  if (e instanceof ConflictError) return fail('CONFLICT', { current: presentCurrent(e.collection, e.current) });
  if (e instanceof DuplicateIdError) return fail('CONFLICT', { current: null });
  // Nothing about the failure leaves the function but the call id; the log has the rest.
  ports.logger.error('unhandled error', {
    callId,
    action: key,
    error: e instanceof Error ? (e.stack ?? e.message) : String(e),
  });
  return fail('INTERNAL', { requestId: callId });
}
