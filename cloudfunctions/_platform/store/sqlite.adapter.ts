/**
 * SQLite adapter of the store port (the embedded default, used by the local runner and tests).
 *
 * Layout: one table per declared collection, `(id TEXT PRIMARY KEY, version INTEGER, data TEXT)`,
 * where `data` is the JSON of the document without `id`/`version`. Every declared index becomes an
 * expression index over `json_extract(data,'$.field')`, so a declared query never scans.
 *
 * All methods are `async` to match the port, but the work is synchronous inside (better-sqlite3):
 * a call runs to completion before the next one starts, which is what makes `update`'s version
 * guard and `commit`'s transaction simple.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { clampLimit, decodeCursor, encodeCursor } from './cursor';
import { assertDeclaredQuery, findDecl, type CollectionDecl, type Declaration } from './declaration';
import {
  ConflictError,
  DuplicateIdError,
  type Doc,
  type DocBase,
  type FieldCondition,
  type FindQuery,
  type OrderBy,
  type Page,
  type Scalar,
  type Store,
  type Where,
  type WriteOp,
} from './store.port';

type Db = Database.Database;

/** A one-off schema or data change, applied once per database file, in array order. */
export interface Migration {
  id: string;
  up(db: Db): void;
}

/** The project's migrations. Append only: an id, once shipped, must never change meaning. */
export const migrations: Migration[] = [];

export interface SqliteStoreOptions {
  /** A file path, or ':memory:'. */
  file: string;
  declaration: Declaration;
  /** Defaults to the exported `migrations`. */
  migrations?: readonly Migration[];
}

export type SqliteStore = Store & { db: Db; close(): void };

export { BadCursorError } from './cursor';

/** Fields become SQL literals (`'$.field'`) and index names, so they must be plain identifiers. */
const FIELD_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A leading underscore is reserved for the adapter's own tables (`_schema`, `_migrations`). */
const COLLECTION_RE = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Fields stored as columns rather than inside `data`. */
const COLUMN_FIELDS = new Set(['id', 'version']);

interface Row {
  id: string;
  version: number;
  data: string;
  [orderKey: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// SQL building blocks (pure)
// ---------------------------------------------------------------------------------------------

function quoteIdent(name: string): string {
  return `"${name}"`;
}

/**
 * The SQL expression for a field. Queries and index definitions must use the very same
 * expression text, otherwise SQLite does not match the expression index.
 */
function fieldExpr(field: string): string {
  if (COLUMN_FIELDS.has(field)) return field;
  if (!FIELD_RE.test(field)) throw new TypeError(`field name not supported by the store: ${field}`);
  return `json_extract(data,'$.${field}')`;
}

/** json_extract yields 1/0 for JSON true/false, so booleans are bound the same way. */
function bindValue(value: Scalar): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`not a scalar query value: ${String(value)}`);
}

function isScalar(c: FieldCondition): c is Scalar {
  return c === null || typeof c !== 'object';
}

interface SqlPart {
  sql: string;
  params: unknown[];
}

