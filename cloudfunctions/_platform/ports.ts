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
  /**
   * Stores a file the server writes (an export), streamed: `produce` writes into `out` and resolves
   * once it has ended it. Returns the permanent id and a URL the client can open or download (a
   * local path; in production a temporary HTTPS URL of cloud storage).
   */
  write(
    file: { folder: string; ext: string; contentType: string },
    produce: (out: NodeJS.WritableStream) => Promise<void>,
  ): Promise<{ fileId: string; url: string; size: number }>;
  /** Deletes a stored file (an expired export); deleting one already gone is not an error. */
  delete(fileId: string): Promise<void>;
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

/**
 * A scannable code that opens a page (posters of public notices). Production: WeChat
 * `wxacode.getUnlimited` (a mini-program code, `scene` passed to the page); locally a QR code of the
 * H5 URL. Either way the image is stored and served like other files: returns its file id.
 */
export interface MiniCodePort {
  codeFor(target: { page: string; scene: string; h5Path: string }): Promise<string>;
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
  miniCode: MiniCodePort;
  logger: Logger;
  /** Random ids and codes; injectable so tests and the seed are deterministic. */
  random: { id(): string; code(): string };
}

export const systemClock: Clock = { now: () => new Date() };
