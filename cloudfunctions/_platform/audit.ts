/**
 * Per-record audit hash chains. Each audited record carries the head of its own chain
 * (`auditHead`, `auditSeq`), moved in the same conditional update as the change, so unrelated
 * writes never queue behind one global chain. An entry names who, what, which record, which
 * fields, when and why, and the previous hash: ids and field names, never personal values, so
 * sealing or erasing personal data never breaks a chain.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditedFields {
  auditHead?: string;
  auditSeq?: number;
}

export interface AuditInput {
  action: string;
  /** Field names touched; defaults to the keys written. Never values. */
  fields?: string[];
  reason?: string;
}

export type AuditEntry = {
  id: string;
  recordKey: string;
  seq: number;
  actor: string;
  action: string;
  fields: string[];
  at: string;
  reason: string | null;
  prevHash: string;
  hash: string;
};

export function recordKeyOf(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** The hash of an entry: over every field but the hash itself, in a fixed order. */
export function hashEntry(e: Omit<AuditEntry, 'hash' | 'id'>): string {
  const canonical = JSON.stringify([e.recordKey, e.seq, e.actor, e.action, e.fields, e.at, e.reason, e.prevHash]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function auditEntryFor(
  collection: string,
  recordId: string,
  previous: AuditedFields | null,
  actor: string,
  now: Date,
  input: AuditInput & { fields: string[] },
): AuditEntry {
  const recordKey = recordKeyOf(collection, recordId);
  const seq = (previous?.auditSeq ?? 0) + 1;
  const body = {
    recordKey,
    seq,
    actor,
    action: input.action,
    fields: [...input.fields].filter((f) => f !== 'auditHead' && f !== 'auditSeq').sort(),
    at: now.toISOString(),
    reason: input.reason ?? null,
    prevHash: previous?.auditHead ?? GENESIS_HASH,
  };
  return { id: `${recordKey}#${String(seq).padStart(8, '0')}`, ...body, hash: hashEntry(body) };
}

export type ChainProblem = { recordKey: string; seq: number; problem: string };

/**
 * Verifies one chain: entries in seq order, each hash recomputed, each linked to the previous,
 * and the record's head equal to the last entry. Returns the first broken entry, or null.
 */
export function verifyChain(recordKey: string, entries: AuditEntry[], head: AuditedFields | null): ChainProblem | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { recordKey, seq: e.seq, problem: `expected seq ${expectedSeq}` };
    if (e.prevHash !== prev) return { recordKey, seq: e.seq, problem: 'previous hash does not match' };
    if (hashEntry(e) !== e.hash) return { recordKey, seq: e.seq, problem: 'entry hash does not match its content' };
    prev = e.hash;
    expectedSeq++;
  }
  if (head && (head.auditHead ?? GENESIS_HASH) !== prev) {
    return { recordKey, seq: expectedSeq - 1, problem: 'record head does not match the last entry' };
  }
  return null;
}
