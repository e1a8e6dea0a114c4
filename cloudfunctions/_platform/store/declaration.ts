/**
 * How collections are declared. The declaration is the single source of truth:
 * the SQLite schema (tables and expression indexes) derives from it, the CloudBase
 * indexes are listed from it, and both adapters refuse queries on fields it does not name.
 */
import { UndeclaredQueryError, type FindQuery, type Where } from './store.port';

export interface CollectionDecl {
  name: string;
  /**
   * Each index is an ordered list of top-level field names. A field may be used in
   * `where` or `orderBy` only when some index of the collection names it.
   */
  indexes: readonly (readonly string[])[];
  /** Records in this collection carry an audit hash chain (`auditHead`, `auditSeq`). */
  audited?: boolean;
  /**
   * A write that loses a race at commit answers CONFLICT with the stored record as `current`
   * only when this is set (records with no private field, e.g. organizations). Otherwise
   * `current` is `{ id, version }` and the client reloads through an action that presents the
   * record for its caller: a raw record may hold openids, identities or internal notes.
   */
  conflictShowsRecord?: boolean;
}

export type Declaration = readonly CollectionDecl[];

export function declaredFields(decl: CollectionDecl): Set<string> {
  const fields = new Set<string>(['id']);
  for (const index of decl.indexes) for (const f of index) fields.add(f);
  return fields;
}

export function findDecl(declaration: Declaration, collection: string): CollectionDecl {
  const decl = declaration.find((c) => c.name === collection);
  if (!decl) throw new Error(`undeclared collection ${collection}`);
  return decl;
}

/** Throws UndeclaredQueryError when a query names a field no index covers. */
export function assertDeclaredQuery(
  declaration: Declaration,
  collection: string,
  query: Pick<FindQuery, 'where' | 'orderBy'> | { where?: Where },
): void {
  const fields = declaredFields(findDecl(declaration, collection));
  const where = query.where ?? {};
  for (const field of Object.keys(where)) {
    if (!fields.has(field)) throw new UndeclaredQueryError(collection, field);
  }
  const orderBy = 'orderBy' in query ? (query.orderBy ?? []) : [];
  for (const o of orderBy) {
    if (!fields.has(o.field)) throw new UndeclaredQueryError(collection, o.field);
  }
}
