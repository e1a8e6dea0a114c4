/**
 * The store port's contract, as a jest suite every adapter runs:
 *
 *   describeStoreContract('sqlite', async () => ({ store, declaration: contractDeclaration, cleanup }));
 *
 * `make` is called before every test and must return a store whose contract collections are
 * empty; the suite touches only the collections of `contractDeclaration`. Nothing here relies on
 * one adapter's specifics, so the CloudBase adapter (against its fake server) runs it unchanged.
 */
import type { Declaration } from './declaration';
import {
  ConflictError,
  DuplicateIdError,
  MAX_PAGE,
  UndeclaredQueryError,
  type Doc,
  type FindQuery,
  type Page,
  type Store,
} from './store.port';

export const contractDeclaration: Declaration = [
  { name: 'things', indexes: [['kind', 'rank'], ['group', 'createdAt'], ['flag'], ['code']] },
  { name: 'others', indexes: [['owner']] },
];

export interface ContractFixture {
  store: Store;
  declaration: Declaration;
  cleanup?: () => Promise<void> | void;
}

interface Thing extends Doc {
  kind?: string | null;
  rank?: number | null;
  group?: string;
  createdAt?: number;
  flag?: boolean;
  code?: string;
}

type NewThing = Omit<Thing, 'version'>;

const THINGS = 'things';
const OTHERS = 'others';

/** Zero-padded ids, so id order is the numeric order in every adapter. */
function tid(n: number): string {
  return `t${String(n).padStart(4, '0')}`;
}

async function seed(store: Store, docs: NewThing[], collection = THINGS): Promise<void> {
  for (const doc of docs) await store.insert<Thing>(collection, doc);
}

function ids(docs: readonly Doc[]): string[] {
  return docs.map((d) => d.id);
}

/** Follows cursors to the end; returns each page's ids. */
async function walk(store: Store, query: FindQuery): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await store.find(THINGS, { ...query, cursor });
    pages.push(ids(page.items));
    cursor = page.nextCursor;
    if (pages.length > 50) throw new Error('paging does not terminate');
  } while (cursor !== null);
  return pages;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

