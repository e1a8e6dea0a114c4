/**
 * The store port: the only way a service touches persistent data.
 *
 * Adapters: SQLite (`sqlite.adapter.ts`, the embedded default) and CloudBase
 * (`cloudbase.adapter.ts`, production). Both pass `store.contract.ts`.
 *
 * Rules that keep both adapters honest:
 * - every collection and every queryable field is declared in `collections.ts`;
 *   a query on an undeclared field throws `UndeclaredQueryError` (so production never scans);
 * - a page holds at most `MAX_PAGE` documents (CloudBase caps a server query at 1000);
 * - every mutation of an existing document names the version its caller saw;
 * - a unit of work holds only single-document operations (CloudBase transactions run
 *   `where().update()` outside the transaction).
 */

export const MAX_PAGE = 100;

/** What every stored document has. `id` and `version` are managed by the store. */
export interface DocBase {
  id: string;
  /** Starts at 1 on insert, +1 on every update. */
  version: number;
}

/** A stored document of unknown shape. Record types are `type` aliases over DocBase. */
export type Doc = DocBase & { [field: string]: unknown };

export type Scalar = string | number | boolean | null;

/** Condition on one declared field. A bare scalar means equality. */
export type FieldCondition =
  Scalar | { in: Scalar[] } | { gt?: Scalar; gte?: Scalar; lt?: Scalar; lte?: Scalar } | { prefix: string };

export type Where = Record<string, FieldCondition>;

export interface OrderBy {
  field: string;
  direction: 'asc' | 'desc';
}

export interface FindQuery {
  where?: Where;
  /** Ties are always broken by `id` in the direction of the last key. */
  orderBy?: OrderBy[];
  /** 1..MAX_PAGE; default 20. */
  limit?: number;
  /** Opaque cursor returned by the previous page. */
  cursor?: string | null;
}

export interface Page<T extends DocBase = Doc> {
  items: T[];
  /** null when there is no further page. */
  nextCursor: string | null;
}

/** A write inside a unit of work. Only single-document operations exist. */
export type WriteOp =
  /** Create a document; fails with DuplicateIdError when the id exists. */
  | { kind: 'insert'; collection: string; doc: { id: string; version?: number; [field: string]: unknown } }
  /**
   * Replace fields of a document whose stored version equals `expectedVersion`
   * (shallow merge of `set`; `unset` removes fields). Fails with ConflictError otherwise.
   */
  | {
      kind: 'update';
      collection: string;
      id: string;
      expectedVersion: number;
      set: Record<string, unknown>;
      unset?: string[];
    };

export interface Store {
  get<T extends DocBase = Doc>(collection: string, id: string): Promise<T | null>;
  /** Several ids at once (one round trip); missing ids are absent from the result. */
  getMany<T extends DocBase = Doc>(collection: string, ids: string[]): Promise<T[]>;
  find<T extends DocBase = Doc>(collection: string, query: FindQuery): Promise<Page<T>>;
  count(collection: string, where?: Where): Promise<number>;
  insert<T extends DocBase = Doc>(collection: string, doc: Omit<T, 'version'>): Promise<T>;
  /** Conditional update by version; returns the new document. */
  update<T extends DocBase = Doc>(
    collection: string,
    id: string,
    expectedVersion: number,
    set: Record<string, unknown>,
    unset?: string[],
  ): Promise<T>;
  /**
   * Apply all writes atomically or none. Throws ConflictError / DuplicateIdError
   * naming the first failing operation; nothing is written then.
   */
  commit(ops: WriteOp[]): Promise<void>;
  close?(): Promise<void> | void;
}

export class ConflictError extends Error {
  readonly kind = 'conflict' as const;
  constructor(
    readonly collection: string,
    readonly id: string,
    /** The current stored document, or null when it does not exist. */
    readonly current: Doc | null,
  ) {
    super(`version conflict on ${collection}/${id}`);
  }
}

export class DuplicateIdError extends Error {
  readonly kind = 'duplicate' as const;
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`duplicate id ${collection}/${id}`);
  }
}

/** A programming error: the query names a field that no declared index covers. */
export class UndeclaredQueryError extends Error {
  constructor(collection: string, field: string) {
    super(`query on undeclared field ${collection}.${field}`);
  }
}
