/**
 * An in-process stand-in for the CloudBase database service, speaking the wire protocol of
 * `@cloudbase/node-sdk` 3.18.3 so the REAL SDK can be tested against it.
 *
 * Wire (node-sdk/src/utils/tcbapirequester.ts, tcbdbapirequester.ts, tcbapiendpoint.ts): every
 * database call is one `POST <serviceUrl>?env=…&seqId=…` with a JSON body
 * `{ action, collectionName?, query?, data?, order?, limit?, offset?, queryType?, multi?, merge?,
 * upsert?, transactionId?, envName, … }`; `query`, `order`, `data` are EJSON strings (canonical,
 * `relaxed: false`), `insertDocument`'s `data` is a list of EJSON strings. The reply is HTTP 200
 * JSON; an error is `{ code, message, requestId }` (the SDK throws it as a TcbError with `code`).
 *
 * Actions implemented, with the reply shapes the SDK reads (@cloudbase/database/src/…):
 *   database.getDocument        → { data: { list: [EJSON string…] } }      query.ts, document.ts
 *   database.calculateDocument  → { data: { total } }                       query.ts (count)
 *   database.insertDocument     → { data: { insertedIds: [...] } }          collection.ts, document.ts
 *   database.modifyDocument     → { data: { updated, upsert_id? } }         query.ts, document.ts
 *   database.startTransaction   → { transactionId }                         transaction/index.ts
 *   database.commitTransaction  → { }                                       transaction/index.ts
 *   database.abortTransaction   → { }                                       transaction/index.ts
 * Anything else replies `FAKE_UNSUPPORTED` and stays recorded, so a gap is visible in a test.
 *
 * Semantics follow MongoDB, which the service runs on: null/missing compare equal, comparisons
 * are type-bracketed (`$gt: 5` never matches a string, `$gt: null` matches nothing), strings
 * compare by UTF-8 bytes, null/missing sort first. A server query returns 100 documents unless
 * told otherwise and never more than 1000. A duplicate `_id` replies `DATABASE_DUPLICATE_WRITE`
 * (https://docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE).
 *
 * Transactions: writes tagged with a transaction id are buffered and applied atomically on
 * commit (discarded on abort). Reads inside a transaction see its own writes. Conflicts are
 * first-writer-wins, a simplification of MongoDB's snapshot isolation: writing a document that
 * changed since the transaction first saw it, or that another open transaction wrote, replies
 * `DATABASE_TRANSACTION_CONFLICT` (the code the SDK retries on); so does a commit whose
 * documents changed meanwhile. Collections spring into existence on first use (the real service
 * would answer DATABASE_COLLECTION_NOT_EXIST; production collections are created at deploy).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EJSON } from 'bson';

type Json = Record<string, unknown>;
export type StoredDoc = Json & { _id: string };

export interface RecordedRequest {
  action: string;
  /** The request body as sent (EJSON fields still strings). */
  body: Json;
  /** `query`, `order`, `data` of the body, EJSON-decoded, for assertions. */
  decoded: { query?: unknown; order?: unknown; data?: unknown };
}

export interface FakeCloudbase {
  /** The server origin; give the SDK `tcb.init({ serviceUrl: url + '/admin' })`, the real path. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  /** Empties every collection, forgets transactions and recorded requests. */
  reset(): void;
  /** The committed documents of a collection, in insertion order (copies). */
  documents(collection: string): StoredDoc[];
  /** A committed write behind the SDK's back (another client), for concurrency tests. */
  put(collection: string, doc: StoredDoc): void;
  /** Called before each request is handled; may await (e.g. to interleave another client). */
  beforeAction?: (action: string, body: Json) => void | Promise<void>;
}

/** An error reply: `{ code, message }`, as the service sends them. */
class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const unsupported = (what: string): ServiceError => new ServiceError('FAKE_UNSUPPORTED', `fake server: ${what}`);

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function decodeEJSON(text: unknown, what: string): unknown {
  if (typeof text !== 'string') throw new ServiceError('INVALID_PARAM', `${what} must be an EJSON string`);
  // Relaxed: {$numberInt:"1"} → 1, {$date:…} → Date; the stored values are plain JS.
  return EJSON.parse(text, { relaxed: true });
}

