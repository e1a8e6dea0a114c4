/** Test data shaped by the shared schemas. */
import type { StoryCard } from '../api/content';
import type { ErrorReply, OkReply } from '../../shared/envelope';
import { ERROR_MESSAGES_ZH, type ErrorCode } from '../../shared/errors';

export function story(n: number, overrides: Partial<StoryCard> = {}): StoryCard {
  return {
    id: `story-${n}`,
    title: `第 ${n} 个劳模故事：三十年坚守一线的技术能手`,
    summary: '摘要',
    coverUrl: `/files/cover-${n}.jpg`,
    workerName: `王${n}`,
    unitName: '示范区公交集团',
    tags: ['工匠', '技术创新'],
    likes: 12,
    publishedAt: '2025-04-30T16:00:00Z',
    ...overrides,
  };
}

export function ok<T>(data: T): OkReply<T> {
  return { ok: true, data, serverTime: '2025-05-01T00:00:00Z' };
}

export function fail(code: ErrorCode, extra: Partial<ErrorReply> = {}): ErrorReply {
  return { ok: false, code, message: ERROR_MESSAGES_ZH[code], ...extra };
}

/** A promise with its resolve exposed, to hold a reply until the test releases it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