export function describeStoreContract(name: string, make: () => Promise<ContractFixture>): void {
  describe(`store contract: ${name}`, () => {
    let fixture: ContractFixture;
    let store: Store;

    beforeEach(async () => {
      fixture = await make();
      store = fixture.store;
    });

    afterEach(async () => {
      await fixture.cleanup?.();
    });

    describe('insert / get / getMany', () => {
      it('inserts at version 1 and returns the stored document', async () => {
        const inserted = await store.insert<Thing>(THINGS, { id: 'a', kind: 'k', rank: 3, nested: { x: [1, 2] } });
        expect(inserted).toEqual({ id: 'a', version: 1, kind: 'k', rank: 3, nested: { x: [1, 2] } });
        expect(await store.get(THINGS, 'a')).toEqual(inserted);
      });

      it('get of a missing id is null', async () => {
        expect(await store.get(THINGS, 'nope')).toBeNull();
      });

      it('getMany returns the existing documents and omits missing ids', async () => {
        await seed(store, [
          { id: 'a', rank: 1 },
          { id: 'b', rank: 2 },
          { id: 'c', rank: 3 },
        ]);
        const found = await store.getMany<Thing>(THINGS, ['c', 'missing', 'a']);
        expect(ids(found).sort()).toEqual(['a', 'c']);
        expect(found.find((d) => d.id === 'c')).toEqual({ id: 'c', version: 1, rank: 3 });
        expect(await store.getMany(THINGS, [])).toEqual([]);
      });

      it('a duplicate id is refused with DuplicateIdError and the original is kept', async () => {
        await store.insert<Thing>(THINGS, { id: 'a', kind: 'first' });
        const err = await rejection(store.insert<Thing>(THINGS, { id: 'a', kind: 'second' }));
        expect(err).toBeInstanceOf(DuplicateIdError);
        expect(err).toMatchObject({ collection: THINGS, id: 'a' });
        expect(await store.get(THINGS, 'a')).toEqual({ id: 'a', version: 1, kind: 'first' });
      });

      it('the same id may exist in two collections', async () => {
        await store.insert(THINGS, { id: 'same' });
        await store.insert(OTHERS, { id: 'same', owner: 'o' });
        expect(await store.get(OTHERS, 'same')).toEqual({ id: 'same', version: 1, owner: 'o' });
      });
    });

    describe('update', () => {
      it('increments the version, merges shallowly and unsets fields', async () => {
        await store.insert<Thing>(THINGS, { id: 'a', kind: 'k', rank: 1, note: 'x', nested: { a: 1, b: 2 } });
        const updated = await store.update<Thing>(THINGS, 'a', 1, { rank: 2, nested: { a: 9 } }, ['note']);
        const expected = { id: 'a', version: 2, kind: 'k', rank: 2, nested: { a: 9 } };
        expect(updated).toEqual(expected);
        expect(await store.get(THINGS, 'a')).toEqual(expected);
        const again = await store.update<Thing>(THINGS, 'a', 2, { flag: true });
        expect(again).toEqual({ ...expected, version: 3, flag: true });
      });

      it('ignores id and version inside set', async () => {
        await store.insert<Thing>(THINGS, { id: 'a', rank: 1 });
        const updated = await store.update<Thing>(THINGS, 'a', 1, { id: 'b', version: 42, rank: 2 });
        expect(updated).toEqual({ id: 'a', version: 2, rank: 2 });
        expect(await store.get(THINGS, 'b')).toBeNull();
      });

      it('a stale version is refused with ConflictError carrying the current document', async () => {
        await store.insert<Thing>(THINGS, { id: 'a', rank: 1 });
        await store.update(THINGS, 'a', 1, { rank: 2 });
        const err = await rejection(store.update(THINGS, 'a', 1, { rank: 99 }));
        expect(err).toBeInstanceOf(ConflictError);
        expect(err).toMatchObject({ collection: THINGS, id: 'a', current: { id: 'a', version: 2, rank: 2 } });
        expect(await store.get(THINGS, 'a')).toEqual({ id: 'a', version: 2, rank: 2 });
      });

      it('updating a missing id is a ConflictError with current null', async () => {
        const err = await rejection(store.update(THINGS, 'ghost', 1, { rank: 1 }));
        expect(err).toBeInstanceOf(ConflictError);
        expect((err as ConflictError).current).toBeNull();
        expect(await store.get(THINGS, 'ghost')).toBeNull();
      });
    });

    describe('find: conditions', () => {
      beforeEach(async () => {
        await seed(store, [
          { id: 'a', kind: 'apple', rank: 1, flag: true, code: 'ab', group: 'g1', createdAt: 10 },
          { id: 'b', kind: 'apple', rank: 2, flag: false, code: 'abc', group: 'g1', createdAt: 20 },
          { id: 'c', kind: 'pear', rank: 3, flag: true, code: 'a', group: 'g2', createdAt: 30 },
          { id: 'd', kind: 'plum', rank: 4, flag: false, code: 'b', group: 'g2', createdAt: 40 },
          { id: 'e', kind: null, rank: 5, code: 'xab' },
          { id: 'f', rank: 6, code: 'abd' },
        ]);
      });

      async function found(query: FindQuery): Promise<string[]> {
        return ids((await store.find(THINGS, { limit: MAX_PAGE, ...query })).items).sort();
      }

      it('equality, and several fields combined with AND', async () => {
        expect(await found({ where: { kind: 'apple' } })).toEqual(['a', 'b']);
        expect(await found({ where: { kind: 'apple', rank: 2 } })).toEqual(['b']);
        expect(await found({ where: { kind: 'banana' } })).toEqual([]);
      });

      it('equality on id', async () => {
        expect(await found({ where: { id: 'c' } })).toEqual(['c']);
      });

      it('in', async () => {
        expect(await found({ where: { kind: { in: ['pear', 'plum', 'fig'] } } })).toEqual(['c', 'd']);
        expect(await found({ where: { rank: { in: [1, 4] } } })).toEqual(['a', 'd']);
        expect(await found({ where: { kind: { in: [] } } })).toEqual([]);
      });

      it('ranges: gt, gte, lt, lte and both ends', async () => {
        expect(await found({ where: { rank: { gt: 4 } } })).toEqual(['e', 'f']);
        expect(await found({ where: { rank: { gte: 4 } } })).toEqual(['d', 'e', 'f']);
        expect(await found({ where: { rank: { lt: 2 } } })).toEqual(['a']);
        expect(await found({ where: { rank: { lte: 2 } } })).toEqual(['a', 'b']);
        expect(await found({ where: { rank: { gt: 1, lte: 3 } } })).toEqual(['b', 'c']);
        expect(await found({ where: { createdAt: { gte: 20, lt: 40 } } })).toEqual(['b', 'c']);
      });

      it('prefix', async () => {
        expect(await found({ where: { code: { prefix: 'ab' } } })).toEqual(['a', 'b', 'f']);
        expect(await found({ where: { code: { prefix: 'abc' } } })).toEqual(['b']);
        expect(await found({ where: { code: { prefix: 'z' } } })).toEqual([]);
      });

      it('boolean fields', async () => {
        expect(await found({ where: { flag: true } })).toEqual(['a', 'c']);
        expect(await found({ where: { flag: false } })).toEqual(['b', 'd']);
      });

      it('null equality matches null and missing fields', async () => {
        expect(await found({ where: { kind: null } })).toEqual(['e', 'f']);
        expect(await found({ where: { flag: null } })).toEqual(['e', 'f']);
      });

      it('conditions combine with ordering', async () => {
        const page = await store.find(THINGS, {
          where: { group: { in: ['g1', 'g2'] }, createdAt: { gt: 10 } },
          orderBy: [{ field: 'createdAt', direction: 'desc' }],
        });
        expect(ids(page.items)).toEqual(['d', 'c', 'b']);
        expect(page.nextCursor).toBeNull();
      });
    });

    describe('find: ordering', () => {
      beforeEach(async () => {
        await seed(store, [
          { id: 'a', kind: 'x', rank: 2 },
          { id: 'b', kind: 'y', rank: 1 },
          { id: 'c', kind: 'x', rank: 2 },
          { id: 'd', kind: 'y', rank: 3 },
          { id: 'e', kind: 'x', rank: 1 },
        ]);
      });

      async function order(orderBy: FindQuery['orderBy']): Promise<string[]> {
        return ids((await store.find(THINGS, { orderBy, limit: MAX_PAGE })).items);
      }

      it('defaults to id ascending', async () => {
        expect(await order(undefined)).toEqual(['a', 'b', 'c', 'd', 'e']);
      });

      it('one key, ties broken by id in the same direction', async () => {
        expect(await order([{ field: 'rank', direction: 'asc' }])).toEqual(['b', 'e', 'a', 'c', 'd']);
        expect(await order([{ field: 'rank', direction: 'desc' }])).toEqual(['d', 'c', 'a', 'e', 'b']);
      });

      it('two keys, ties broken by id in the direction of the last key', async () => {
        expect(
          await order([
            { field: 'kind', direction: 'asc' },
            { field: 'rank', direction: 'desc' },
          ]),
        ).toEqual(['c', 'a', 'e', 'd', 'b']);
        expect(
          await order([
            { field: 'kind', direction: 'desc' },
            { field: 'rank', direction: 'asc' },
          ]),
        ).toEqual(['b', 'd', 'e', 'a', 'c']);
      });

      it('id descending', async () => {
        expect(await order([{ field: 'id', direction: 'desc' }])).toEqual(['e', 'd', 'c', 'b', 'a']);
      });

      it('nulls (and missing values) sort first ascending and last descending', async () => {
        await seed(store, [
          { id: 'f', kind: 'x', rank: null },
          { id: 'g', kind: 'x' },
        ]);
        expect(await order([{ field: 'rank', direction: 'asc' }])).toEqual(['f', 'g', 'b', 'e', 'a', 'c', 'd']);
        expect(await order([{ field: 'rank', direction: 'desc' }])).toEqual(['d', 'c', 'a', 'e', 'b', 'g', 'f']);
      });
    });

    describe('find: paging', () => {
      it('walks every document exactly once: 250 documents by 100', async () => {
        await seed(
          store,
          Array.from({ length: 250 }, (_, i) => ({ id: tid(i), group: 'g', createdAt: Math.floor(i / 7) })),
        );
        const pages = await walk(store, {
          where: { group: 'g' },
          orderBy: [{ field: 'createdAt', direction: 'desc' }],
          limit: 100,
        });
        expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
        const all = pages.flat();
        expect(new Set(all).size).toBe(250);
        // createdAt desc, then id desc within equal createdAt: here that is plain id descending.
        expect(all).toEqual(Array.from({ length: 250 }, (_, i) => tid(249 - i)));
      });

      it('pages over two keys with ties and nulls agree with a single page', async () => {
        const docs: NewThing[] = Array.from({ length: 60 }, (_, i) => ({
          id: tid((i * 37) % 60),
          kind: i % 5 === 0 ? null : `k${i % 3}`,
          rank: i % 4 === 0 ? null : i % 6,
        }));
        await seed(store, docs);
        for (const orderBy of [
          [
            { field: 'kind', direction: 'asc' },
            { field: 'rank', direction: 'desc' },
          ],
          [
            { field: 'kind', direction: 'desc' },
            { field: 'rank', direction: 'asc' },
          ],
        ] as const) {
          const single = ids((await store.find(THINGS, { orderBy: [...orderBy], limit: MAX_PAGE })).items);
          const pages = await walk(store, { orderBy: [...orderBy], limit: 7 });
          expect(pages.flat()).toEqual(single);
          expect(single).toHaveLength(60);
          expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
        }
      });

      it('an exactly full last page has no next cursor', async () => {
        await seed(
          store,
          Array.from({ length: 10 }, (_, i) => ({ id: tid(i) })),
        );
        const pages = await walk(store, { limit: 5 });
        expect(pages.map((p) => p.length)).toEqual([5, 5]);
      });

      it('limit defaults to 20 and is clamped to MAX_PAGE', async () => {
        await seed(
          store,
          Array.from({ length: 120 }, (_, i) => ({ id: tid(i), flag: true })),
        );
        expect((await store.find(THINGS, {})).items).toHaveLength(20);
        const big = await store.find(THINGS, { where: { flag: true }, limit: 1000 });
        expect(MAX_PAGE).toBe(100);
        expect(big.items).toHaveLength(MAX_PAGE);
        expect(big.nextCursor).not.toBeNull();
        const rest = await store.find(THINGS, { where: { flag: true }, limit: 1000, cursor: big.nextCursor });
        expect(rest.items).toHaveLength(20);
        expect(rest.nextCursor).toBeNull();
      });

      it('a malformed cursor is refused', async () => {
        await seed(store, [{ id: 'a' }]);
        await expect(store.find(THINGS, { cursor: 'not a cursor!' })).rejects.toThrow();
      });
    });

    describe('count', () => {
      it('counts all documents or the matching ones', async () => {
        expect(await store.count(THINGS)).toBe(0);
        await seed(store, [
          { id: 'a', kind: 'x', rank: 1 },
          { id: 'b', kind: 'x', rank: 2 },
          { id: 'c', kind: 'y', rank: 3 },
        ]);
        expect(await store.count(THINGS)).toBe(3);
        expect(await store.count(THINGS, {})).toBe(3);
        expect(await store.count(THINGS, { kind: 'x' })).toBe(2);
        expect(await store.count(THINGS, { kind: 'x', rank: { gt: 1 } })).toBe(1);
        expect(await store.count(THINGS, { kind: 'z' })).toBe(0);
      });
    });

    describe('undeclared queries', () => {
      it('a where, orderBy or count on an undeclared field rejects with UndeclaredQueryError', async () => {
        await expect(store.find(THINGS, { where: { colour: 'red' } })).rejects.toBeInstanceOf(UndeclaredQueryError);
        await expect(store.find(THINGS, { orderBy: [{ field: 'colour', direction: 'asc' }] })).rejects.toBeInstanceOf(
          UndeclaredQueryError,
        );
        await expect(store.count(THINGS, { colour: 'red' })).rejects.toBeInstanceOf(UndeclaredQueryError);
        // Declared in another collection is not enough.
        await expect(store.find(OTHERS, { where: { kind: 'x' } })).rejects.toBeInstanceOf(UndeclaredQueryError);
      });
    });

    describe('commit', () => {
      it('applies every operation', async () => {
        await store.insert<Thing>(THINGS, { id: 'a', rank: 1 });
        await store.commit([
          { kind: 'insert', collection: THINGS, doc: { id: 'b', rank: 2 } },
          { kind: 'update', collection: THINGS, id: 'a', expectedVersion: 1, set: { rank: 10 } },
          { kind: 'insert', collection: OTHERS, doc: { id: 'o', owner: 'a' } },
        ]);
        expect(await store.get(THINGS, 'a')).toEqual({ id: 'a', version: 2, rank: 10 });
        expect(await store.get(THINGS, 'b')).toEqual({ id: 'b', version: 1, rank: 2 });
        expect(await store.get(OTHERS, 'o')).toEqual({ id: 'o', version: 1, owner: 'a' });
      });

      it('an empty commit is a no-op', async () => {
        await expect(store.commit([])).resolves.toBeUndefined();
      });

      it('one stale operation writes nothing', async () => {
        await seed(store, [
          { id: 'a', rank: 1 },
          { id: 'b', rank: 1 },
        ]);
        await store.update(THINGS, 'b', 1, { rank: 2 });
        const err = await rejection(
          store.commit([
            { kind: 'insert', collection: OTHERS, doc: { id: 'o', owner: 'a' } },
            { kind: 'update', collection: THINGS, id: 'a', expectedVersion: 1, set: { rank: 5 } },
            { kind: 'update', collection: THINGS, id: 'b', expectedVersion: 1, set: { rank: 5 } },
          ]),
        );
        expect(err).toBeInstanceOf(ConflictError);
        expect(err).toMatchObject({ collection: THINGS, id: 'b' });
        expect(await store.get(OTHERS, 'o')).toBeNull();
        expect(await store.get(THINGS, 'a')).toEqual({ id: 'a', version: 1, rank: 1 });
        expect(await store.get(THINGS, 'b')).toEqual({ id: 'b', version: 2, rank: 2 });
      });

      it('a duplicate insert writes nothing', async () => {
        await seed(store, [
          { id: 'a', rank: 1 },
          { id: 'dup', rank: 1 },
        ]);
        const err = await rejection(
          store.commit([
            { kind: 'update', collection: THINGS, id: 'a', expectedVersion: 1, set: { rank: 5 } },
            { kind: 'insert', collection: THINGS, doc: { id: 'new', rank: 2 } },
            { kind: 'insert', collection: THINGS, doc: { id: 'dup', rank: 3 } },
          ]),
        );
        expect(err).toBeInstanceOf(DuplicateIdError);
        expect(err).toMatchObject({ collection: THINGS, id: 'dup' });
        expect(await store.get(THINGS, 'a')).toEqual({ id: 'a', version: 1, rank: 1 });
        expect(await store.get(THINGS, 'new')).toBeNull();
        expect(await store.get(THINGS, 'dup')).toEqual({ id: 'dup', version: 1, rank: 1 });
        expect(await store.count(THINGS)).toBe(2);
      });
    });
  });
}
