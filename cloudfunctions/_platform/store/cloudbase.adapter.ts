/**
 * CloudBase adapter of the store port (production), through `@cloudbase/node-sdk` 3.18.3, whose
 * database part is `@cloudbase/database` 1.4.3. Every SDK call below is one HTTP POST to the
 * service; the wire and reply shapes quoted in comments come from that package's sources:
 *   - `node_modules/@cloudbase/database/src/document.ts`   (doc get / create / set / update)
 *   - `node_modules/@cloudbase/database/src/query.ts`      (where get / count / update)
 *   - `node_modules/@cloudbase/database/src/collection.ts` (add)
 *   - `node_modules/@cloudbase/database/src/transaction/index.ts` (runTransaction)
 *   - `node_modules/@cloudbase/node-sdk/src/utils/tcbapirequester.ts` (a reply carrying `code`
 *     is thrown as a `TcbError` with that `code`, unless `setThrowOnCode(false)` was called)
 *
 * Mapping: the port's `id` is the document `_id`; `version` is an ordinary stored field.
 * Documents keep every other field at top level, as the SQLite adapter does.
 */
import type tcb from '@cloudbase/node-sdk';
import { clampLimit, decodeCursor, encodeCursor } from './cursor';
import { assertDeclaredQuery, findDecl, type Declaration } from './declaration';
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

// ---------------------------------------------------------------------------------------------
// The part of the SDK this adapter uses, typed. The SDK's own typings are mostly `any`; these
// interfaces are what the adapter relies on, so a change of the SDK surface fails here.
// ---------------------------------------------------------------------------------------------

/** A query command / logic command / update command: opaque values built by `db.command`. */
interface SdkCommandValue {
  readonly _internalType: unknown;
}

/** A where object: field → scalar or command. Logic commands are accepted as a whole query too. */
type SdkCondition = Record<string, unknown> | SdkCommandValue;

interface SdkCommand {
  in(values: unknown[]): SdkCommandValue;
  neq(value: unknown): SdkCommandValue;
  gt(value: unknown): SdkCommandValue;
  gte(value: unknown): SdkCommandValue;
  lt(value: unknown): SdkCommandValue;
  lte(value: unknown): SdkCommandValue;
  and(conditions: SdkCondition[]): SdkCommandValue;
  or(conditions: SdkCondition[]): SdkCommandValue;
  /** `$set` of the whole value: without it a nested object is flattened into dotted paths. */
  set(value: unknown): SdkCommandValue;
  remove(): SdkCommandValue;
}

interface SdkQuery {
  where(query: SdkCondition): SdkQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): SdkQuery;
  limit(n: number): SdkQuery;
  get(): Promise<unknown>;
  count(): Promise<unknown>;
  update(data: Record<string, unknown>): Promise<unknown>;
}

interface SdkDocRef {
  get(): Promise<unknown>;
  create(data: Record<string, unknown>): Promise<unknown>;
  update(data: Record<string, unknown>): Promise<unknown>;
}

interface SdkCollection extends SdkQuery {
  doc(id: string): SdkDocRef;
  add(data: Record<string, unknown>): Promise<unknown>;
}

interface SdkTransaction {
  collection(name: string): SdkCollection;
}

interface SdkDb {
  command: SdkCommand;
  collection(name: string): SdkCollection;
  runTransaction<R>(callback: (tx: SdkTransaction) => Promise<R>, times?: number): Promise<R>;
}

export type CloudbaseApp = ReturnType<typeof tcb.init>;

export interface CloudbaseStoreOptions {
  app: CloudbaseApp;
  declaration: Declaration;
}

// ---------------------------------------------------------------------------------------------
// Errors and reply parsing
// ---------------------------------------------------------------------------------------------

export { BadCursorError } from './cursor';

/** A reply the adapter cannot read: the SDK or the service changed shape. */
export class CloudbaseReplyError extends Error {
  override readonly name = 'CloudbaseReplyError';
  constructor(
    what: string,
    readonly code?: string,
  ) {
    super(`unexpected CloudBase reply: ${what}`);
  }
}

/**
 * The service's "index key duplicate" error (https://docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE).
 * The node SDK passes the service `code` through (tcbapirequester.ts → `E({ ...result })`); the
 * MongoDB text is accepted too because wrappers (wx-server-sdk) re-code it as a generic failure.
 */
