/**
 * The wire contract between client and functions: one envelope in, one reply out.
 * `{ action, data, requestId? }` → `{ ok: true, data, serverTime }` | `{ ok: false, code, message, ... }`.
 */
import * as z from 'zod/mini';
import { ERROR_CODES, type ErrorCode, type FieldIssue } from './errors';

/** 100 KB: the WeChat `callFunction` text payload limit, enforced on both runtimes. */
export const MAX_PAYLOAD_BYTES = 100 * 1024;

export const requestIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

/**
 * The envelope. `userInfo` is added by the WeChat platform to every `callFunction` event and is
 * ignored (identity comes from the platform context); every other unknown key is refused, so a
 * caller cannot smuggle identity fields in.
 */
export const envelopeSchema = z.strictObject({
  action: z.string().check(z.minLength(1), z.maxLength(64)),
  data: z.optional(z.unknown()),
  requestId: z.optional(requestIdSchema),
  userInfo: z.optional(z.unknown()),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export interface OkReply<T> {
  ok: true;
  data: T;
  /** ISO instant of the server clock: countdowns use it, never the device clock. */
  serverTime: string;
}

export interface ErrorReply {
  ok: false;
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  current?: unknown;
  /** Present on INTERNAL: quote it to support; the log line carries the same id. */
  requestId?: string;
}

export type Reply<T> = OkReply<T> | ErrorReply;

export const errorReplySchema = z.object({
  ok: z.literal(false),
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.optional(z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))),
  current: z.optional(z.unknown()),
  requestId: z.optional(z.string()),
});

/** Builds the reply schema for one action's output. */
export function replySchema<T extends z.ZodMiniType>(data: T) {
  return z.union([z.object({ ok: z.literal(true), data, serverTime: z.string() }), errorReplySchema]);
}
