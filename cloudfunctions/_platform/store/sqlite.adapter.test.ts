import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Declaration } from './declaration';
import { compileFind, openSqliteStore, type Migration, type SqliteStore } from './sqlite.adapter';
import { contractDeclaration, describeStoreContract } from './store.contract';
import { ConflictError, UndeclaredQueryError, type FindQuery } from './store.port';

function tempFile(): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laomo-sqlite-'));
  return { file: path.join(dir, 'store.db'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

describeStoreContract('sqlite', async () => {
  const tmp = tempFile();
  const store = openSqliteStore({ file: tmp.file, declaration: contractDeclaration });
  return {
    store,
    declaration: contractDeclaration,
    cleanup: () => {
      store.close();
      tmp.remove();
    },
  };
});

describe('sqlite adapter specifics', () => {
  let tmp: ReturnType<typeof tempFile>;
  let open: SqliteStore[];

  function openStore(declaration: Declaration = contractDeclaration, migrations: Migration[] = []): SqliteStore {
    const store = openSqliteStore({ file: tmp.file, declaration, migrations });
    open.push(store);
    return store;
  }

  function schemaSnapshot(store: SqliteStore): unknown[] {
    return store.db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
  }

  function indexNames(store: SqliteStore): string[] {
    const rows = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name")
      .all() as { name: string }[];
    return rows.map((r) => r.name);
  }

  function plan(store: SqliteStore, collection: string, query: FindQuery): string {
    const { sql, params } = compileFind(contractDeclaration, collection, query);
    const rows = store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  }

  beforeEach(() => {
    tmp = tempFile();
    open = [];
  });

  afterEach(() => {
    for (const store of open) store.close();
    tmp.remove();
  });

  it('uses WAL on a file', () => {
    const store = openStore();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(0);
  });

  it('opens an in-memory database', async () => {
    const store = openSqliteStore({ file: ':memory:', declaration: contractDeclaration });
    open.push(store);
    await store.insert('things', { id: 'a' });
    expect(await store.count('things')).toBe(1);
  });

  it('creates one table per collection and the declared expression indexes', () => {
    const store = openStore();
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(['_migrations', '_schema', 'others', 'things']);
    expect(indexNames(store)).toEqual([
      'ix_others_owner',
      'ix_things_code',
      'ix_things_flag',
      'ix_things_group_createdAt',
      'ix_things_kind_rank',
    ]);
    const { sql } = store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'ix_things_kind_rank'").get() as {
      sql: string;
    };
    expect(sql).toContain(`json_extract(data,'$.kind'), json_extract(data,'$.rank')`);
  });

  it('stores the document body as JSON without id and version', async () => {
    const store = openStore();
    await store.insert('things', { id: 'a', flag: true, rank: 2 });
    const row = store.db.prepare('SELECT id, version, data FROM things').get();
    expect(row).toEqual({ id: 'a', version: 1, data: '{"flag":true,"rank":2}' });
  });

  it('finds by indexed fields through their expression indexes', () => {
    const store = openStore();
    const byKind = plan(store, 'things', { where: { kind: 'x' }, orderBy: [{ field: 'rank', direction: 'asc' }] });
    expect(byKind).toContain('ix_things_kind_rank');
    expect(plan(store, 'things', { where: { code: { prefix: 'ab' } } })).toContain('ix_things_code');
    expect(plan(store, 'things', { where: { flag: true } })).toContain('ix_things_flag');
    expect(plan(store, 'things', { where: { kind: { in: ['x', 'y'] } } })).toContain('ix_things_kind_rank');
    const byGroup = plan(store, 'things', {
      where: { group: 'g' },
      orderBy: [{ field: 'createdAt', direction: 'desc' }],
    });
    expect(byGroup).toContain('ix_things_group_createdAt');
    expect(byGroup).not.toMatch(/SCAN things(?! USING)/);
  });

  it('reopening preserves data and changes nothing', async () => {
    const first = openStore();
    await first.insert('things', { id: 'a', kind: 'x' });
    const before = schemaSnapshot(first);
    const schemaRows = first.db.prepare('SELECT name, tbl FROM _schema ORDER BY name').all();
    first.close();

    const second = openStore();
    expect(schemaSnapshot(second)).toEqual(before);
    expect(second.db.prepare('SELECT name, tbl FROM _schema ORDER BY name').all()).toEqual(schemaRows);
    expect(await second.get('things', 'a')).toEqual({ id: 'a', version: 1, kind: 'x' });

    // A second connection on the same file, open at the same time, is a no-op too.
    const third = openStore();
    expect(schemaSnapshot(third)).toEqual(before);
  });

  it('drops indexes that are no longer declared, keeps the data', async () => {
    const first = openStore();
    await first.insert('things', { id: 'a', flag: true });
    first.close();
    const reduced: Declaration = [{ name: 'things', indexes: [['kind', 'rank']] }];
    const second = openStore(reduced);
    expect(indexNames(second)).toEqual(['ix_things_kind_rank']);
    const recorded = second.db.prepare('SELECT name FROM _schema').all();
    expect(recorded).toEqual([{ name: 'ix_things_kind_rank' }]);
    expect(await second.get('things', 'a')).toEqual({ id: 'a', version: 1, flag: true });
  });

  it('runs each migration exactly once, in order', () => {
    const calls: string[] = [];
    const list: Migration[] = [
      { id: '001-a', up: (db) => (calls.push('a'), db.exec('CREATE TABLE extra (x)')) },
      { id: '002-b', up: () => void calls.push('b') },
    ];
    openStore(contractDeclaration, list).close();
    const again = openStore(contractDeclaration, list);
    expect(calls).toEqual(['a', 'b']);
    const applied = again.db.prepare('SELECT id FROM _migrations ORDER BY id').all();
    expect(applied).toEqual([{ id: '001-a' }, { id: '002-b' }]);

    const later = [...list, { id: '003-c', up: () => void calls.push('c') }];
    again.close();
    openStore(contractDeclaration, later);
    expect(calls).toEqual(['a', 'b', 'c']);
  });

  it('a failing migration is rolled back and not recorded', () => {
    const failing: Migration = {
      id: '001-bad',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    expect(() => openStore(contractDeclaration, [failing])).toThrow('boom');
    const store = openStore();
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(store.db.prepare('SELECT count(*) AS n FROM _migrations').get()).toEqual({ n: 0 });
  });

  it('two updates with the same expected version: exactly one wins', async () => {
    const store = openStore();
    await store.insert('things', { id: 'a', rank: 0 });
    const results = await Promise.allSettled([
      store.update('things', 'a', 1, { rank: 1 }),
      store.update('things', 'a', 1, { rank: 2 }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    expect(await store.get('things', 'a')).toMatchObject({ version: 2 });
  });

  it('two connections on one file see each other and conflict on versions', async () => {
    const one = openStore();
    const two = openStore();
    await one.insert('things', { id: 'a', rank: 0 });
    await two.update('things', 'a', 1, { rank: 1 });
    await expect(one.update('things', 'a', 1, { rank: 2 })).rejects.toMatchObject({
      current: { id: 'a', version: 2, rank: 1 },
    });
  });

  it('refuses an undeclared query before any I/O', async () => {
    const store = openStore();
    store.close();
    await expect(store.find('things', { where: { colour: 'red' } })).rejects.toBeInstanceOf(UndeclaredQueryError);
    await expect(store.count('things', { colour: 'red' })).rejects.toBeInstanceOf(UndeclaredQueryError);
    // The same query shape on a declared field does reach the (closed) database.
    await expect(store.find('things', { where: { kind: 'red' } })).rejects.not.toBeInstanceOf(UndeclaredQueryError);
  });

  it('refuses an undeclared collection', async () => {
    const store = openStore();
    await expect(store.get('nope', 'a')).rejects.toThrow('undeclared collection nope');
    await expect(store.commit([{ kind: 'insert', collection: 'nope', doc: { id: 'a' } }])).rejects.toThrow(
      'undeclared collection nope',
    );
  });

  it('a malformed cursor or one of another ordering throws BadCursorError', async () => {
    const store = openStore();
    for (let i = 0; i < 3; i++) await store.insert('things', { id: `t${i}`, rank: i });
    const page = await store.find('things', { orderBy: [{ field: 'rank', direction: 'asc' }], limit: 1 });
    expect(page.nextCursor).not.toBeNull();
    const bad = [
      '%%%',
      Buffer.from('not json').toString('base64url'),
      Buffer.from('{"o":"id:asc","v":[1]}').toString('base64url'),
    ];
    for (const cursor of bad) {
      await expect(store.find('things', { cursor })).rejects.toMatchObject({ name: 'BadCursorError' });
    }
    const reordered = store.find('things', {
      orderBy: [{ field: 'rank', direction: 'desc' }],
      cursor: page.nextCursor,
    });
    await expect(reordered).rejects.toMatchObject({ name: 'BadCursorError' });
  });

  it('clamps the limit to 1..MAX_PAGE', async () => {
    const store = openStore();
    for (let i = 0; i < 3; i++) await store.insert('things', { id: `t${i}` });
    expect((await store.find('things', { limit: 0 })).items).toHaveLength(1);
    expect((await store.find('things', { limit: -5 })).items).toHaveLength(1);
    expect((await store.find('things', { limit: 2.7 })).items).toHaveLength(2);
  });

  it('getMany takes many ids in one statement', async () => {
    const store = openStore();
    await store.commit(
      Array.from({ length: 300 }, (_, i) => ({ kind: 'insert' as const, collection: 'things', doc: { id: `t${i}` } })),
    );
    const wanted = Array.from({ length: 1000 }, (_, i) => `t${i}`);
    const found = await store.getMany('things', wanted);
    expect(found).toHaveLength(300);
    expect(found[0]!.id).toBe('t0');
  });

  it('matches booleans stored as JSON true/false and refuses null range bounds', async () => {
    const store = openStore();
    await store.insert('things', { id: 'a', flag: true });
    await store.insert('things', { id: 'b', flag: false });
    expect((await store.find('things', { where: { flag: { in: [true] } } })).items.map((d) => d.id)).toEqual(['a']);
    await expect(store.find('things', { where: { rank: { gt: null } } })).rejects.toBeInstanceOf(TypeError);
  });
});