const DUPLICATE_CODE = 'DATABASE_DUPLICATE_WRITE';

function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function isDuplicateWrite(err: unknown): boolean {
  if (errorCode(err) === DUPLICATE_CODE) return true;
  const message = err instanceof Error ? err.message : '';
  return /\bE11000 duplicate key\b/.test(message) || message.includes(DUPLICATE_CODE);
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * With `setThrowOnCode(false)` (a global of the node SDK) an error reply is *returned* instead of
 * thrown (query.ts: `if (res.code) return res`). Whatever another module chose, this adapter throws.
 */
function checked(res: unknown, what: string): Json {
  if (!isRecord(res)) throw new CloudbaseReplyError(`${what}: not an object`);
  if (typeof res.code === 'string' && res.code) {
    const err = new CloudbaseReplyError(`${what}: ${res.code} ${String(res.message ?? '')}`, res.code);
    throw err;
  }
  return res;
}

/** `Query.get()` → `{ data: documents[], requestId }` (query.ts). */
function listReply(res: unknown, what: string): Json[] {
  const data = checked(res, what).data;
  if (!Array.isArray(data) || !data.every(isRecord)) throw new CloudbaseReplyError(`${what}: data is not a list`);
  return data;
}

/**
 * `DocumentReference.get()` (document.ts): `{ data: documents[] }` outside a transaction,
 * `{ data: documents[0] || null }` inside one.
 */
function oneReply(res: unknown, what: string): Json | null {
  const data = checked(res, what).data;
  if (data === null || data === undefined) return null;
  if (Array.isArray(data)) {
    const first: unknown = data[0];
    if (first === undefined) return null;
    if (!isRecord(first)) throw new CloudbaseReplyError(`${what}: not a document`);
    return first;
  }
  if (!isRecord(data)) throw new CloudbaseReplyError(`${what}: not a document`);
  return data;
}

/** `update()` → `{ updated }` (query.ts / document.ts); `count()` → `{ total }` (query.ts). */
function numberReply(res: unknown, field: 'updated' | 'total', what: string): number {
  const n = checked(res, what)[field];
  if (typeof n !== 'number') throw new CloudbaseReplyError(`${what}: ${field} is not a number`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new TypeError('a document id must be a non-empty string');
  return id;
}

function fromStored<T extends DocBase>(stored: Json): T {
  const { _id, ...rest } = stored;
  if (typeof _id !== 'string') throw new CloudbaseReplyError('document without a string _id');
  if (typeof rest.version !== 'number') throw new CloudbaseReplyError(`document ${_id} without a numeric version`);
  return { ...rest, id: _id } as unknown as T;
}

/**
 * The stored body: everything but the store-managed `id`/`version` (and `_id`, which the SDK
 * refuses inside update data). `undefined` values are dropped, as the SDK's serializer does
 * (datatype.ts), so what `insert`/`update` return equals what `get` reads back.
 */
function bodyOf(doc: Json): Json {
  const body: Json = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'id' || k === 'version' || k === '_id' || v === undefined) continue;
    body[k] = v;
  }
  return body;
}

