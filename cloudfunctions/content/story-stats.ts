/**
 * Likes and views. A like is one document per (story, person) plus a counter; a view costs no
 * database write: views are counted in the instance's memory and added to the counters in one
 * batch at most every FLUSH_MS or every FLUSH_VIEWS views (whichever comes first), during a later
 * read. An instance that dies loses at most its unflushed views: an accepted inaccuracy for a
 * popularity figure.
 */
import { createHash } from 'node:crypto';
import { C } from '../_platform/collections';
import { ConflictError, DuplicateIdError, type Store } from '../_platform/store/store.port';
import type { StoryStatsDoc } from './story.records';

export const FLUSH_MS = 60_000;
export const FLUSH_VIEWS = 50;

export function likeId(storyId: string, openid: string): string {
  return `${storyId}:${createHash('sha256').update(openid).digest('hex').slice(0, 24)}`;
}

/** Adds to a story's counters: a conditional update, re-read on a race (bounded). */
export async function addToStats(
  store: Store,
  storyId: string,
  delta: { likes?: number; views?: number },
): Promise<StoryStatsDoc> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const stats = await store.get<StoryStatsDoc>(C.storyStats, storyId);
    try {
      if (!stats)
        return await store.insert<StoryStatsDoc>(C.storyStats, {
          id: storyId,
          likes: delta.likes ?? 0,
          views: delta.views ?? 0,
        });
      return await store.update<StoryStatsDoc>(C.storyStats, storyId, stats.version, {
        likes: stats.likes + (delta.likes ?? 0),
        views: stats.views + (delta.views ?? 0),
      });
    } catch (e) {
      if (!(e instanceof ConflictError || e instanceof DuplicateIdError)) throw e;
    }
  }
  throw new Error(`story stats ${storyId} stayed contended`);
}

export class ViewBuffer {
  private pending = new Map<string, number>();
  private count = 0;
  private lastFlush: number;

  constructor(private readonly now: () => number) {
    this.lastFlush = now();
  }

  record(storyId: string): void {
    this.pending.set(storyId, (this.pending.get(storyId) ?? 0) + 1);
    this.count++;
  }

  /** Views recorded but not yet written, for a story (so a reader sees their own view). */
  unflushed(storyId: string): number {
    return this.pending.get(storyId) ?? 0;
  }

  due(): boolean {
    return this.count >= FLUSH_VIEWS || (this.count > 0 && this.now() - this.lastFlush >= FLUSH_MS);
  }

  async flush(store: Store): Promise<number> {
    const batch = this.pending;
    this.pending = new Map();
    this.count = 0;
    this.lastFlush = this.now();
    for (const [storyId, views] of batch) await addToStats(store, storyId, { views });
    return batch.size;
  }
}
