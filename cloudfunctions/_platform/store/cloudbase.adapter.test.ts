/**
 * The CloudBase adapter through the REAL `@cloudbase/node-sdk`, against an in-process server
 * speaking its wire protocol (`cloudbase.fake-server.ts`). Two layers of assertions:
 * the store contract (same suite as SQLite), and the wire the SDK sends for each port call.
 */
import tcb from '@cloudbase/node-sdk';
import { cloudbaseStore } from './cloudbase.adapter';
import { startFakeCloudbase, type FakeCloudbase, type RecordedRequest } from './cloudbase.fake-server';
import { contractDeclaration, describeStoreContract } from './store.contract';
import { ConflictError, DuplicateIdError, UndeclaredQueryError, type Doc, type Store } from './store.port';

// The SDK probes http://metadata.tencentyun.com on every request to learn whether it runs inside
// Tencent Cloud (node-sdk/src/utils/cloudplatform.ts, not cached on failure). Saying so up front
// skips that outbound call; the URL used stays our `serviceUrl` (tcbapiendpoint.ts).
process.env.TENCENTCLOUD = 'true';

let fake: FakeCloudbase;
let app: ReturnType<typeof tcb.init>;

beforeAll(async () => {
  fake = await startFakeCloudbase();
  app = tcb.init({ env: 'test-env', serviceUrl: `${fake.url}/admin`, secretId: 'x', secretKey: 'y' });
});

afterAll(async () => {
  await fake.close();
});

function newStore(): Store {
  fake.reset();
  return cloudbaseStore({ app, declaration: contractDeclaration });
}

describeStoreContract('cloudbase', async () => ({ store: newStore(), declaration: contractDeclaration }));