/** Shallow merge as the SQLite adapter does it: unset first, so a field both unset and set ends up set. */
function mergeBody(current: Json, set: Json, unset: readonly string[]): Json {
  const next: Json = { ...current };
  for (const field of unset) delete next[field];
  return { ...next, ...bodyOf(set) };
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** A server query returns at most 100 documents unless told otherwise (query.ts: `param.limit = 100`). */
const CHUNK = 100;

function storedField(field: string): string {
  return field === 'id' ? '_id' : field;
}

function isScalar(c: FieldCondition): c is Scalar {
  return c === null || typeof c !== 'object';
}

function checkScalar(value: unknown, what: string): Scalar {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  throw new TypeError(`${what}: not a scalar query value`);
}

/**
 * The exclusive upper bound of the strings starting with `prefix`: the prefix with its last code
 * unit incremented. Unlike `prefix + '\uffff'` this is exact under MongoDB's UTF-8 byte order
 * too, where a character above U+FFFF (an emoji) sorts after U+FFFF. Null when no bound exists.
 */
function prefixUpperBound(prefix: string): string | null {
  let p = prefix;
  while (p.length > 0 && p.charCodeAt(p.length - 1) === 0xffff) p = p.slice(0, -1);
  if (p.length === 0) return null;
  const last = p.charCodeAt(p.length - 1);
  // U+D7FF + 1 would be a lone surrogate, which is not valid UTF-8 on the wire: skip to U+E000.
  const next = last === 0xd7ff ? 0xe000 : last + 1;
  return p.slice(0, -1) + String.fromCharCode(next);
}

const RANGE_KEYS = ['gt', 'gte', 'lt', 'lte'] as const;

/** One port condition → single-field clauses, all of which must hold. */
function fieldClauses(_: SdkCommand, field: string, c: FieldCondition): SdkCondition[] {
  const f = storedField(field);
  if (isScalar(c)) return [{ [f]: checkScalar(c, field) }];
  if ('in' in c) {
    if (!Array.isArray(c.in)) throw new TypeError('`in` expects an array');
    // `$in: [null]` matches null and missing fields in MongoDB, like `IS NULL` in the SQLite adapter.
    return [{ [f]: _.in(c.in.map((v) => checkScalar(v, field))) }];
  }
  if ('prefix' in c) {
    if (typeof c.prefix !== 'string') throw new TypeError('`prefix` expects a string');
    const upper = prefixUpperBound(c.prefix);
    // A range, not a regular expression: the index on the field serves it.
    return upper === null ? [{ [f]: _.gte(c.prefix) }] : [{ [f]: _.gte(c.prefix) }, { [f]: _.lt(upper) }];
  }
  const clauses: SdkCondition[] = [];
  for (const key of Object.keys(c)) {
    if (!(RANGE_KEYS as readonly string[]).includes(key)) throw new TypeError(`unknown condition operator: ${key}`);
    const bound = (c as Record<string, unknown>)[key];
    if (bound === undefined) continue;
    // As in the SQLite adapter: a null bound has no ordering meaning, so refuse it.
    if (bound === null) throw new TypeError(`range bound ${key} cannot be null`);
    clauses.push({ [f]: _[key as (typeof RANGE_KEYS)[number]](checkScalar(bound, field)) });
  }
  return clauses;
}

function whereClauses(_: SdkCommand, where: Where | undefined): SdkCondition[] {
  return Object.entries(where ?? {}).flatMap(([field, c]) => fieldClauses(_, field, c));
}

/**
 * Clauses are single-field objects combined with `_.and`, never merged into one object: two
 * bounds on one field (a range, or a range plus the cursor) would overwrite each other there.
 */
function combine(_: SdkCommand, clauses: SdkCondition[]): SdkCondition | null {
  if (clauses.length === 0) return null;
  if (clauses.length === 1) return clauses[0]!;
  return _.and(clauses);
}

/** The requested order plus the `id` tie-breaker in the direction of the last key (as SQLite). */
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
 * "Strictly after `value`" for one key, in MongoDB's order where null and missing sort first
 * ascending and last descending (the SQLite adapter's order too). MongoDB comparisons never
 * match null (`$gt: null` matches nothing), so the null cases are spelled out. Null when
 * nothing can follow.
 */
function afterKey(_: SdkCommand, field: string, direction: 'asc' | 'desc', value: Scalar): SdkCondition | null {
  const f = storedField(field);
  if (direction === 'asc') return value === null ? { [f]: _.neq(null) } : { [f]: _.gt(value) };
  if (value === null) return null;
  // `_id` is never null, so it needs no null branch.
  return f === '_id' ? { [f]: _.lt(value) } : _.or([{ [f]: _.lt(value) }, { [f]: null }]);
}

/** Keyset condition: (k1 after v1) OR (k1 = v1 AND k2 after v2) OR … */
function keysetCondition(_: SdkCommand, order: OrderBy[], values: Scalar[]): SdkCondition {
  const disjuncts: SdkCondition[] = [];
  for (let i = 0; i < order.length; i++) {
    const after = afterKey(_, order[i]!.field, order[i]!.direction, values[i]!);
    if (!after) continue;
    // `{ f: null }` matches null and missing fields, which sort together: the right equality.
    const equal = order.slice(0, i).map((k, j): SdkCondition => ({ [storedField(k.field)]: values[j] }));
    disjuncts.push(combine(_, [...equal, after])!);
  }
  // Nothing can follow (only possible with a null id, which the cursor check refuses): match none.
  if (disjuncts.length === 0) return { _id: _.in([]) };
  return disjuncts.length === 1 ? disjuncts[0]! : _.or(disjuncts);
}

// Cursors: the shared format of ./cursor, built from the last item's order values.

function orderValue(doc: Json, field: string): Scalar {
  const v = field === 'id' ? doc.id : doc[field];
  if (v === undefined) return null;
  // A non-scalar (a Date, an object) would not survive the JSON cursor with its type.
  return checkScalar(v, `order field ${field}`);
}

function cursorAfter(order: OrderBy[], last: Json): string {
  return encodeCursor(
    order,
    order.map((k) => orderValue(last, k.field)),
  );
}

// ---------------------------------------------------------------------------------------------
// The adapter
// ---------------------------------------------------------------------------------------------

export function cloudbaseStore(opts: CloudbaseStoreOptions): Store {
  const { declaration } = opts;
  // The one cast at the boundary: the SDK's `Db` is typed loosely (`any` for transactions).
  const db = opts.app.database() as unknown as SdkDb;
  const _ = db.command;

  /** Resolves a declared collection; throws before any I/O otherwise. */
  function coll(collection: string): string {
    return findDecl(declaration, collection).name;
  }

  async function readOne(collection: string, id: string): Promise<Json | null> {
    return oneReply(await db.collection(collection).doc(id).get(), 'doc.get');
  }

  /**
   * Update data for a version-guarded write. Every value goes through `_.set`: a plain nested
   * object would be flattened by the SDK into `$set: { 'a.b': … }` (serializer/update.ts),
   * a deep merge, where the port promises a shallow one.
   */
  function updateData(expectedVersion: number, set: Json, unset: readonly string[]): Json {
    const body = bodyOf(set);
    const data: Json = {};
    for (const field of unset) {
      if (field in body || field === 'id' || field === '_id' || field === 'version') continue;
      data[field] = _.remove();
    }
    for (const [field, value] of Object.entries(body)) data[field] = _.set(value);
    data.version = expectedVersion + 1;
    return data;
  }

  /** The one transactional write path: re-checks inside the transaction, single-doc ops only. */
  async function applyInTransaction(tx: SdkTransaction, op: WriteOp): Promise<void> {
    if (op.kind === 'insert') {
      const id = requireId(op.doc.id);
      const ref = tx.collection(op.collection).doc(id);
      if (oneReply(await ref.get(), 'tx doc.get') !== null) throw new DuplicateIdError(op.collection, id);
      try {
        // document.ts: `create` sends insertDocument with the transaction id; `_id` comes from doc(id).
        checked(await ref.create({ ...bodyOf(op.doc), version: 1 }), 'tx doc.create');
      } catch (err) {
        if (isDuplicateWrite(err)) throw new DuplicateIdError(op.collection, id);
        throw err;
      }
      return;
    }
    if (op.kind === 'update') {
      const id = requireId(op.id);
      const ref = tx.collection(op.collection).doc(id);
      const stored = oneReply(await ref.get(), 'tx doc.get');
      const current = stored ? fromStored<Doc>(stored) : null;
      if (!current || current.version !== op.expectedVersion) throw new ConflictError(op.collection, id, current);
      const updated = numberReply(
        await ref.update(updateData(op.expectedVersion, op.set, op.unset ?? [])),
        'updated',
        'tx doc.update',
      );
      // The read above is inside the same transaction, so this cannot miss; if it does, abort.
      if (updated !== 1) throw new ConflictError(op.collection, id, current);
      return;
    }
    throw new TypeError(`unknown write op ${String((op as { kind?: unknown }).kind)}`);
  }

  return {
    async get<T extends DocBase = Doc>(collection: string, id: string): Promise<T | null> {
      const stored = await readOne(coll(collection), requireId(id));
      return stored ? fromStored<T>(stored) : null;
    },

    async getMany<T extends DocBase = Doc>(collection: string, ids: string[]): Promise<T[]> {
      const c = coll(collection);
      const unique = [...new Set(ids.map(requireId))];
      if (unique.length === 0) return [];
      const chunks: string[][] = [];
      for (let i = 0; i < unique.length; i += CHUNK) chunks.push(unique.slice(i, i + CHUNK));
      // One query per 100 ids; `limit` set explicitly so the server default never truncates.
      const lists = await Promise.all(
        chunks.map(async (chunk) =>
          listReply(
            await db
              .collection(c)
              .where({ _id: _.in(chunk) })
              .limit(chunk.length)
              .get(),
            'getMany',
          ),
        ),
      );
      const byId = new Map<string, T>();
      for (const stored of lists.flat()) {
        const doc = fromStored<T>(stored);
        byId.set(doc.id, doc);
      }
      // Input order, as the SQLite adapter returns them.
      return unique.flatMap((id) => {
        const doc = byId.get(id);
        return doc ? [doc] : [];
      });
    },

    async find<T extends DocBase = Doc>(collection: string, query: FindQuery): Promise<Page<T>> {
      assertDeclaredQuery(declaration, collection, query);
      const c = coll(collection);
      const order = effectiveOrder(query.orderBy);
      const limit = clampLimit(query.limit);
      const clauses = whereClauses(_, query.where);
      if (query.cursor != null) clauses.push(keysetCondition(_, order, decodeCursor(query.cursor, order)));
      const condition = combine(_, clauses);
      let q: SdkQuery = condition ? db.collection(c).where(condition) : db.collection(c);
      for (const k of order) q = q.orderBy(storedField(k.field), k.direction);
      // One more than the page: its presence says whether a next page exists.
      const docs = listReply(await q.limit(limit + 1).get(), 'find').map((d) => fromStored<T>(d));
      const items = docs.slice(0, limit);
      const last = items[items.length - 1];
      const nextCursor = docs.length > limit && last ? cursorAfter(order, last as unknown as Json) : null;
      return { items, nextCursor };
    },

    async count(collection: string, where?: Where): Promise<number> {
      assertDeclaredQuery(declaration, collection, { where });
      const c = coll(collection);
      const condition = combine(_, whereClauses(_, where));
      const q: SdkQuery = condition ? db.collection(c).where(condition) : db.collection(c);
      // query.ts: `count()` sends database.calculateDocument and returns `{ total }`.
      return numberReply(await q.count(), 'total', 'count');
    },

    async insert<T extends DocBase = Doc>(collection: string, doc: Omit<T, 'version'>): Promise<T> {
      const c = coll(collection);
      const fields = doc as unknown as Json;
      const id = requireId(fields.id);
      const body = bodyOf(fields);
      try {
        // collection.ts: `add` sends database.insertDocument; the reply's insertedIds is ours.
        checked(await db.collection(c).add({ ...body, _id: id, version: 1 }), 'add');
      } catch (err) {
        if (isDuplicateWrite(err)) throw new DuplicateIdError(collection, id);
        throw err;
      }
      // A copy, as SQLite's parse-back gives: the caller's later edits must not alias the result.
      return { ...structuredClone(body), id, version: 1 } as unknown as T;
    },

    async update<T extends DocBase = Doc>(
      collection: string,
      id: string,
      expectedVersion: number,
      set: Record<string, unknown>,
      unset: string[] = [],
    ): Promise<T> {
      const c = coll(collection);
      requireId(id);
      // Read first: a stale caller gets its ConflictError without a write, and on success the
      // result is computed from exactly the state the guarded write replaced (a read-back after
      // the write could already include someone else's later update).
      const before = await readOne(c, id);
      const current = before ? fromStored<Doc>(before) : null;
      if (!current || current.version !== expectedVersion) throw new ConflictError(collection, id, current);
      const updated = numberReply(
        await db
          .collection(c)
          .where({ _id: id, version: expectedVersion })
          .update(updateData(expectedVersion, set, unset)),
        'updated',
        'update',
      );
      if (updated === 0) {
        // Someone wrote between our read and our write: report what is there now.
        const now = await readOne(c, id);
        throw new ConflictError(collection, id, now ? fromStored<Doc>(now) : null);
      }
      const next = mergeBody(bodyOf(current), structuredClone(set), unset);
      return { ...next, id, version: expectedVersion + 1 } as unknown as T;
    },

    async commit(ops: WriteOp[]): Promise<void> {
      if (ops.length === 0) return;
      for (const op of ops) coll(op.collection);
      // transaction/index.ts: an error thrown by the callback aborts the transaction
      // (database.abortTransaction) and is rethrown as the same object, so ConflictError and
      // DuplicateIdError reach the caller intact. A DATABASE_TRANSACTION_CONFLICT from the
      // service makes the SDK rerun the callback (up to 3 times), re-reading every version.
      await db.runTransaction(async (tx) => {
        for (const op of ops) await applyInTransaction(tx, op);
      });
    },
  };
}
