import { countingStore } from './counting.store';
import { openSqliteStore } from './sqlite.adapter';
import { contractDeclaration } from './store.contract';

describe('countingStore', () => {
  it('counts reads and writes, commit by operation, and resets', async () => {
    const inner = openSqliteStore({ file: ':memory:', declaration: contractDeclaration });
    const store = countingStore(inner);
    try {
      await store.insert('things', { id: 'a', rank: 1 });
      await store.update('things', 'a', 1, { rank: 2 });
      await store.commit([
        { kind: 'insert', collection: 'things', doc: { id: 'b' } },
        { kind: 'insert', collection: 'things', doc: { id: 'c' } },
        { kind: 'update', collection: 'things', id: 'a', expectedVersion: 2, set: { rank: 3 } },
      ]);
      expect(store.counts).toEqual({ reads: 0, writes: 5 });

      expect(await store.get('things', 'a')).toMatchObject({ version: 3, rank: 3 });
      expect(await store.getMany('things', ['a', 'b', 'c'])).toHaveLength(3);
      expect((await store.find('things', {})).items).toHaveLength(3);
      expect(await store.count('things')).toBe(3);
      expect(store.counts).toEqual({ reads: 4, writes: 5 });

      store.reset();
      expect(store.counts).toEqual({ reads: 0, writes: 0 });
      await expect(store.update('things', 'a', 1, {})).rejects.toThrow('version conflict');
      expect(store.counts).toEqual({ reads: 0, writes: 1 });
    } finally {
      await store.close?.();
    }
    expect(inner.db.open).toBe(false);
  });
});
