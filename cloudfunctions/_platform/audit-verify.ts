/**
 * Walks every audit chain: each audited record's entries in order, each hash recomputed and
 * linked, and the record's head equal to its last entry. Reports the first broken entry of each
 * broken chain (and entries whose record is gone).
 */
import { verifyChain, type AuditEntry, type AuditedFields, type ChainProblem } from './audit';
import { C } from './collections';
import type { Declaration } from './store/declaration';
import type { Doc, Store } from './store/store.port';

export interface VerifyReport {
  records: number;
  entries: number;
  problems: ChainProblem[];
}

async function* pages<T extends Doc>(
  store: Store,
  collection: string,
  where: Record<string, string> = {},
): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await store.find<T>(collection, {
      where,
      limit: 100,
      cursor,
    });
    yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

export async function verifyAllChains(store: Store, declaration: Declaration): Promise<VerifyReport> {
  const report: VerifyReport = { records: 0, entries: 0, problems: [] };
  for (const decl of declaration.filter((d) => d.audited)) {
    for await (const records of pages<Doc & AuditedFields>(store, decl.name)) {
      for (const record of records) {
        report.records++;
        const recordKey = `${decl.name}/${record.id}`;
        const entries: AuditEntry[] = [];
        let cursor: string | null = null;
        do {
          const page: { items: (Doc & AuditEntry)[]; nextCursor: string | null } = await store.find<Doc & AuditEntry>(
            C.audit,
            {
              where: { recordKey },
              orderBy: [
                { field: 'recordKey', direction: 'asc' },
                { field: 'seq', direction: 'asc' },
              ],
              limit: 100,
              cursor,
            },
          );
          entries.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        report.entries += entries.length;
        const problem = verifyChain(recordKey, entries, record);
        if (problem) report.problems.push(problem);
      }
    }
  }
  return report;
}
