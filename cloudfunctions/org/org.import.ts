/**
 * Import of the organization tree from a spreadsheet (columns: 名称, 类型, 上级组织): all or
 * nothing. Every row is checked first; any error refuses the whole file with a row-error report
 * (`IMPORT_INVALID`, issues at `rows.<n>`), and nothing is written.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError, type FieldIssue } from '../../shared/errors';
import { CHILD_KINDS, ORG_KIND_ZH, ORG_KINDS, pathKeyOf, type OrgKind } from '../../shared/org';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { OrgDoc } from './org.service';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const KIND_BY_ZH = new Map<string, OrgKind>(ORG_KINDS.map((k) => [ORG_KIND_ZH[k], k]));

export interface ImportRow {
  row: number;
  name: string;
  kindText: string;
  parentName: string;
}

/** Reads the first worksheet; row 1 is the header. */
export async function readRows(bytes: Buffer): Promise<ImportRow[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: ImportRow[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const cell = (i: number) => String(r.getCell(i).text ?? '').trim();
    if (!cell(1) && !cell(2) && !cell(3)) return;
    rows.push({ row: n, name: cell(1), kindText: cell(2), parentName: cell(3) });
  });
  return rows;
}

export async function importOrgs(
  ctx: CallContext,
  input: ParsedInputOf<'org', 'importOrgs'>,
): Promise<OutputOf<'org', 'importOrgs'>> {
  const stat = await ctx.ports.files.stat(input.fileId);
  if (!stat) throw new AppError('NOT_FOUND', '上传的文件不存在，请重新上传');
  if (stat.size > MAX_IMPORT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '文件超过 2 MB');
  if (stat.contentType !== XLSX_TYPE) throw new AppError('BAD_REQUEST', '请上传 .xlsx 格式的表格');
  const rows = await readRows(await ctx.ports.files.read(input.fileId, MAX_IMPORT_BYTES));
  if (rows.length === 0) throw new AppError('IMPORT_INVALID', '表格中没有数据行');
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError('IMPORT_INVALID', `一次最多导入 ${MAX_IMPORT_ROWS} 行`);

  const issues: FieldIssue[] = [];
  const byName = new Map<string, Pick<OrgDoc, 'id' | 'kind' | 'pathKey' | 'status'>>();
  const existingByName = async (name: string) => {
    if (!byName.has(name)) {
      const page = await ctx.ports.store.find<OrgDoc>(C.orgs, { where: { name }, limit: 2 });
      const active = page.items.find((o) => o.status === 'active');
      if (active) byName.set(name, active);
    }
    return byName.get(name);
  };
  const created: Omit<OrgDoc, 'version'>[] = [];
  for (const r of rows) {
    const problem = (message: string) => issues.push({ path: ['rows', r.row], message: `第 ${r.row} 行：${message}` });
    const kind = KIND_BY_ZH.get(r.kindText);
    if (r.name.length < 2 || r.name.length > 40) {
      problem('名称应为 2–40 个字');
      continue;
    }
    if (!kind) {
      problem(`类型“${r.kindText}”无效，应为：${[...KIND_BY_ZH.keys()].join('、')}`);
      continue;
    }
    if (await existingByName(r.name)) {
      problem(`“${r.name}”已存在`);
      continue;
    }
    const parent = await existingByName(r.parentName);
    if (!parent) {
      problem(`上级组织“${r.parentName}”不存在（上级须在本表之前的行或系统中）`);
      continue;
    }
    if (!CHILD_KINDS[parent.kind].includes(kind)) {
      problem(`${ORG_KIND_ZH[kind]}不能设在该上级组织下`);
      continue;
    }
    try {
      requireOver(ctx.grants, parent.pathKey);
    } catch {
      problem('无权在该上级组织下添加');
      continue;
    }
    const id = ctx.ports.random.id();
    const org = {
      id,
      name: r.name,
      kind,
      parentId: parent.id,
      pathKey: pathKeyOf(parent.pathKey, id),
      status: 'active' as const,
    };
    byName.set(r.name, org);
    created.push(org);
  }
  if (issues.length > 0) throw new AppError('IMPORT_INVALID', undefined, { issues });
  for (const org of created) ctx.uow.insertAudited(C.orgs, org, { action: 'org.import' });
  return { imported: created.length, errors: [] };
}
