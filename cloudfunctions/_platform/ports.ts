/**
 * The ports every function receives. Services depend on these interfaces only; each has a
 * production adapter (CloudBase / WeChat) and a local one (SQLite, folders, stubs).
 */
import type { Store } from './store/store.port';

export interface Clock {
  now(): Date;
}

/** Files: the client uploads to a temporary area; a function checks and attaches. */
export interface FilesPort {
  /** Reads a temporary upload's metadata; null when it does not exist. */
  stat(fileId: string): Promise<{ size: number; contentType: string } | null>;
  /** Reads a file's bytes (imports); refuses above `maxBytes`. */
  read(fileId: string, maxBytes: number): Promise<Buffer>;
  /** Moves a checked temporary upload to permanent storage; returns its permanent id. */
  attach(tempFileId: string, purpose: string): Promise<string>;
  /** A URL the client can display (a local path, or a cloud file id WeChat resolves). */
  urlOf(fileId: string): string;
}

export type ContentVerdict = 'pass' | 'review' | 'risky';

export interface ContentCheckPort {
  /** WeChat `msgSecCheck` v2 in production; a word list locally. */
  check(text: string, openid: string | null): Promise<ContentVerdict>;
}

export interface NotifierPort {
  /** A subscribe message in production; a row in the outbox table locally. */
  send(message: { toOpenid: string; template: string; data: Record<string, string>; page?: string }): Promise<void>;
}

export interface PhoneVerificationPort {
  /** Exchanges WeChat's `getPhoneNumber` code for a verified phone number. */
  verify(code: string): Promise<{ phone: string } | null>;
}

export interface Logger {
  error(message: string, fields: Record<string, unknown>): void;
  info(message: string, fields: Record<string, unknown>): void;
}

export interface Ports {
  store: Store;
  clock: Clock;
  files: FilesPort;
  contentCheck: ContentCheckPort;
  notifier: NotifierPort;
  phone: PhoneVerificationPort;
  logger: Logger;
  /** Random ids and codes; injectable so tests and the seed are deterministic. */
  random: { id(): string; code(): string };
}

export const systemClock: Clock = { now: () => new Date() };
