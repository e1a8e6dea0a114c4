/**
 * Group 7's child: one process that starts the local ports on a fresh data folder (demo seed), adds
 * a large slate to 东湖街道 (`rows` nominations at its Party consent, written straight to the store),
 * then exports it through `nomination.exportSlate` as the middle-tier cadre — the real export,
 * streamed with exceljs' WorkbookWriter through the files port — and reports its memory from /proc
 * before and after. Run as `node --import tsx export-child.ts <dataDir> <rows>`.
 */
import { statSync } from 'node:fs';
import { C } from '../../cloudfunctions/_platform/collections';
import type { WriteOp } from '../../cloudfunctions/_platform/store/store.port';
import { FUNCTION_FACTORIES } from '../../cloudfunctions/_local/functions';
import { localPorts } from '../../cloudfunctions/_local/local.ports';
import { seedDemo } from '../../cloudfunctions/_local/seed';
import type { NominationDoc } from '../../cloudfunctions/nomination/nomination.records';
import { nowMs, procMemory } from './common';

const FLAGS = [['frontLineWorker', 'woman'], ['technicalStaff'], ['frontLineWorker', 'migrantWorker'], ['manager']];
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨';

async function main(): Promise<void> {
  const [dataDir, rowsArg] = process.argv.slice(2);
  const rows = Number(rowsArg);
  if (!dataDir || !Number.isInteger(rows) || rows < 1) throw new Error('usage: export-child.ts <dataDir> <rows>');
  const ports = localPorts({ dataDir, logger: { error: (m, f) => console.error(m, f), info: () => undefined } });
  await seedDemo(ports);
  const template = await ports.store.get<NominationDoc>(C.nominations, 'nomination-demo-2');
  if (!template) throw new Error('the demo seed has no nomination-demo-2');
  const { auditHead: _h, auditSeq: _s, version: _v, ...base } = template;
  let ops: WriteOp[] = [];
  for (let i = 1; i <= rows; i++) {
    const name = `${SURNAMES[i % SURNAMES.length]}${String(i).padStart(4, '0')}`;
    const flags = FLAGS[i % FLAGS.length]!;
    const doc = {
      ...base,
      id: `bench-slate-${i}`,
      name,
      form: { ...base.form, name, flags } as NominationDoc['form'],
      state: { stageIndex: 5, status: 'submitted' },
      stageIndex: 5,
      status: 'submitted',
      stageKind: 'partyConsent',
      stageTier: 'middle',
    };
    ops.push({ kind: 'insert', collection: C.nominations, doc: doc as unknown as { id: string } });
    if (ops.length === 500 || i === rows) {
      await ports.store.commit(ops);
      ops = [];
    }
  }
  const nomination = FUNCTION_FACTORIES.nomination!(ports);
  const before = { rss: procMemory('self', 'VmRSS'), hwm: procMemory('self', 'VmHWM') };
  // The export requires exceljs on first use: measure that part on its own.
  await import('exceljs');
  const loaded = { rss: procMemory('self', 'VmRSS'), hwm: procMemory('self', 'VmHWM') };
  const t0 = nowMs();
  const reply = (await nomination(
    { action: 'exportSlate', data: { roundId: 'round-2027', orgId: 'sub-east' }, requestId: 'bench-export-1' },
    { openid: 'demo-middle' },
  )) as { ok: boolean; data?: { file: { fileId: string; size: number } }; code?: string; message?: string };
  const ms = nowMs() - t0;
  const after = { rss: procMemory('self', 'VmRSS'), hwm: procMemory('self', 'VmHWM') };
  const path = reply.ok ? ports.files.pathOf(reply.data!.file.fileId) : null;
  const fileBytes = path ? statSync(path).size : 0;
  const exported = reply.ok ? rows + 1 : 0; // the demo's own nomination is on the slate too
  process.stdout.write(
    `${JSON.stringify({ reply: { ok: reply.ok, code: reply.code, message: reply.message, data: { exported } }, before, loaded, after, ms, fileBytes })}\n`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
