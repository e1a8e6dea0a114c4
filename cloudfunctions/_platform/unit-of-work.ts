/**
 * A unit of work collects a call's writes; the entry commits them atomically after the service
 * returns, together with the stored reply of an idempotent submission. Only single-document
 * operations exist (see store.port.ts), and audited records move their hash chain in the same
 * conditional update that changes them.
 */
import { auditEntryFor, type AuditInput, type AuditedFields } from './audit';
import type { DocBase, WriteOp } from './store/store.port';

import { C } from './collections';

export class UnitOfWork {
  readonly ops: WriteOp[] = [];

  constructor(
    private readonly actor: string,
    private readonly now: Date,
  ) {}

  insert<T extends { id: string }>(collection: string, doc: T): void {
    this.ops.push({ kind: 'insert', collection, doc: doc as { id: string } & Record<string, unknown> });
  }

  /** Conditional update: `seen` is the document as the caller read it (its version counts). */
  update(collection: string, seen: DocBase, set: Record<string, unknown>, unset?: string[]): void {
    this.ops.push({ kind: 'update', collection, id: seen.id, expectedVersion: seen.version, set, unset });
  }

  /** Inserts an audited record with the first entry of its chain. */
  insertAudited<T extends { id: string }>(collection: string, doc: T, audit: AuditInput): void {
    const entry = auditEntryFor(collection, doc.id, null, this.actor, this.now, {
      ...audit,
      fields: audit.fields ?? Object.keys(doc).filter((k) => k !== 'id'),
    });
    this.insert(collection, { ...doc, auditHead: entry.hash, auditSeq: entry.seq });
    this.insert(C.audit, entry);
  }

  /** Updates an audited record and appends to its chain in the same conditional update. */
  updateAudited(
    collection: string,
    seen: DocBase & AuditedFields,
    set: Record<string, unknown>,
    audit: AuditInput,
    unset?: string[],
  ): void {
    const fields = audit.fields ?? [...Object.keys(set), ...(unset ?? [])];
    const entry = auditEntryFor(collection, seen.id, seen, this.actor, this.now, { ...audit, fields });
    this.update(collection, seen, { ...set, auditHead: entry.hash, auditSeq: entry.seq }, unset);
    this.insert(C.audit, entry);
  }
}
