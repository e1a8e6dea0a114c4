/**
 * The scheduler's clean-up of exports (名单, 推荐审批表, 推荐工作报告 in storage, slate.export.ts):
 * the file of an export older than the retention period is deleted through the files port, and its
 * `exports` row (the log of who exported what) is kept, marked `fileDeletedAt` on its audit chain.
 *
 * Retention: `LAOMO_EXPORT_RETENTION_DAYS` (whole days ≥ 1, default 7) on the `scheduler` function,
 * read per run. Idempotent: the rows still holding a file are read by `fileDeletedAt: null`; a file
 * already gone deletes as a no-op, so a run that stopped between a deletion and its row's commit is
 * finished by the next one; a second run finds nothing.
 */
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import type { AuditedFields } from '../_platform/audit';
import { UnitOfWork } from '../_platform/unit-of-work';
import type { Job } from '../scheduler/scheduler.jobs';

export const DEFAULT_EXPORT_RETENTION_DAYS = 7;
const DAY_MS = 24 * 3600_000;
const BATCH = 50;

/** A row of `exports` as the clean-up reads it. */
export type ExportDoc = AuditedFields & {
  id: string;
  version: number;
  kind: string;
  fileId: string;
  createdAt: string;
  /** Set when the file was deleted from storage; null (or absent on older rows) while it is there. */
  fileDeletedAt?: string | null;
};

export function exportRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.LAOMO_EXPORT_RETENTION_DAYS);
  return Number.isInteger(days) && days >= 1 ? days : DEFAULT_EXPORT_RETENTION_DAYS;
}

export const deleteExpiredExports: Job = {
  name: 'deleteExpiredExports',
  async run(ports: Ports) {
    const now = ports.clock.now();
    const cutoff = new Date(now.getTime() - exportRetentionDays() * DAY_MS).toISOString();
    const page = await ports.store.find<ExportDoc>(C.exports, {
      where: { fileDeletedAt: null, createdAt: { lte: cutoff } },
      orderBy: [{ field: 'createdAt', direction: 'asc' }],
      limit: BATCH,
    });
    let deleted = 0;
    for (const doc of page.items) {
      try {
        await ports.files.delete(doc.fileId);
        const uow = new UnitOfWork('scheduler', now);
        uow.updateAudited(
          C.exports,
          doc,
          { fileDeletedAt: now.toISOString() },
          { action: 'export.deleteFile', reason: `超过 ${exportRetentionDays()} 天的导出文件` },
        );
        // One row per commit: a failure leaves the others deleted and this one for the next run.
        await ports.store.commit(uow.ops);
        deleted++;
      } catch (e) {
        ports.logger.error('export file not deleted', {
          exportId: doc.id,
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }
    return deleted;
  },
};