function inCondition(expr: string, values: Scalar[]): SqlPart {
  if (!Array.isArray(values)) throw new TypeError('`in` expects an array');
  const nonNull = values.filter((v) => v !== null);
  // One JSON parameter instead of one placeholder per value: the SQL text (and so the cached
  // statement) does not depend on the list length. json_each turns true/false into 1/0 too.
  const parts: string[] = [];
  const params: unknown[] = [];
  if (nonNull.length > 0) {
    parts.push(`${expr} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(nonNull.map(bindValue)));
  }
  if (nonNull.length !== values.length) parts.push(`${expr} IS NULL`);
  if (parts.length === 0) return { sql: '0', params };
  return { sql: parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`, params };
}

const RANGE_OPS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function rangeCondition(expr: string, range: Record<string, unknown>): SqlPart {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [key, bound] of Object.entries(range)) {
    if (!(key in RANGE_OPS)) throw new TypeError(`unknown condition operator: ${key}`);
    if (bound === undefined) continue;
    // A null bound has no SQL meaning (every comparison with NULL is unknown); refuse it rather
    // than silently matching nothing.
    if (bound === null) throw new TypeError(`range bound ${key} cannot be null`);
    parts.push(`${expr} ${RANGE_OPS[key as keyof typeof RANGE_OPS]} ?`);
    params.push(bindValue(bound as Scalar));
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

function prefixCondition(expr: string, prefix: unknown): SqlPart {
  if (typeof prefix !== 'string') throw new TypeError('`prefix` expects a string');
  // A half-open range instead of LIKE, so the index is usable. Binary collation: every string
  // that starts with `prefix` (followed by a BMP character) sorts below prefix + U+FFFF.
  return { sql: `${expr} >= ? AND ${expr} < ?`, params: [prefix, `${prefix}\uffff`] };
}

function condition(field: string, c: FieldCondition): SqlPart {
  const expr = fieldExpr(field);
  if (isScalar(c)) {
    return c === null ? { sql: `${expr} IS NULL`, params: [] } : { sql: `${expr} = ?`, params: [bindValue(c)] };
  }
  if ('in' in c) return inCondition(expr, c.in);
  if ('prefix' in c) return prefixCondition(expr, c.prefix);
  return rangeCondition(expr, c);
}

function whereParts(where: Where | undefined): SqlPart[] {
  return Object.entries(where ?? {}).map(([field, c]) => condition(field, c));
}

function joinWhere(parts: SqlPart[]): SqlPart {
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: ` WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

/** The requested order plus the `id` tie-breaker in the direction of the last key. */
function effectiveOrder(orderBy: OrderBy[] | undefined): OrderBy[] {
  const keys = [...(orderBy ?? [])];
  for (const k of keys) {
    if (k.direction !== 'asc' && k.direction !== 'desc') throw new TypeError(`bad direction: ${String(k.direction)}`);
  }
  const last = keys[keys.length - 1];
  if (!last) return [{ field: 'id', direction: 'asc' }];
  if (last.field !== 'id') keys.push({ field: 'id', direction: last.direction });
  return keys;
}

/**
 * "Strictly after `value`" for one order key.
 *
 * NULL handling (null and missing fields are both NULL to json_extract): SQLite sorts NULL first
 * in ASC and last in DESC, and the cursor comparison agrees with that — in ASC everything non-null
 * comes after a null, in DESC nulls come after every non-null and nothing comes after a null.
 * Returns null when nothing can follow.
 */
function afterKey(field: string, direction: 'asc' | 'desc', value: unknown): SqlPart | null {
  const expr = fieldExpr(field);
  if (direction === 'asc') {
    return value === null ? { sql: `${expr} IS NOT NULL`, params: [] } : { sql: `${expr} > ?`, params: [value] };
  }
  if (value === null) return null;
  // The id/version columns are never NULL, so they need no NULL branch.
  const sql = COLUMN_FIELDS.has(field) ? `${expr} < ?` : `(${expr} < ? OR ${expr} IS NULL)`;
  return { sql, params: [value] };
}

/**
 * Keyset condition: (k1 after v1) OR (k1 = v1 AND k2 after v2) OR ...
 * SQLite applies it as a filter over the index scan of the `where` equality (not as a seek), so a
 * deep page costs its offset in index steps: fine at the embedded runner's sizes.
 */
function keysetCondition(order: OrderBy[], values: unknown[]): SqlPart {
  const disjuncts: SqlPart[] = [];
  for (let i = 0; i < order.length; i++) {
    const after = afterKey(order[i]!.field, order[i]!.direction, values[i]);
    if (!after) continue;
    const equal = order.slice(0, i).map((k, j) => ({ sql: `${fieldExpr(k.field)} IS ?`, params: [values[j]] }));
    const all = [...equal, after];
    disjuncts.push({ sql: all.map((p) => p.sql).join(' AND '), params: all.flatMap((p) => p.params) });
  }
  if (disjuncts.length === 0) return { sql: '0', params: [] };
  return { sql: `(${disjuncts.map((d) => `(${d.sql})`).join(' OR ')})`, params: disjuncts.flatMap((d) => d.params) };
}

// ---------------------------------------------------------------------------------------------
// Cursors
// ---------------------------------------------------------------------------------------------

// In ./cursor (shared with the CloudBase adapter).

// ---------------------------------------------------------------------------------------------
// Find compilation (exported so tests can EXPLAIN exactly what the adapter runs)
// ---------------------------------------------------------------------------------------------

export interface CompiledFind {
  sql: string;
  params: unknown[];
  order: OrderBy[];
  limit: number;
}

/**
 * The SELECT the adapter runs for `find`: fetches limit + 1 rows (to know whether a next page
 * exists) and selects each order key as `k<i>` so the cursor holds exactly what SQLite compares.
 */
export function compileFind(declaration: Declaration, collection: string, query: FindQuery): CompiledFind {
  assertDeclaredQuery(declaration, collection, query);
  const order = effectiveOrder(query.orderBy);
  const limit = clampLimit(query.limit);
  const parts = whereParts(query.where);
  if (query.cursor != null) parts.push(keysetCondition(order, decodeCursor(query.cursor, order)));
  const where = joinWhere(parts);
  const keys = order.map((k, i) => `${fieldExpr(k.field)} AS k${i}`).join(', ');
  const orderSql = order.map((k) => `${fieldExpr(k.field)} ${k.direction.toUpperCase()}`).join(', ');
  const sql = `SELECT id, version, data, ${keys} FROM ${quoteIdent(collection)}${where.sql} ORDER BY ${orderSql} LIMIT ?`;
  return { sql, params: [...where.params, limit + 1], order, limit };
}

// ---------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------

function validateDeclaration(declaration: Declaration): void {
  for (const decl of declaration) {
    if (!COLLECTION_RE.test(decl.name)) throw new TypeError(`collection name not supported: ${decl.name}`);
    for (const index of decl.indexes) for (const field of index) fieldExpr(field);
  }
}

interface IndexDef {
  name: string;
  table: string;
  sql: string;
}

function indexDefs(decl: CollectionDecl): IndexDef[] {
  return decl.indexes
    .filter((fields) => fields.length > 0 && !(fields.length === 1 && fields[0] === 'id')) // the primary key covers id
    .map((fields) => {
      const name = `ix_${decl.name}_${fields.join('_')}`;
      const cols = fields.map(fieldExpr).join(', ');
      return {
        name,
        table: decl.name,
        sql: `CREATE INDEX IF NOT EXISTS ${quoteIdent(name)} ON ${quoteIdent(decl.name)}(${cols})`,
      };
    });
}

function applyPragmas(db: Db, file: string): void {
  // busy_timeout first: switching to WAL takes a lock another opener of the file may hold.
  db.pragma('busy_timeout = 5000');
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
}

/** Tables and indexes follow the declaration; `_schema` remembers which indexes we created. */
function syncSchema(db: Db, declaration: Declaration): void {
  const sync = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS _schema (name TEXT PRIMARY KEY, tbl TEXT NOT NULL, applied_at TEXT NOT NULL)');
    db.exec('CREATE TABLE IF NOT EXISTS _migrations (id TEXT PRIMARY KEY, applied_at TEXT)');
    const wanted = new Map<string, IndexDef>();
    for (const decl of declaration) {
      db.exec(
        `CREATE TABLE IF NOT EXISTS ${quoteIdent(decl.name)} (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL)`,
      );
      for (const def of indexDefs(decl)) wanted.set(def.name, def);
    }
    const record = db.prepare('INSERT OR IGNORE INTO _schema (name, tbl, applied_at) VALUES (?, ?, ?)');
    const now = new Date().toISOString();
    for (const def of wanted.values()) {
      db.exec(def.sql);
      record.run(def.name, def.table, now);
    }
    const applied = db.prepare('SELECT name FROM _schema').all() as { name: string }[];
    const forget = db.prepare('DELETE FROM _schema WHERE name = ?');
    for (const { name } of applied) {
      if (wanted.has(name)) continue;
      db.exec(`DROP INDEX IF EXISTS ${quoteIdent(name)}`);
      forget.run(name);
    }
  });
  // IMMEDIATE: two processes opening the same file serialize instead of failing with BUSY.
  sync.immediate();
}

function runMigrations(db: Db, list: readonly Migration[]): void {
  const ids = new Set<string>();
  for (const m of list) {
    if (ids.has(m.id)) throw new Error(`duplicate migration id ${m.id}`);
    ids.add(m.id);
  }
  const isApplied = db.prepare('SELECT 1 FROM _migrations WHERE id = ?');
  const markApplied = db.prepare('INSERT INTO _migrations (id, applied_at) VALUES (?, ?)');
  for (const m of list) {
    // The check is inside the transaction so a concurrent opener cannot apply it twice.
    const apply = db.transaction(() => {
      if (isApplied.get(m.id)) return;
      m.up(db);
      markApplied.run(m.id, new Date().toISOString());
    });
    apply.immediate();
  }
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

function parseData(json: string): Record<string, unknown> {
  return JSON.parse(json) as Record<string, unknown>;
}

function toDoc<T extends DocBase>(id: string, version: number, data: Record<string, unknown>): T {
  return { ...data, id, version } as T;
}

function rowToDoc<T extends DocBase>(row: Row): T {
  return toDoc<T>(row.id, row.version, parseData(row.data));
}

/** The stored body of a document: everything but the store-managed `id` and `version`. */
function bodyOf(doc: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, version: _version, ...body } = doc;
  return body;
}

/**
 * Shallow merge. `id` and `version` in `set`/`unset` are ignored: they are managed by the store,
 * and callers commonly spread a whole document into `set`. A field both unset and set ends up set.
 */
function mergeBody(
  current: Record<string, unknown>,
  set: Record<string, unknown>,
  unset: string[] = [],
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current };
  for (const field of unset) delete next[field];
  Object.assign(next, bodyOf(set));
  return next;
}

function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new TypeError('a document id must be a non-empty string');
  return id;
}

// ---------------------------------------------------------------------------------------------
// The adapter
// ---------------------------------------------------------------------------------------------

export function openSqliteStore(opts: SqliteStoreOptions): SqliteStore {
  const { file, declaration } = opts;
  validateDeclaration(declaration);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    applyPragmas(db, file);
    syncSchema(db, declaration);
    runMigrations(db, opts.migrations ?? migrations);
  } catch (err) {
    db.close();
    throw err;
  }

  const statements = new Map<string, Database.Statement<unknown[]>>();
  function stmt(sql: string): Database.Statement<unknown[]> {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  }

  /** Resolves the table of a declared collection; throws before any SQL otherwise. */
  function table(collection: string): string {
    return quoteIdent(findDecl(declaration, collection).name);
  }

  function readRow(collection: string, id: string): Row | undefined {
    return stmt(`SELECT id, version, data FROM ${table(collection)} WHERE id = ?`).get(id) as Row | undefined;
  }

  function insertSync<T extends DocBase>(collection: string, doc: Record<string, unknown>): T {
    const id = requireId(doc.id);
    const data = JSON.stringify(bodyOf(doc));
    const sql = `INSERT INTO ${table(collection)} (id, version, data) VALUES (?, 1, ?) ON CONFLICT(id) DO NOTHING`;
    if (stmt(sql).run(id, data).changes === 0) throw new DuplicateIdError(collection, id);
    // Parse back so the result equals what `get` returns (dates become strings, undefined drops).
    return toDoc<T>(id, 1, parseData(data));
  }

  function updateSync<T extends DocBase>(
    collection: string,
    id: string,
    expectedVersion: number,
    set: Record<string, unknown>,
    unset?: string[],
  ): T {
    const row = readRow(collection, id);
    if (!row || row.version !== expectedVersion) {
      throw new ConflictError(collection, id, row ? rowToDoc<Doc>(row) : null);
    }
    // The merge is computed here from the row just read (json_set cannot address every key
    // name); the version guard in the UPDATE keeps it correct if another connection wrote since.
    const data = JSON.stringify(mergeBody(parseData(row.data), set, unset));
    const sql = `UPDATE ${table(collection)} SET version = version + 1, data = ? WHERE id = ? AND version = ?`;
    if (stmt(sql).run(data, id, expectedVersion).changes === 0) {
      const current = readRow(collection, id);
      throw new ConflictError(collection, id, current ? rowToDoc<Doc>(current) : null);
    }
    return toDoc<T>(id, expectedVersion + 1, parseData(data));
  }

  function applyOp(op: WriteOp): void {
    if (op.kind === 'insert') insertSync(op.collection, op.doc);
    else if (op.kind === 'update') updateSync(op.collection, op.id, op.expectedVersion, op.set, op.unset);
    else throw new TypeError(`unknown write op ${String((op as { kind?: unknown }).kind)}`);
  }

  // Run with .immediate(): the read-then-write of an update inside it must never upgrade a read
  // lock, which fails with SQLITE_BUSY under WAL when another connection wrote meanwhile.
  const commitAll = db.transaction((ops: WriteOp[]) => {
    for (const op of ops) applyOp(op);
  });

  return {
    db,

    async get<T extends DocBase = Doc>(collection: string, id: string): Promise<T | null> {
      const row = readRow(collection, id);
      return row ? rowToDoc<T>(row) : null;
    },

    async getMany<T extends DocBase = Doc>(collection: string, ids: string[]): Promise<T[]> {
      const t = table(collection);
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      // One statement whatever the number of ids (no per-length SQL, no variable limit).
      const sql = `SELECT id, version, data FROM ${t} WHERE id IN (SELECT value FROM json_each(?))`;
      const rows = stmt(sql).all(JSON.stringify(unique)) as Row[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return unique.flatMap((id) => {
        const row = byId.get(id);
        return row ? [rowToDoc<T>(row)] : [];
      });
    },

    async find<T extends DocBase = Doc>(collection: string, query: FindQuery): Promise<Page<T>> {
      const { sql, params, order, limit } = compileFind(declaration, collection, query);
      const rows = stmt(sql).all(...params) as Row[];
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor(
              order,
              order.map((_, i) => last[`k${i}`] as Scalar),
            )
          : null;
      return { items: items.map((r) => rowToDoc<T>(r)), nextCursor };
    },

    async count(collection: string, where?: Where): Promise<number> {
      assertDeclaredQuery(declaration, collection, { where });
      const w = joinWhere(whereParts(where));
      const row = stmt(`SELECT count(*) AS n FROM ${table(collection)}${w.sql}`).get(...w.params) as { n: number };
      return row.n;
    },

    async insert<T extends DocBase = Doc>(collection: string, doc: Omit<T, 'version'>): Promise<T> {
      return insertSync<T>(collection, doc);
    },

    async update<T extends DocBase = Doc>(
      collection: string,
      id: string,
      expectedVersion: number,
      set: Record<string, unknown>,
      unset?: string[],
    ): Promise<T> {
      return updateSync<T>(collection, id, expectedVersion, set, unset);
    },

    async commit(ops: WriteOp[]): Promise<void> {
      if (ops.length === 0) return;
      // Refuse undeclared collections before opening the transaction.
      for (const op of ops) table(op.collection);
      commitAll.immediate(ops);
    },

    close(): void {
      statements.clear();
      if (db.open) db.close();
    },
  };
}
