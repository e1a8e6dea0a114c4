/**
 * The only module that talks to the network. weapp: `Taro.cloud.callFunction` (and `Taro.cloud.uploadFile`);
 * h5: `POST /fn/<name>` (and `POST /files/upload`) to the local runner with the chosen persona. Every reply is parsed with the shared reply schema,
 * and every failure (network, timeout, a reply that does not parse) comes back as an error reply
 * with a Chinese message: callers never see an exception or an unchecked shape.
 */
import Taro from '@tarojs/taro';
import * as z from 'zod/mini';
import type { ActionSpec } from '../../shared/api';
import { errorReplySchema, replySchema, type ErrorReply, type Reply } from '../../shared/envelope';
import { ERROR_MESSAGES_ZH, type ErrorCode, type FieldIssue } from '../../shared/errors';
import { readPersona } from './persona';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface CallOptions {
  /** For submissions: one id per user intent, reused on retry, so the server replays instead of redoing. */
  requestId?: string;
  timeoutMs?: number;
}

/** An error reply with the standard Chinese message for `code`. */
export function failure(code: ErrorCode, extra: Omit<Partial<ErrorReply>, 'ok' | 'code'> = {}): ErrorReply {
  return { ok: false, code, message: ERROR_MESSAGES_ZH[code], ...extra };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A request id matching `^[A-Za-z0-9_-]{8,64}$`. Not a secret, only unique per (caller, action):
 * time plus randomness is enough, and works where `crypto` is missing (older WeChat base libraries).
 */
export function newRequestId(): string {
  let random = '';
  for (let i = 0; i < 16; i += 1) random += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return `r${Date.now().toString(36)}${random}`;
}

/** Zod/mini ships no locale: keep only messages written in Chinese by the shared schemas. */
const CHINESE = /[\u4e00-\u9fff]/;

function localIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: CHINESE.test(issue.message) ? issue.message : ERROR_MESSAGES_ZH.BAD_REQUEST,
  }));
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(new TimeoutError('timeout'));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

// A type alias, not an interface: it must be assignable to the SDK's `IAnyObject`.
type Envelope = {
  action: string;
  data: unknown;
  requestId?: string;
};

/**
 * The raw reply body, before validation. Throws on network failure or timeout. The platform test
 * is a plain ternary so the build's constant folding drops the other platform's code entirely.
 */
function send(name: string, envelope: Envelope, timeoutMs: number): Promise<unknown> {
  return process.env.TARO_ENV === 'weapp' ? sendCloud(name, envelope, timeoutMs) : sendHttp(name, envelope, timeoutMs);
}

async function sendCloud(name: string, envelope: Envelope, timeoutMs: number): Promise<unknown> {
  const res = await withTimeout(Taro.cloud.callFunction({ name, data: envelope }), timeoutMs);
  return res.result;
}

