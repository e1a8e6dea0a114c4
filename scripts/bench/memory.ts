/**
 * Group 7: memory of the largest Excel work. There is no export yet (the slate export arrives with
 * issue 3), so this measures the one Excel path there is as a clearly labelled proxy: importing a
 * 2,000-row organization workbook (the import's row cap) through `org.importOrgs`, peak RSS of a
 * child process read from /proc (VmHWM), against the same process just before the import.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE, nowMs, ROOT, tsxNodeArgs, type BenchContext } from './common';
import type { Group, Row } from './report';
import { formatBytes, formatMs, ratio } from './stats';

export const IMPORT_ROWS = 2000;
const WORKBOOK = path.join(CACHE, `import-${IMPORT_ROWS}.xlsx`);

/** A workbook of `rows` new grassroots unions under 东湖街道总工会 (header: 名称, 类型, 上级组织). */
async function ensureWorkbook(): Promise<string> {
  if (existsSync(WORKBOOK)) return WORKBOOK;
  mkdirSync(CACHE, { recursive: true });
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('组织');
  sheet.addRow(['名称', '类型', '上级组织']);
  for (let i = 1; i <= IMPORT_ROWS; i++)
    sheet.addRow([`东湖基层单位${String(i).padStart(4, '0')}工会`, '基层工会', '东湖街道总工会']);
  await book.xlsx.writeFile(WORKBOOK);
  return WORKBOOK;
}

interface ChildReport {
  reply: { ok: boolean; data?: { imported: number }; code?: string; message?: string };
  before: { rss: number | null; hwm: number | null };
  loaded: { rss: number | null; hwm: number | null };
  after: { rss: number | null; hwm: number | null };
  ms: number;
  fileBytes: number;
}

const diff = (a: number | null, b: number | null) => (a != null && b != null ? a - b : null);

export async function runMemory(ctx: BenchContext): Promise<Group> {
  const started = nowMs();
  const xlsx = await ensureWorkbook();
  const runs = ctx.quick ? 1 : 3;
  const reports: ChildReport[] = [];
  ctx.log(`  importing a ${IMPORT_ROWS}-row workbook in a child process, ${runs}×…`);
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'laomo-bench-import-'));
    try {
      const r = spawnSync(process.execPath, tsxNodeArgs(path.join(__dirname, 'import-child.ts'), [dir, xlsx]), {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
      if (r.status !== 0 || !line)
        throw new Error(`the import child failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
      const report = JSON.parse(line) as ChildReport;
      if (!report.reply.ok) throw new Error(`org.importOrgs replied ${JSON.stringify(report.reply)}`);
      reports.push(report);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // The run with the highest peak: memory is what a function's memorySize must cover.
  const worst = reports.reduce((a, b) => ((b.after.hwm ?? 0) > (a.after.hwm ?? 0) ? b : a));
  const base = worst.before.hwm;
  const peak = worst.after.hwm;
  const rows: Row[] = [
    {
      figure: 'slate export (the largest Excel export): peak RSS',
      unit: 'bytes',
      value: null,
      pending: 'issue 3 (slate export)',
    },
    {
      figure: `proxy: importing ${IMPORT_ROWS.toLocaleString('en-US')} organizations from .xlsx: peak RSS (VmHWM)`,
      unit: 'bytes',
      value: peak,
      floor: { label: 'the same process before the import', value: base },
      ratio: ratio(peak, base),
      note: `${formatBytes(worst.fileBytes)} workbook, ${worst.reply.data?.imported ?? 0} rows imported in ${formatMs(worst.ms)}`,
    },
    {
      figure: 'proxy: of which requiring exceljs',
      unit: 'bytes',
      value: diff(worst.loaded.hwm, base),
    },
    {
      figure: 'proxy: of which reading and importing the rows',
      unit: 'bytes',
      value: diff(peak, worst.loaded.hwm),
      floor: { label: 'workbook size', value: worst.fileBytes },
      ratio: ratio(diff(peak, worst.loaded.hwm), worst.fileBytes),
    },
  ];
  return {
    headline:
      `Excel: the slate export is pending (issue 3); the proxy, importing ${IMPORT_ROWS} organizations, peaks at ` +
      `${formatBytes(peak ?? NaN)} RSS (${formatBytes(diff(peak, base) ?? NaN)} over the process before it).`,
    id: 'memory',
    n: 7,
    title: 'Memory of the largest Excel work',
    method: [
      'The issue asks for the peak RSS of the largest Excel export (a slate export), streamed rather than loaded ' +
        'whole. No export exists yet, so that row is pending (issue 3) and this group measures a **proxy**: the ' +
        `only Excel path there is, \`org.importOrgs\` of a ${IMPORT_ROWS}-row workbook (the import's row cap; ` +
        'generated once into `.bench-cache/`), as the district cadre, through the real entry and local ports in a ' +
        `child process. Peak RSS is the child's VmHWM from \`/proc/self/status\` after the import; the floor is the ` +
        `same process's VmHWM just before it (runtime, SQLite, demo seed, the workbook in the files folder). ` +
        `${runs} run${runs > 1 ? 's' : ''}; the highest peak is reported.`,
    ],
    rows,
    notes: [
      'The import loads the whole workbook (`exceljs` `xlsx.load` of a buffer capped at 2 MB, rows capped at ' +
        `${IMPORT_ROWS}): bounded, not streamed. The slate export should write with exceljs’ streaming ` +
        '`WorkbookWriter` so its peak stays flat as rows grow; its row here replaces the proxy when it lands.',
      'No budget in the issue for this group yet.',
    ],
    seconds: (nowMs() - started) / 1000,
  };
}