function encodeDoc(doc: StoredDoc): string {
  // Canonical, as the SDK sends; the SDK parses list items with EJSON.parse (query.ts).
  return EJSON.stringify(doc, { relaxed: false });
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

// ---------------------------------------------------------------------------------------------
// MongoDB-like values
// ---------------------------------------------------------------------------------------------

/** MongoDB's BSON type order for comparisons and sorting (the subset JSON can carry). */
function bracket(v: unknown): number {
  if (v === null || v === undefined) return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (Array.isArray(v)) return 5;
  if (typeof v === 'boolean') return 8;
  if (v instanceof Date) return 9;
  if (typeof v === 'object') return 4;
  throw unsupported(`value of type ${typeof v}`);
}

function compare(a: unknown, b: unknown): number {
  const ba = bracket(a);
  const bb = bracket(b);
  if (ba !== bb) return ba - bb;
  if (ba === 1) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  // Strings by UTF-8 bytes (MongoDB's binary comparison), not by JS UTF-16 code units.
  if (typeof a === 'string' && typeof b === 'string') return Buffer.compare(Buffer.from(a), Buffer.from(b));
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function getPath(doc: Json, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

function setPath(doc: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: Json = doc;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (!isRecord(next)) cur[part] = {};
    cur = cur[part] as Json;
  }
  cur[parts[parts.length - 1]!] = value;
}

function unsetPath(doc: Json, path: string): void {
  const parts = path.split('.');
  let cur: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (!isRecord(cur)) return;
    cur = cur[part];
  }
  if (isRecord(cur)) delete cur[parts[parts.length - 1]!];
}

// ---------------------------------------------------------------------------------------------
// Queries and updates
// ---------------------------------------------------------------------------------------------

function equals(value: unknown, q: unknown): boolean {
  if (q === null) return value === null || value === undefined;
  // An array field matches when any element does (MongoDB), or when equal as a whole.
  if (Array.isArray(value) && !Array.isArray(q)) return value.some((v) => deepEqual(v, q));
  return deepEqual(value, q);
}

function rangeMatch(value: unknown, op: string, q: unknown): boolean {
  if (Array.isArray(value)) return value.some((v) => rangeMatch(v, op, q));
  const v = value === undefined ? null : value;
  // Type bracketing: only values of the same BSON type compare.
  if (bracket(v) !== bracket(q)) return false;
  const c = compare(v, q);
  if (op === '$gt') return c > 0;
  if (op === '$gte') return c >= 0;
  if (op === '$lt') return c < 0;
  return c <= 0;
}

function isOperatorObject(cond: unknown): cond is Json {
  return isRecord(cond) && Object.keys(cond).length > 0 && Object.keys(cond).every((k) => k.startsWith('$'));
}

function fieldMatches(value: unknown, cond: unknown): boolean {
  if (!isOperatorObject(cond)) return equals(value, cond);
  return Object.entries(cond).every(([op, arg]) => {
    switch (op) {
      case '$eq':
        return equals(value, arg);
      case '$ne':
        return !equals(value, arg);
      case '$in':
      case '$nin': {
        if (!Array.isArray(arg)) throw new ServiceError('INVALID_PARAM', `${op} needs an array`);
        const hit = arg.some((a) => equals(value, a));
        return op === '$in' ? hit : !hit;
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte':
        return rangeMatch(value, op, arg);
      case '$exists':
        return (value !== undefined) === Boolean(arg);
      default:
        throw unsupported(`query operator ${op}`);
    }
  });
}

function matches(doc: Json, query: unknown): boolean {
  if (query === undefined) return true;
  if (!isRecord(query)) throw new ServiceError('INVALID_PARAM', 'query must be an object');
  return Object.entries(query).every(([key, cond]) => {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(cond)) throw new ServiceError('INVALID_PARAM', `${key} needs an array`);
      if (key === '$and') return cond.every((q) => matches(doc, q));
      if (key === '$or') return cond.some((q) => matches(doc, q));
      return !cond.some((q) => matches(doc, q));
    }
    if (key.startsWith('$')) throw unsupported(`query operator ${key}`);
    return fieldMatches(getPath(doc, key), cond);
  });
}