describe('cloudbase adapter: wire', () => {
  let store: Store;

  beforeEach(() => {
    store = newStore();
  });

  /** The requests recorded since the last call, then forgets them. */
  function take(): RecordedRequest[] {
    return fake.requests.splice(0, fake.requests.length);
  }

  const actions = (reqs: RecordedRequest[]): string[] => reqs.map((r) => r.action);

  async function seed(docs: Array<Omit<Doc, 'version'>>, collection = 'things'): Promise<void> {
    for (const doc of docs) await store.insert(collection, doc);
    take();
  }

  it('get is one DOC read by _id; id maps to _id and back', async () => {
    await seed([{ id: 'a', kind: 'k' }]);
    expect(await store.get('things', 'a')).toEqual({ id: 'a', version: 1, kind: 'k' });
    const [req, ...rest] = take();
    expect(rest).toEqual([]);
    expect(req).toMatchObject({
      action: 'database.getDocument',
      body: { collectionName: 'things', queryType: 'DOC' },
      decoded: { query: { _id: 'a' } },
    });
    expect(fake.documents('things')).toEqual([{ _id: 'a', version: 1, kind: 'k' }]);
  });

  it('find sends one query with limit + 1 (never above 101), the order and the id tie-break', async () => {
    await store.find('things', {
      where: { group: 'g', createdAt: { gte: 10, lt: 20 } },
      orderBy: [{ field: 'createdAt', direction: 'desc' }],
      limit: 1000,
    });
    const [req, ...rest] = take();
    expect(rest).toEqual([]);
    expect(req!.action).toBe('database.getDocument');
    expect(req!.body.limit).toBe(101);
    expect(req!.body.queryType).toBe('WHERE');
    expect(req!.decoded.order).toEqual({ createdAt: -1, _id: -1 });
    // Key order matters: it is the sort priority. JSON keeps it, so check the raw string too.
    expect(Object.keys(req!.decoded.order as object)).toEqual(['createdAt', '_id']);
    expect(req!.decoded.query).toEqual({
      $and: [{ group: 'g' }, { createdAt: { $gte: 10 } }, { createdAt: { $lt: 20 } }],
    });

    await store.find('things', {});
    const [plain] = take();
    expect(plain!.body.limit).toBe(21);
    expect(plain!.body.query).toBeUndefined();
    expect(plain!.decoded.order).toEqual({ _id: 1 });
  });

  it('a next page asks only for what follows the cursor, as an $or of keyset conditions', async () => {
    await seed([
      { id: 'a', kind: 'x', rank: 1 },
      { id: 'b', kind: 'x', rank: 2 },
      { id: 'c', kind: 'y', rank: null },
    ]);
    const orderBy = [
      { field: 'kind', direction: 'asc' as const },
      { field: 'rank', direction: 'desc' as const },
    ];
    const first = await store.find('things', { orderBy, limit: 1 });
    expect(first.items.map((d) => d.id)).toEqual(['b']);
    take();
    const second = await store.find('things', { orderBy, limit: 1, cursor: first.nextCursor });
    expect(second.items.map((d) => d.id)).toEqual(['a']);
    const [req] = take();
    expect(req!.decoded.query).toEqual({
      $or: [
        { kind: { $gt: 'x' } },
        { $and: [{ kind: 'x' }, { $or: [{ rank: { $lt: 2 } }, { rank: null }] }] },
        { $and: [{ kind: 'x' }, { rank: 2 }, { _id: { $lt: 'b' } }] },
      ],
    });
  });

  it('a query on an undeclared field sends nothing', async () => {
    await expect(store.find('things', { where: { colour: 'red' } })).rejects.toBeInstanceOf(UndeclaredQueryError);
    await expect(store.count('things', { colour: 'red' })).rejects.toBeInstanceOf(UndeclaredQueryError);
    await expect(store.get('nowhere', 'a')).rejects.toThrow(/undeclared collection/);
    await expect(store.commit([{ kind: 'insert', collection: 'nowhere', doc: { id: 'a' } }])).rejects.toThrow(
      /undeclared collection/,
    );
    expect(fake.requests).toEqual([]);
  });

  it('count is database.calculateDocument with the where', async () => {
    await seed([
      { id: 'a', kind: 'x' },
      { id: 'b', kind: 'y' },
    ]);
    expect(await store.count('things', { kind: 'x' })).toBe(1);
    const [req, ...rest] = take();
    expect(rest).toEqual([]);
    expect(req).toMatchObject({ action: 'database.calculateDocument', decoded: { query: { kind: 'x' } } });
  });

  it('getMany asks in chunks of 100 ids and returns them in input order', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `d${String(i).padStart(3, '0')}`);
    for (const id of ids.filter((_, i) => i % 2 === 0)) fake.put('things', { _id: id, version: 1 });
    const found = await store.getMany('things', [...ids].reverse());
    expect(found.map((d) => d.id)).toEqual(ids.filter((_, i) => i % 2 === 0).reverse());
    const reqs = take();
    expect(actions(reqs)).toEqual(Array(3).fill('database.getDocument'));
    const sizes = reqs.map((r) => (r.decoded.query as { _id: { $in: string[] } })._id.$in.length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(reqs.map((r) => r.body.limit)).toEqual([100, 100, 50]);
  });

  it('insert sends _id and version 1; a duplicate comes back as DATABASE_DUPLICATE_WRITE → DuplicateIdError', async () => {
    await store.insert('things', { id: 'a', kind: 'k' });
    const [add] = take();
    expect(add).toMatchObject({
      action: 'database.insertDocument',
      decoded: { data: [{ _id: 'a', version: 1, kind: 'k' }] },
    });
    const err = await store.insert('things', { id: 'a', kind: 'other' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateIdError);
    expect(err).toMatchObject({ collection: 'things', id: 'a' });
  });

  it('update: version guard in the where, whole values under $set, unset as $unset', async () => {
    await seed([{ id: 'a', nested: { a: 1, b: 2 }, note: 'x' }]);
    const updated = await store.update('things', 'a', 1, { nested: { a: 9 } }, ['note']);
    expect(updated).toEqual({ id: 'a', version: 2, nested: { a: 9 } });
    const reqs = take();
    expect(actions(reqs)).toEqual(['database.getDocument', 'database.modifyDocument']);
    expect(reqs[1]).toMatchObject({
      body: { queryType: 'WHERE', merge: true, upsert: false },
      decoded: {
        query: { _id: 'a', version: 1 },
        // Not `nested.a`: a shallow merge replaces the whole field.
        data: { $set: { nested: { a: 9 }, version: 2 }, $unset: { note: '' } },
      },
    });
    expect(fake.documents('things')).toEqual([{ _id: 'a', version: 2, nested: { a: 9 } }]);
  });

  it('update of a stale version fails before writing', async () => {
    await seed([{ id: 'a', rank: 1 }]);
    fake.put('things', { _id: 'a', version: 2, rank: 2 });
    const err = await store.update('things', 'a', 1, { rank: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(actions(take())).toEqual(['database.getDocument']);
  });

  it('update losing a race (updated: 0) reports the winner as the current document', async () => {
    await seed([{ id: 'a', rank: 1 }]);
    fake.beforeAction = (action) => {
      // Another client writes between our read and our guarded write.
      if (action === 'database.modifyDocument') fake.put('things', { _id: 'a', version: 2, rank: 42 });
    };
    const err = await store.update('things', 'a', 1, { rank: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current).toEqual({ id: 'a', version: 2, rank: 42 });
    expect(actions(take())).toEqual(['database.getDocument', 'database.modifyDocument', 'database.getDocument']);
    expect(fake.documents('things')).toEqual([{ _id: 'a', version: 2, rank: 42 }]);
  });

  it('commit sends only single-document operations, each with the transaction id', async () => {
    await seed([{ id: 'a', rank: 1 }]);
    await store.commit([
      { kind: 'insert', collection: 'things', doc: { id: 'b', rank: 2 } },
      { kind: 'update', collection: 'things', id: 'a', expectedVersion: 1, set: { rank: 10 } },
    ]);
    const reqs = take();
    expect(actions(reqs)).toEqual([
      'database.startTransaction',
      'database.getDocument',
      'database.insertDocument',
      'database.getDocument',
      'database.modifyDocument',
      'database.commitTransaction',
    ]);
    const txId = reqs[1]!.body.transactionId;
    expect(typeof txId).toBe('string');
    for (const r of reqs.slice(1)) expect(r.body.transactionId).toBe(txId);
    for (const r of reqs.filter((x) => x.action !== 'database.insertDocument').slice(1, -1)) {
      expect(r.body.queryType).toBe('DOC');
      expect(r.body.multi).toBe(false);
    }
    expect(reqs[2]!.decoded.data).toEqual([{ _id: 'b', version: 1, rank: 2 }]);
    expect(reqs[4]!.decoded).toMatchObject({ query: { _id: 'a' }, data: { $set: { rank: 10, version: 2 } } });
  });

  it('commit is invisible until it commits, and a failure aborts the transaction', async () => {
    await seed([{ id: 'a', rank: 1 }]);
    let seenMidway: unknown[] | undefined;
    fake.beforeAction = (action) => {
      // Just before the conflicting read, the first insert must not be visible to anyone else.
      if (action === 'database.getDocument' && fake.requests.length === 4) seenMidway = fake.documents('things');
    };
    const err = await store
      .commit([
        { kind: 'insert', collection: 'things', doc: { id: 'b' } },
        { kind: 'update', collection: 'things', id: 'a', expectedVersion: 7, set: { rank: 2 } },
      ])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ collection: 'things', id: 'a', current: { id: 'a', version: 1, rank: 1 } });
    expect(seenMidway).toEqual([{ _id: 'a', version: 1, rank: 1 }]);
    expect(actions(take())).toEqual([
      'database.startTransaction',
      'database.getDocument',
      'database.insertDocument',
      'database.getDocument',
      'database.abortTransaction',
    ]);
    expect(fake.documents('things')).toEqual([{ _id: 'a', version: 1, rank: 1 }]);
  });

  it('a service write conflict makes the SDK rerun the unit of work, which then sees the new version', async () => {
    await seed([{ id: 'a', rank: 1 }]);
    let raced = false;
    fake.beforeAction = (action, body) => {
      // Another client commits a new version after our transaction read version 1.
      if (!raced && action === 'database.modifyDocument' && body.transactionId) {
        raced = true;
        fake.put('things', { _id: 'a', version: 2, rank: 5 });
      }
    };
    const err = await store
      .commit([{ kind: 'update', collection: 'things', id: 'a', expectedVersion: 1, set: { rank: 3 } }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current).toEqual({ id: 'a', version: 2, rank: 5 });
    const reqs = take();
    // First attempt: the write is refused with DATABASE_TRANSACTION_CONFLICT; second attempt
    // (a new transaction) re-reads and stops with our ConflictError.
    expect(actions(reqs)).toEqual([
      'database.startTransaction',
      'database.getDocument',
      'database.modifyDocument',
      'database.startTransaction',
      'database.getDocument',
      'database.abortTransaction',
    ]);
    expect(reqs[1]!.body.transactionId).not.toBe(reqs[4]!.body.transactionId);
    expect(fake.documents('things')).toEqual([{ _id: 'a', version: 2, rank: 5 }]);
  });

  it('a duplicate insert found only by the service inside the transaction is a DuplicateIdError', async () => {
    fake.beforeAction = (action, body) => {
      // Another client inserts the same id between our check and our create.
      if (action === 'database.insertDocument' && body.transactionId) fake.put('things', { _id: 'n', version: 1 });
    };
    const err = await store
      .commit([{ kind: 'insert', collection: 'things', doc: { id: 'n', rank: 1 } }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateIdError);
    expect(fake.documents('things')).toEqual([{ _id: 'n', version: 1 }]);
  });

  it('prefix ranges are exact under the service’s UTF-8 string order (an emoji after the prefix)', async () => {
    await seed([
      { id: 'a', code: 'ab\u{1F600}' },
      { id: 'b', code: 'ab' },
      { id: 'c', code: 'ac' },
      { id: 'd', code: 'ab\uffff' },
    ]);
    const page = await store.find('things', { where: { code: { prefix: 'ab' } } });
    expect(page.items.map((d) => d.id).sort()).toEqual(['a', 'b', 'd']);
    const [req] = take();
    expect(req!.decoded.query).toEqual({ $and: [{ code: { $gte: 'ab' } }, { code: { $lt: 'ac' } }] });
  });

  it('the fake replies an error to what it does not implement, and records it', async () => {
    const db = app.database();
    await expect(db.collection('things').doc('a').remove()).rejects.toMatchObject({ code: 'FAKE_UNSUPPORTED' });
    expect(actions(take())).toEqual(['database.removeDocument']);
  });
});
