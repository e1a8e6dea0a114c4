/** The scheduler deletes export files past the retention period; the `exports` rows stay as the log. */
import { existsSync } from 'node:fs';
import type { ExportFile } from '../../shared/actions/nomination-slate.schema';
import { recordKeyOf, type AuditEntry } from '../_platform/audit';
import { C } from '../_platform/collections';
import type { Doc } from '../_platform/store/store.port';
import { UnitOfWork } from '../_platform/unit-of-work';
import { nominationDriver, PERSONA, unwrap } from '../_local/nomination-driver';
import { startTestApp, type TestApp } from '../_local/testing';
import { runJobs } from '../scheduler/scheduler.jobs';
import { deleteExpiredExports, exportRetentionDays, type ExportDoc } from './export.jobs';

const NOW = new Date('2026-11-03T01:00:00.000Z');
const DAY = 24 * 3600_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
/** The settable clock runs on from the instant set: compare to the minute. */
const minute = (d: Date) => expect.stringMatching(new RegExp(`^${d.toISOString().slice(0, 16)}`));

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
});
afterEach(() => {
  app.close();
  delete process.env.LAOMO_EXPORT_RETENTION_DAYS;
});

async function exportForm(): Promise<ExportFile> {
  const drive = nominationDriver(app);
  return unwrap(await drive.call<{ file: ExportFile }>('exportForm', { id: 'nomination-demo-2' }, PERSONA.middle)).file;
}
const rowOf = async (fileId: string) =>
  (await app.ports.store.find<ExportDoc>(C.exports, { where: { createdBy: PERSONA.middle }, limit: 10 })).items.find(
    (r) => r.fileId === fileId,
  )!;
const onDisk = (fileId: string) => existsSync(app.ports.files.pathOf(fileId)!);

describe('deleteExpiredExports', () => {
  it('deletes the files older than 7 days, keeps the rows marked and audited, and a second run does nothing', async () => {
    const file = await exportForm();
    // An export logged before the field existed (no `fileDeletedAt`) is cleaned up too.
    await app.ports.files.put('files/export-slate-older.xlsx', Buffer.from('xlsx'), 'application/octet-stream');
    const uow = new UnitOfWork(PERSONA.middle, NOW);
    uow.insertAudited(
      C.exports,
      {
        id: 'export-older',
        kind: 'slate',
        fileId: 'files/export-slate-older.xlsx',
        rows: 1,
        createdBy: PERSONA.middle,
        createdAt: NOW.toISOString(),
      },
      { action: 'export.slate' },
    );
    await app.ports.store.commit(uow.ops);
    expect(onDisk(file.fileId)).toBe(true);

    app.clock.set(at(6.9));
    expect(await deleteExpiredExports.run(app.ports)).toBe(0);
    expect(onDisk(file.fileId)).toBe(true);

    app.clock.set(at(7.1));
    expect(await runJobs(app.ports)).toContainEqual({ job: 'deleteExpiredExports', changed: 2 });
    expect(onDisk(file.fileId)).toBe(false);
    expect(onDisk('files/export-slate-older.xlsx')).toBe(false);
    const row = await rowOf(file.fileId);
    expect(row).toMatchObject({ kind: 'form', fileDeletedAt: minute(at(7.1)) });
    const chain = await app.ports.store.find<Doc & AuditEntry>(C.audit, {
      where: { recordKey: recordKeyOf(C.exports, row.id) },
      orderBy: [{ field: 'seq', direction: 'asc' }],
      limit: 10,
    });
    expect(chain.items.map((e) => e.action)).toEqual(['export.form', 'export.deleteFile']);

    expect(await deleteExpiredExports.run(app.ports)).toBe(0);
    expect((await rowOf(file.fileId)).version).toBe(row.version);
  });

  it('takes the retention from LAOMO_EXPORT_RETENTION_DAYS (whole days, else 7)', async () => {
    expect(exportRetentionDays({})).toBe(7);
    expect(exportRetentionDays({ LAOMO_EXPORT_RETENTION_DAYS: '0' })).toBe(7);
    expect(exportRetentionDays({ LAOMO_EXPORT_RETENTION_DAYS: 'x' })).toBe(7);
    process.env.LAOMO_EXPORT_RETENTION_DAYS = '1';
    const file = await exportForm();
    app.clock.set(at(1.5));
    expect(await deleteExpiredExports.run(app.ports)).toBe(1);
    expect(onDisk(file.fileId)).toBe(false);
  });

  it('a deletion that fails leaves the row for the next run; a file already gone is not an error', async () => {
    const file = await exportForm();
    app.clock.set(at(8));
    const del = jest.spyOn(app.ports.files, 'delete').mockRejectedValueOnce(new Error('storage unavailable'));
    expect(await deleteExpiredExports.run(app.ports)).toBe(0);
    del.mockRestore();
    expect(app.logs).toContainEqual(expect.objectContaining({ level: 'error', message: 'export file not deleted' }));
    expect((await rowOf(file.fileId)).fileDeletedAt).toBeNull();
    await app.ports.files.delete(file.fileId); // gone already (e.g. deleted by hand)
    expect(await deleteExpiredExports.run(app.ports)).toBe(1);
    expect((await rowOf(file.fileId)).fileDeletedAt).toEqual(minute(at(8)));
  });
});