function sortDocs(docs: StoredDoc[], order: unknown): StoredDoc[] {
  if (order === undefined) return docs;
  if (!isRecord(order)) throw new ServiceError('INVALID_PARAM', 'order must be an object');
  const keys = Object.entries(order).map(([field, dir]) => {
    if (dir !== 1 && dir !== -1) throw new ServiceError('INVALID_PARAM', `bad order direction for ${field}`);
    return { field, dir };
  });
  // Array.prototype.sort is stable: ties keep insertion (natural) order, as MongoDB tends to.
  return [...docs].sort((a, b) => {
    for (const { field, dir } of keys) {
      const c = compare(getPath(a, field) ?? null, getPath(b, field) ?? null);
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}

/** Applies update operators (merge: true) to a copy of `doc`. */
function applyOperators(doc: StoredDoc, update: unknown): StoredDoc {
  if (!isRecord(update)) throw new ServiceError('INVALID_PARAM', 'update data must be an object');
  const next = clone(doc);
  for (const [op, fields] of Object.entries(update)) {
    if (!isRecord(fields)) throw new ServiceError('INVALID_PARAM', `${op} needs an object`);
    for (const [path, value] of Object.entries(fields)) {
      if (path === '_id' || path.startsWith('_id.')) throw new ServiceError('INVALID_PARAM', 'cannot update _id');
      switch (op) {
        case '$set':
          setPath(next, path, clone(value));
          break;
        case '$unset':
          unsetPath(next, path);
          break;
        case '$inc': {
          const cur = getPath(next, path) ?? 0;
          if (typeof cur !== 'number' || typeof value !== 'number') {
            throw new ServiceError('DATABASE_REQUEST_FAILED', `$inc on a non-number at ${path}`);
          }
          setPath(next, path, cur + value);
          break;
        }
        default:
          throw unsupported(`update operator ${op}`);
      }
    }
  }
  return next;
}

/** A replacement (merge: false, i.e. `doc.set`): the whole body, `_id` kept. */
function replacement(doc: StoredDoc | null, id: string, data: unknown): StoredDoc {
  if (!isRecord(data)) throw new ServiceError('INVALID_PARAM', 'set data must be an object');
  if (Object.keys(data).some((k) => k.startsWith('$'))) {
    throw new ServiceError('INVALID_PARAM', 'update operators are not allowed in a replacement');
  }
  return { ...clone(data), _id: doc?._id ?? id };
}

// ---------------------------------------------------------------------------------------------
// Storage: committed state plus open transactions
// ---------------------------------------------------------------------------------------------

interface Entry {
  doc: StoredDoc;
  /** Bumped on every committed write: what transactions check for conflicts. */
  stamp: number;
}

interface Tx {
  id: string;
  /** key → stamp when the transaction first saw it (0: absent). */
  seen: Map<string, number>;
  /** key → buffered document. */
  writes: Map<string, { collection: string; doc: StoredDoc }>;
}

const key = (collection: string, id: string): string => `${collection}\u0000${id}`;

class Storage {
  private collections = new Map<string, Map<string, Entry>>();
  private txs = new Map<string, Tx>();
  private stamp = 0;
  private txSeq = 0;

  reset(): void {
    this.collections.clear();
    this.txs.clear();
  }

  private coll(name: string): Map<string, Entry> {
    let c = this.collections.get(name);
    if (!c) {
      c = new Map();
      this.collections.set(name, c);
    }
    return c;
  }

  committed(collection: string): StoredDoc[] {
    return [...this.coll(collection).values()].map((e) => clone(e.doc));
  }

  commitWrite(collection: string, doc: StoredDoc): void {
    this.coll(collection).set(doc._id, { doc: clone(doc), stamp: ++this.stamp });
  }

  private stampOf(collection: string, id: string): number {
    return this.coll(collection).get(id)?.stamp ?? 0;
  }

  // --- transactions -------------------------------------------------------------------------

  begin(): string {
    const id = `fake-tx-${++this.txSeq}`;
    this.txs.set(id, { id, seen: new Map(), writes: new Map() });
    return id;
  }

  tx(id: unknown): Tx {
    const tx = typeof id === 'string' ? this.txs.get(id) : undefined;
    // Also what a transaction doomed by an earlier error answers (see `handle`).
    if (!tx) throw new ServiceError('DATABASE_TRANSACTION_FAIL', `no open transaction ${String(id)}`);
    return tx;
  }

  commit(txId: unknown): void {
    const tx = this.tx(txId);
    this.txs.delete(tx.id);
    for (const [k, { collection, doc }] of tx.writes) {
      if (this.stampOf(collection, doc._id) !== (tx.seen.get(k) ?? 0)) {
        throw new ServiceError('DATABASE_TRANSACTION_CONFLICT', `write conflict on ${collection}/${doc._id}`);
      }
    }
    // Synchronous: no other request can interleave, so the commit is atomic.
    for (const { collection, doc } of tx.writes.values()) this.commitWrite(collection, doc);
  }

  abort(txId: unknown): void {
    this.txs.delete(this.tx(txId).id);
  }

  /** Server-side abort after a failed statement: its buffered writes are released. */
  drop(tx: Tx): void {
    this.txs.delete(tx.id);
  }

  // --- views --------------------------------------------------------------------------------

  /** The documents a request sees: committed, overlaid with its transaction's writes. */
  view(collection: string, tx: Tx | null): StoredDoc[] {
    const docs = new Map<string, StoredDoc>();
    for (const [id, e] of this.coll(collection)) docs.set(id, e.doc);
    if (tx) {
      for (const { collection: c, doc } of tx.writes.values()) if (c === collection) docs.set(doc._id, doc);
    }
    return [...docs.values()];
  }

  /** Remembers the first-seen stamp of every document a transaction touches. */
  see(tx: Tx | null, collection: string, id: string): void {
    if (!tx) return;
    const k = key(collection, id);
    if (!tx.seen.has(k)) tx.seen.set(k, this.stampOf(collection, id));
  }

  /** A write: committed at once outside a transaction, buffered inside one. */
  write(tx: Tx | null, collection: string, doc: StoredDoc): void {
    if (!tx) {
      this.commitWrite(collection, doc);
      return;
    }
    this.see(tx, collection, doc._id);
    const k = key(collection, doc._id);
    const changed = this.stampOf(collection, doc._id) !== tx.seen.get(k);
    const heldByOther = [...this.txs.values()].some((o) => o !== tx && o.writes.has(k));
    if (changed || heldByOther) {
      throw new ServiceError('DATABASE_TRANSACTION_CONFLICT', `write conflict on ${collection}/${doc._id}`);
    }
    tx.writes.set(k, { collection, doc: clone(doc) });
  }
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function collectionName(body: Json): string {
  const name = body.collectionName;
  if (typeof name !== 'string' || !name) throw new ServiceError('INVALID_PARAM', 'collectionName is required');
  return name;
}

function optionalEJSON(body: Json, field: 'query' | 'order'): unknown {
  return body[field] === undefined ? undefined : decodeEJSON(body[field], field);
}

function docIdOf(query: unknown): string {
  const id = isRecord(query) ? query._id : undefined;
  if (typeof id !== 'string') throw unsupported('a DOC query without a string _id');
  return id;
}

function randomId(): string {
  return randomBytes(16).toString('hex');
}

export async function startFakeCloudbase(): Promise<FakeCloudbase> {
  const storage = new Storage();
  const requests: RecordedRequest[] = [];
  let requestSeq = 0;

  function txOf(body: Json): Tx | null {
    return body.transactionId === undefined ? null : storage.tx(body.transactionId);
  }

  /** Documents selected by a request's query (a DOC query selects by `_id`). */
  function select(body: Json, tx: Tx | null): { collection: string; docs: StoredDoc[] } {
    const collection = collectionName(body);
    const query = optionalEJSON(body, 'query');
    const docs = storage.view(collection, tx).filter((d) => matches(d, query));
    return { collection, docs };
  }

  const actions: Record<string, (body: Json) => Json> = {
    'database.getDocument'(body) {
      if (body.projection !== undefined) throw unsupported('projection');
      const tx = txOf(body);
      const { collection, docs } = select(body, tx);
      if (body.queryType === 'DOC') storage.see(tx, collection, docIdOf(optionalEJSON(body, 'query')));
      for (const d of docs) storage.see(tx, collection, d._id);
      const offset = typeof body.offset === 'number' ? body.offset : 0;
      const limit = Math.min(typeof body.limit === 'number' ? body.limit : DEFAULT_LIMIT, MAX_LIMIT);
      const page = sortDocs(docs, optionalEJSON(body, 'order')).slice(offset, offset + limit);
      return { data: { list: page.map(encodeDoc), limit, offset } };
    },

    'database.calculateDocument'(body) {
      return { data: { total: select(body, txOf(body)).docs.length } };
    },

    'database.insertDocument'(body) {
      const tx = txOf(body);
      const collection = collectionName(body);
      if (!Array.isArray(body.data)) throw new ServiceError('INVALID_PARAM', 'data must be a list');
      const docs = body.data.map((text): StoredDoc => {
        const doc = decodeEJSON(text, 'data');
        if (!isRecord(doc)) throw new ServiceError('INVALID_PARAM', 'a document must be an object');
        const id = doc._id === undefined ? randomId() : doc._id;
        if (typeof id !== 'string') throw unsupported('a non-string _id');
        return { ...doc, _id: id };
      });
      const existing = new Set(storage.view(collection, tx).map((d) => d._id));
      for (const doc of docs) {
        if (existing.has(doc._id)) {
          throw new ServiceError(
            'DATABASE_DUPLICATE_WRITE',
            `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: "${doc._id}" }`,
          );
        }
        existing.add(doc._id);
      }
      for (const doc of docs) storage.write(tx, collection, doc);
      return { data: { insertedIds: docs.map((d) => d._id) } };
    },

    'database.modifyDocument'(body) {
      const tx = txOf(body);
      const merge = body.merge !== false;
      const data = decodeEJSON(body.data, 'data');
      const { collection, docs } = select(body, tx);
      const targets = body.multi === false ? docs.slice(0, 1) : docs;
      let updated = 0;
      for (const doc of targets) {
        const next = merge ? applyOperators(doc, data) : replacement(doc, doc._id, data);
        // `updated` counts documents actually changed, as MongoDB's nModified does.
        if (!deepEqual(next, doc)) updated += 1;
        storage.write(tx, collection, next);
      }
      if (targets.length === 0 && body.upsert === true) {
        const query = optionalEJSON(body, 'query');
        const id = body.queryType === 'DOC' ? docIdOf(query) : randomId();
        const base: StoredDoc = { _id: id };
        const doc = merge ? applyOperators(base, data) : replacement(null, id, data);
        storage.write(tx, collection, doc);
        return { data: { updated: 0, upsert_id: id } };
      }
      return { data: { updated } };
    },

    'database.startTransaction'() {
      return { transactionId: storage.begin() };
    },

    'database.commitTransaction'(body) {
      storage.commit(body.transactionId);
      return {};
    },

    'database.abortTransaction'(body) {
      storage.abort(body.transactionId);
      return {};
    },
  };

  async function handle(body: Json): Promise<Json> {
    const action = typeof body.action === 'string' ? body.action : '';
    const decoded: RecordedRequest['decoded'] = {};
    for (const field of ['query', 'order', 'data'] as const) {
      const v = body[field];
      if (v === undefined) continue;
      try {
        decoded[field] = Array.isArray(v) ? v.map((x) => EJSON.parse(String(x))) : EJSON.parse(String(v));
      } catch {
        decoded[field] = v;
      }
    }
    requests.push({ action, body, decoded });
    await fake.beforeAction?.(action, body);
    const run = actions[action];
    if (!run) throw unsupported(`action ${action || '(none)'}`);
    const tx = body.transactionId === undefined || action === 'database.commitTransaction' ? null : txOf(body);
    try {
      return run(body);
    } catch (err) {
      // As in MongoDB, a failed statement aborts its transaction on the server: its writes are
      // released (the SDK retries a DATABASE_TRANSACTION_CONFLICT in a *new* transaction without
      // aborting the old one, transaction/index.ts) and a later commit/abort finds no transaction.
      if (tx) storage.drop(tx);
      throw err;
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const requestId = `fake-req-${++requestSeq}`;
      const send = (status: number, reply: Json): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ ...reply, requestId }));
      };
      const path = (req.url ?? '').split('?')[0];
      if (req.method !== 'POST' || path !== '/admin') {
        send(404, { code: 'FAKE_NOT_FOUND', message: `${req.method} ${path}` });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        send(200, { code: 'INVALID_PARAM', message: 'body is not JSON' });
        return;
      }
      if (!isRecord(body)) {
        send(200, { code: 'INVALID_PARAM', message: 'body is not an object' });
        return;
      }
      handle(body).then(
        (reply) => send(200, reply),
        (err: unknown) => {
          if (err instanceof ServiceError) send(200, { code: err.code, message: err.message });
          else send(200, { code: 'SYS_ERR', message: err instanceof Error ? err.message : String(err) });
        },
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeCloudbase = {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      // The SDK keeps connections alive (agentkeepalive); close them or `close` never returns.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
    reset() {
      storage.reset();
      requests.length = 0;
      fake.beforeAction = undefined;
    },
    documents: (collection) => storage.committed(collection),
    put: (collection, doc) => storage.commitWrite(collection, doc),
  };
  return fake;
}
