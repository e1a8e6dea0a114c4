/**
 * A Store wrapper that counts database operations, so tests and benchmarks can assert how many
 * round trips a service makes (CloudBase bills and throttles per operation).
 *
 * Counting: get / getMany / find / count = 1 read each; insert / update = 1 write each;
 * commit = 1 write per operation it holds. Failed calls count too: they reached the database.
 */
import type { Doc, DocBase, FindQuery, Page, Store, Where, WriteOp } from './store.port';

export interface StoreCounts {
  reads: number;
  writes: number;
}

export type CountingStore = Store & { counts: StoreCounts; reset(): void };

export function countingStore(inner: Store): CountingStore {
  const counts: StoreCounts = { reads: 0, writes: 0 };

  return {
    counts,

    reset(): void {
      counts.reads = 0;
      counts.writes = 0;
    },

    get<T extends DocBase = Doc>(collection: string, id: string): Promise<T | null> {
      counts.reads += 1;
      return inner.get<T>(collection, id);
    },

    getMany<T extends DocBase = Doc>(collection: string, ids: string[]): Promise<T[]> {
      counts.reads += 1;
      return inner.getMany<T>(collection, ids);
    },

    find<T extends DocBase = Doc>(collection: string, query: FindQuery): Promise<Page<T>> {
      counts.reads += 1;
      return inner.find<T>(collection, query);
    },

    count(collection: string, where?: Where): Promise<number> {
      counts.reads += 1;
      return inner.count(collection, where);
    },

    insert<T extends DocBase = Doc>(collection: string, doc: Omit<T, 'version'>): Promise<T> {
      counts.writes += 1;
      return inner.insert<T>(collection, doc);
    },

    update<T extends DocBase = Doc>(
      collection: string,
      id: string,
      expectedVersion: number,
      set: Record<string, unknown>,
      unset?: string[],
    ): Promise<T> {
      counts.writes += 1;
      return inner.update<T>(collection, id, expectedVersion, set, unset);
    },

    commit(ops: WriteOp[]): Promise<void> {
      counts.writes += ops.length;
      return inner.commit(ops);
    },

    close(): Promise<void> | void {
      return inner.close?.();
    },
  };
}
