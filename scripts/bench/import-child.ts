/**
 * Group 7's child: one process that starts the local ports on a fresh data folder (demo seed),
 * then imports a workbook through `org.importOrgs` as the district cadre, and reports its memory
 * from /proc before and after. Run as `node --import tsx import-child.ts <dataDir> <xlsx>`.
 */
import { readFileSync } from 'node:fs';
import { FUNCTION_FACTORIES } from '../../cloudfunctions/_local/functions';
import { localPorts } from '../../cloudfunctions/_local/local.ports';
import { seedDemo } from '../../cloudfunctions/_local/seed';
import { nowMs, procMemory } from './common';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function main(): Promise<void> {
  const [dataDir, xlsx] = process.argv.slice(2);
  if (!dataDir || !xlsx) throw new Error('usage: import-child.ts <dataDir> <xlsx>');
  const ports = localPorts({ dataDir, logger: { error: (m, f) => console.error(m, f), info: () => undefined } });
  await seedDemo(ports);
  const org = FUNCTION_FACTORIES.org!(ports);
  const bytes = readFileSync(xlsx);
  await ports.files.put('tmp/bench-import.xlsx', bytes, XLSX);
  const before = { rss: procMemory('self', 'VmRSS'), hwm: procMemory('self', 'VmHWM') };
  // The import requires exceljs on first use: measure that part on its own.
  await import('exceljs');
  const loaded = { rss: procMemory('self', 'VmRSS'), hwm: procMemory('self', 'VmHWM') };
  const t0 = nowMs();
  const reply = await org(
    { action: 'importOrgs', data: { fileId: 'tmp/bench-import.xlsx' }, requestId: 'bench-import-1' },
    { openid: 'demo-district' },
  );
  const ms = nowMs() - t0;
  const after = { rss: procMemory('self', 'VmRSS'), hwm: procMemory('self', 'VmHWM') };
  process.stdout.write(`${JSON.stringify({ reply, before, loaded, after, ms, fileBytes: bytes.length })}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