async function sendHttp(name: string, envelope: Envelope, timeoutMs: number): Promise<unknown> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const persona = readPersona();
  if (persona) headers['x-laomo-persona'] = persona;
  const res = await withTimeout(
    fetch(`/fn/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(envelope),
      signal: controller?.signal,
    }),
    timeoutMs,
    () => controller?.abort(),
  );
  // Error replies arrive with 4xx/5xx statuses and a JSON body; parse the body whatever the status.
  return (await res.json()) as unknown;
}

/** `{ errCode: -504002 }` / `FUNCTIONS_EXECUTE_FAIL`: the function ran and crashed, the network was fine. */
function isFunctionCrash(error: unknown): boolean {
  const text =
    error && typeof error === 'object'
      ? `${(error as { errCode?: unknown }).errCode ?? ''} ${(error as { errMsg?: unknown }).errMsg ?? ''}`
      : '';
  return /-504002|FUNCTIONS_EXECUTE_FAIL/.test(text);
}

/** Calls one action of one cloud function and validates the reply against the action's output schema. */
export async function callAction<S extends ActionSpec>(
  name: string,
  action: string,
  spec: S,
  input: z.input<S['input']>,
  options: CallOptions = {},
): Promise<Reply<z.output<S['output']>>> {
  // Refuse what the server would refuse, without a round trip; the server still validates.
  const checked = spec.input.safeParse(input);
  if (!checked.success) return failure('BAD_REQUEST', { issues: localIssues(checked.error) });

  const envelope: Envelope = { action, data: input };
  if (options.requestId) envelope.requestId = options.requestId;

  let raw: unknown;
  try {
    raw = await send(name, envelope, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof SyntaxError) return failure('INTERNAL'); // a body that is not JSON
    return failure(isFunctionCrash(error) ? 'INTERNAL' : 'NETWORK');
  }
  const parsed = replySchema(spec.output).safeParse(raw);
  if (!parsed.success) return failure('INTERNAL');
  const reply = parsed.data as Reply<z.output<S['output']>>;
  if (!reply.ok && !reply.message) return { ...reply, message: ERROR_MESSAGES_ZH[reply.code] };
  return reply;
}

/**
 * `GET` a JSON document from the local runner (H5 local mode only, e.g. `/local/personas`).
 * A 404 means "not in local mode" and comes back as `NOT_FOUND`; weapp never calls out.
 */
export function getLocal<T extends z.ZodMiniType>(
  path: string,
  schema: T,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Reply<z.output<T>>> {
  return process.env.TARO_ENV === 'h5' ? getHttp(path, schema, timeoutMs) : Promise.resolve(failure('NOT_FOUND'));
}

async function getHttp<T extends z.ZodMiniType>(
  path: string,
  schema: T,
  timeoutMs: number,
): Promise<Reply<z.output<T>>> {
  let res: Response;
  let body: unknown;
  try {
    res = await withTimeout(fetch(path, { method: 'GET', headers: { accept: 'application/json' } }), timeoutMs);
    if (res.status === 404) return failure('NOT_FOUND');
    body = (await res.json()) as unknown;
  } catch (error) {
    return failure(error instanceof SyntaxError ? 'INTERNAL' : 'NETWORK');
  }
  const parsed = schema.safeParse(body);
  if (!res.ok || !parsed.success) return failure('INTERNAL');
  return {
    ok: true,
    data: parsed.data as z.output<T>,
    serverTime: res.headers.get('date') ?? new Date().toISOString(),
  };
}

/** Uploads can be large and slow on a phone network. */
export const UPLOAD_TIMEOUT_MS = 60_000;

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** A v4-shaped id for `tmp/<uuid>.<ext>`; `Math.random` is enough (a name, not a secret). */
function uuid(): string {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(Math.random() * 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

/**
 * Uploads a chosen file as a temporary file and returns its id for an action (e.g. `org.importOrgs`).
 * weapp: `Taro.cloud.uploadFile` to `tmp/<uuid>.<ext>` (the id is the returned fileID); h5:
 * `POST /files/upload` (multipart, field `file`) with `filePath` a blob URL of the chosen file.
 */
export function upload(
  filePath: string,
  ext: string,
  timeoutMs = UPLOAD_TIMEOUT_MS,
): Promise<Reply<{ fileId: string }>> {
  const safeExt = ext
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8);
  // A plain ternary (as in `send`), so the build drops the other platform's code.
  return process.env.TARO_ENV === 'weapp'
    ? uploadCloud(filePath, safeExt, timeoutMs)
    : uploadHttp(filePath, safeExt, timeoutMs);
}

async function uploadCloud(filePath: string, ext: string, timeoutMs: number): Promise<Reply<{ fileId: string }>> {
  try {
    const res = await withTimeout(Taro.cloud.uploadFile({ cloudPath: `tmp/${uuid()}.${ext}`, filePath }), timeoutMs);
    if (!res.fileID) return failure('INTERNAL');
    return { ok: true, data: { fileId: res.fileID }, serverTime: new Date().toISOString() };
  } catch {
    return failure('NETWORK');
  }
}

async function uploadHttp(filePath: string, ext: string, timeoutMs: number): Promise<Reply<{ fileId: string }>> {
  let body: unknown;
  try {
    const chosen = await (await fetch(filePath)).blob();
    // The runner records the part's type and the import checks it: name it from the extension.
    const file = new Blob([chosen], { type: MIME[ext] ?? (chosen.type || 'application/octet-stream') });
    const form = new FormData();
    form.append('file', file, `upload.${ext}`);
    const headers: Record<string, string> = {};
    const persona = readPersona();
    if (persona) headers['x-laomo-persona'] = persona;
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const res = await withTimeout(
      fetch('/files/upload', { method: 'POST', headers, body: form, signal: controller?.signal }),
      timeoutMs,
      () => controller?.abort(),
    );
    body = (await res.json()) as unknown;
  } catch (error) {
    return failure(error instanceof SyntaxError ? 'INTERNAL' : 'NETWORK');
  }
  // The runner answers `{ ok: true, data: { fileId } }` (no serverTime: it is not a function reply).
  const schema = z.union([z.object({ ok: z.literal(true), data: z.object({ fileId: z.string() }) }), errorReplySchema]);
  const parsed = schema.safeParse(body);
  if (!parsed.success) return failure('INTERNAL');
  const reply = parsed.data;
  return reply.ok ? { ...reply, serverTime: new Date().toISOString() } : (reply as ErrorReply);
}
