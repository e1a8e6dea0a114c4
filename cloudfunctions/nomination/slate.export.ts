/**
 * Exports (xlsx, exceljs' streaming WorkbookWriter through the files port, so memory stays flat as
 * the slate grows): the slate (推荐名单), the printable nomination form (推荐审批表, A4) and the
 * recommendation report (推荐工作报告). Every export is logged (an audited row in `exports`) and
 * carries who exported it and when in its page header.
 *
 * ID numbers: never in the slate or the report. The form shows the masked number; the full number
 * only when a cadre of the nominee's own unit asks for it (`withIdNumber`) to print the file for the
 * record, and that export's log entry says so. Nobody else can have it, not even the district.
 */
import type { Worksheet } from 'exceljs';
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { EDUCATION_ZH, GENDER_ZH, HONOR_LEVEL_ZH, POLITICAL_STATUS_ZH } from '../../shared/actions/nomination.schema';
import type { ExportFile } from '../../shared/actions/nomination-slate.schema';
import { formatPeriodZh } from '../../shared/calendar/notice-period';
import { AppError } from '../../shared/errors';
import { TIER_ZH } from '../../shared/org';
import { MEETING_FORM_ZH, NOMINEE_FLAG_ZH, STAGE_KIND_ZH, type NomineeFlag } from '../../shared/selection/round';
import { compositionApplies } from '../../shared/selection/slate';
import { NOMINATION_STATUS_ZH } from '../../shared/selection/workflow';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import { timeZh } from '../_platform/templates';
import { loadNominationDoc, loadRound, readingGrant } from './nomination.access';
import type { NominationDoc, NomineeIdentityDoc, RoundDoc, SlateDoc } from './nomination.records';
import { holderName } from './nomination.view';
import { goesUpZh, sentOnBy, slateId, slateOrg, slatePages, summarize, type SlateOrg } from './slate.service';

type Actions = typeof import('../../shared/actions/nomination.schema').nominationActions;
type In<A extends keyof Actions> = ParsedInputOf<'nomination', A>;
type Out<A extends keyof Actions> = OutputOf<'nomination', A>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A4, portrait, one page wide; margins in inches. */
const A4 = {
  paperSize: 9,
  orientation: 'portrait' as const,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
};

const THIN = { style: 'thin' as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP = { wrapText: true, vertical: 'middle' as const };
const TITLE_FONT = { name: 'SimSun', size: 16, bold: true };
const BODY_FONT = { name: 'SimSun', size: 11 };

// ---------------------------------------------------------------------------------------------
// Writing

type StreamBook = {
  addWorksheet(name: string, options?: object): Worksheet;
  commit(): Promise<void>;
};

/** The page header every export carries: who exported it, when, and what it is for (the watermark). */
function watermark(ctx: CallContext, who: string): string {
  const text = `仅供评选工作使用 · ${who} 导出于 ${timeZh(ctx.now.toISOString())}`.replace(/&/g, '&&');
  return `&C&8${text}`;
}

/**
 * Streams a workbook into the files port and logs the export (audited, in this call's unit of work).
 * `build` adds and commits its sheets; rows are committed as they are written.
 */
async function writeWorkbook(
  ctx: CallContext,
  log: {
    kind: 'slate' | 'report' | 'form';
    name: string;
    roundId: string;
    orgId: string;
    nominationId?: string;
    withIdNumber?: boolean;
  },
  build: (book: StreamBook) => Promise<number>,
): Promise<ExportFile> {
  const { default: ExcelJS } = await import('exceljs');
  let rows = 0;
  const stored = await ctx.ports.files.write(
    { folder: `export-${log.kind}`, ext: 'xlsx', contentType: XLSX_TYPE },
    async (out) => {
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out as unknown as import('stream').Stream,
        useStyles: true,
        useSharedStrings: false,
      });
      book.creator = 'Laomo';
      book.created = ctx.now;
      rows = await build(book as unknown as StreamBook);
      await book.commit();
    },
  );
  ctx.uow.insertAudited(
    C.exports,
    {
      id: ctx.ports.random.id(),
      kind: log.kind,
      roundId: log.roundId,
      orgId: log.orgId,
      ...(log.nominationId ? { nominationId: log.nominationId } : {}),
      withIdNumber: log.withIdNumber ?? false,
      fileId: stored.fileId,
      fileDeletedAt: null,
      rows,
      createdBy: ctx.openid ?? '',
      createdAt: ctx.now.toISOString(),
    },
    { action: `export.${log.kind}`, ...(log.withIdNumber ? { reason: '含身份证号码：被推荐人所在单位打印存档' } : {}) },
  );
  return { fileId: stored.fileId, url: stored.url, name: log.name, size: stored.size };
}

function exporterName(ctx: CallContext): string {
  const grant = ctx.grants.find((g) => g.role === 'cadre');
  return grant ? holderName(grant) : '工会干部';
}

/** A title row merged across `width` columns. */
function title(sheet: Worksheet, text: string, width: number): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.height = 30;
  row.getCell(1).font = TITLE_FONT;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  row.commit();
}

/** One row, committed at once (a streamed row cannot change after): merge its columns here. */
function line(
  sheet: Worksheet,
  values: (string | number)[],
  opts: { bold?: boolean; box?: boolean; height?: number; merge?: [number, number] } = {},
) {
  const row = sheet.addRow(values);
  if (opts.merge) sheet.mergeCells(row.number, opts.merge[0], row.number, opts.merge[1]);
  if (opts.height) row.height = opts.height;
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { ...BODY_FONT, bold: opts.bold ?? false };
    cell.alignment = WRAP;
    if (opts.box) cell.border = BOX;
  });
  row.commit();
  return row;
}

const flagsZh = (flags: readonly NomineeFlag[] | undefined) => (flags ?? []).map((f) => NOMINEE_FLAG_ZH[f]).join('、');
const birthMonth = (date: string | undefined) => (date ? date.slice(0, 7).replace('-', '.') : '');
const stageZh = (d: NominationDoc) => `${TIER_ZH[d.stageTier]}${STAGE_KIND_ZH[d.stageKind]}`;

// ---------------------------------------------------------------------------------------------
// The slate

export const SLATE_COLUMNS = [
  '序号',
  '姓名',
  '性别',
  '出生年月',
  '政治面貌',
  '学历',
  '工作单位',
  '职务',
  '职称/技能等级',
  '身份类别',
  '所属行业',
  '推荐称号',
  '推荐单位',
  '当前环节',
  '状态',
  '上报情况',
] as const;

export function slateRow(d: NominationDoc, n: number, tier: SlateOrg['tier']): (string | number)[] {
  const f = d.form;
  return [
    n,
    d.name,
    f.gender ? GENDER_ZH[f.gender] : '',
    birthMonth(f.birthDate),
    f.politicalStatus ? POLITICAL_STATUS_ZH[f.politicalStatus] : '',
    f.education ? EDUCATION_ZH[f.education] : '',
    f.unitName ?? '',
    f.position ?? '',
    f.professionalTitle ?? '',
    flagsZh(f.flags),
    f.industry ?? '',
    d.titleSought,
    d.orgName,
    stageZh(d),
    NOMINATION_STATUS_ZH[d.status],
    sentOnBy(d, tier) ? '已上报' : '待上报',
  ];
}

async function slateContext(ctx: CallContext, input: { roundId: string; orgId?: string }) {
  const round = await loadRound(ctx, input.roundId);
  const org = await slateOrg(ctx, input.orgId);
  const record = await ctx.ports.store.get<SlateDoc>(C.slates, slateId(round.id, org.id));
  return { round, org, record };
}

/** Quota, composition and override rows (after the list: counted while streaming it). */
function writeChecks(
  sheet: Worksheet,
  round: RoundDoc,
  org: SlateOrg,
  docs: Pick<NominationDoc, 'form' | 'stageTier' | 'status'>[],
  record: SlateDoc | null,
): void {
  const s = summarize(round, org, docs);
  line(
    sheet,
    [
      '名额',
      s.quota.seats === null ? '未分配名额' : `${s.quota.seats} 人${s.quota.allowMoreCandidates ? '（可差额）' : ''}`,
    ],
    { box: true },
  );
  line(sheet, ['推荐人数', `${s.total} 人（已上报 ${s.quota.sentUp} 人，待上报 ${s.quota.pending} 人）`], {
    box: true,
  });
  line(sheet, ['名额核对', s.quota.over ? '已超出名额' : '未超出名额'], { box: true });
  line(sheet, ['上报时核对', goesUpZh(round.config.stages, org.tier)], { box: true });
  if (!compositionApplies(org.tier)) {
    line(sheet, ['比例结构', '基层单位逐人上报，比例结构在街道/地区/功能区/产业及区级名单上核对'], { box: true });
    return;
  }
  line(sheet, []);
  line(sheet, ['比例结构要求', '人数', '名单人数', '要求人数', '是否达到'], { bold: true, box: true });
  for (const r of s.composition) {
    const need = [r.minCount !== null ? `不少于 ${r.minCount}` : '', r.maxCount !== null ? `不超过 ${r.maxCount}` : '']
      .filter(Boolean)
      .join('，');
    line(sheet, [r.summaryZh, r.count, r.total, need, r.met ? '达到' : '未达到'], { box: true });
  }
  if (s.composition.length === 0) line(sheet, ['本届评选未设比例结构要求'], { box: true });
  if (record?.override) {
    line(sheet, []);
    line(sheet, ['书面说明', record.override.reason], { box: true, height: 60 });
    line(sheet, ['填写人', `${record.override.byName}（${timeZh(record.override.at)}）`], { box: true });
  }
}

export async function exportSlate(ctx: CallContext, input: In<'exportSlate'>): Promise<Out<'exportSlate'>> {
  const { round, org, record } = await slateContext(ctx, input);
  const file = await writeWorkbook(
    ctx,
    { kind: 'slate', name: `${org.name}-推荐名单.xlsx`, roundId: round.id, orgId: org.id },
    (book) => writeSlateBook(ctx, book, round, org, record),
  );
  return { file };
}

async function writeSlateBook(
  ctx: CallContext,
  book: StreamBook,
  round: RoundDoc,
  org: SlateOrg,
  record: SlateDoc | null,
): Promise<number> {
  const header = watermark(ctx, exporterName(ctx));
  const list = book.addWorksheet('推荐名单', {
    pageSetup: { ...A4, orientation: 'landscape' },
    headerFooter: { oddHeader: header, oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  list.columns = SLATE_COLUMNS.map((_, i) => ({
    width: [6, 10, 6, 10, 12, 12, 24, 18, 14, 20, 12, 18, 24, 16, 10, 10][i],
  }));
  title(list, `${round.config.name}推荐名单（${org.name}）`, SLATE_COLUMNS.length);
  line(list, [`导出时间：${timeZh(ctx.now.toISOString())}`]);
  line(list, [...SLATE_COLUMNS], { bold: true, box: true });
  const light: Pick<NominationDoc, 'form' | 'stageTier' | 'status'>[] = [];
  let n = 0;
  for await (const page of slatePages(ctx.ports.store, round.id, org)) {
    for (const d of page) {
      n++;
      line(list, slateRow(d, n, org.tier), { box: true });
      light.push({ form: { flags: d.form.flags ?? [] }, stageTier: d.stageTier, status: d.status });
    }
  }
  if (n === 0) line(list, ['（暂无推荐人选）']);
  list.commit();

  const checks = book.addWorksheet('名额与比例结构', {
    pageSetup: A4,
    headerFooter: { oddHeader: header },
  });
  checks.columns = [{ width: 36 }, { width: 40 }, { width: 12 }, { width: 18 }, { width: 12 }];
  title(checks, `${org.name}推荐名单核对`, 5);
  writeChecks(checks, round, org, light, record);
  checks.commit();
  return n;
}

// ---------------------------------------------------------------------------------------------
// The recommendation report

export async function exportReport(ctx: CallContext, input: In<'exportReport'>): Promise<Out<'exportReport'>> {
  const { round, org, record } = await slateContext(ctx, input);
  const file = await writeWorkbook(
    ctx,
    { kind: 'report', name: `${org.name}-推荐工作报告.xlsx`, roundId: round.id, orgId: org.id },
    async (book) => {
      // Two passes over the slate: the counts open the report, the rows follow; neither holds the files.
      const light: Pick<NominationDoc, 'form' | 'stageTier' | 'status'>[] = [];
      for await (const page of slatePages(ctx.ports.store, round.id, org)) {
        for (const d of page)
          light.push({ form: { flags: d.form.flags ?? [] }, stageTier: d.stageTier, status: d.status });
      }
      const s = summarize(round, org, light);
      const sheet = book.addWorksheet('推荐工作报告', {
        pageSetup: A4,
        headerFooter: { oddHeader: watermark(ctx, exporterName(ctx)), oddFooter: '&C第 &P 页，共 &N 页' },
      });
      sheet.columns = [{ width: 6 }, { width: 10 }, { width: 22 }, { width: 16 }, { width: 26 }, { width: 22 }];
      title(sheet, `${org.name}关于${round.config.name}推荐工作的报告`, 6);
      const para = (text: string, height = 36) => line(sheet, [text], { height, merge: [1, 6] });
      para('一、基本情况', 20);
      para(
        `本单位${s.quota.seats === null ? '未分配名额' : `名额 ${s.quota.seats} 名${s.quota.allowMoreCandidates ? '（可差额推荐）' : ''}`}，` +
          `经民主推荐、公示和审核，推荐人选 ${s.total} 名，其中已上报 ${s.quota.sentUp} 名、待上报 ${s.quota.pending} 名。`,
      );
      para('二、推荐人选及民主推荐、公示情况', 20);
      line(sheet, ['序号', '姓名', '工作单位及职务', '推荐称号', '民主推荐', '公示情况'], { bold: true, box: true });
      let n = 0;
      for await (const page of slatePages(ctx.ports.store, round.id, org)) {
        for (const d of page) {
          n++;
          const r = d.recommendation;
          const vote = r
            ? `${MEETING_FORM_ZH[r.form]}（${r.date}）应到 ${r.delegatesTotal} 人，实到 ${r.present} 人，赞成 ${r.votesFor} 票`
            : '';
          const notices = d.notices
            .filter((x) => x.outcome === 'closed')
            .map(
              (x) =>
                `${TIER_ZH[x.tier]}公示 ${formatPeriodZh(x)}：${x.statement === 'noticeReport' ? '有异议，见公示情况报告' : '无异议'}`,
            )
            .join('\n');
          line(
            sheet,
            [n, d.name, `${d.form.unitName ?? ''} ${d.form.position ?? ''}`.trim(), d.titleSought, vote, notices],
            {
              box: true,
              height: 48,
            },
          );
        }
      }
      if (n === 0) para('（暂无推荐人选）', 20);
      para('三、比例结构', 20);
      if (!compositionApplies(org.tier))
        para('基层单位逐人上报，比例结构在街道/地区/功能区/产业及区级名单上核对。', 20);
      else if (s.composition.length === 0) para('本届评选未设比例结构要求。', 20);
      else para(s.composition.map((r) => `${r.summaryZh}：${r.met ? '达到' : '未达到'}`).join('；') + '。');
      if (record?.override && s.unmet.length > 0) {
        para('四、关于比例结构的书面说明', 20);
        para(`${record.override.reason}（${record.override.byName}，${timeZh(record.override.at)}）`, 60);
      }
      para('', 20);
      para(`${org.name}（盖章）`, 20);
      para(`${ctx.now.toISOString().slice(0, 10)}`, 20);
      sheet.commit();
      return n;
    },
  );
  return { file };
}

// ---------------------------------------------------------------------------------------------
// The nomination form (推荐审批表)

export async function exportForm(ctx: CallContext, input: In<'exportForm'>): Promise<Out<'exportForm'>> {
  const doc = await loadNominationDoc(ctx, input.id);
  const round = await loadRound(ctx, doc.roundId);
  const grant = readingGrant(ctx, doc, round);
  let idNumber = doc.idNumberMasked ?? '';
  if (input.withIdNumber) {
    // The nominee's own unit keeps the signed paper file: only its cadres print the full number.
    if (!ctx.grants.some((g) => g.role === 'cadre' && g.orgId === doc.orgId)) {
      throw new AppError('FORBIDDEN', '身份证号码仅限被推荐人所在单位的工会干部打印存档');
    }
    const identity = await ctx.ports.store.get<NomineeIdentityDoc>(C.nomineeIdentities, doc.id);
    idNumber = identity?.idNumber ?? '';
  }
  const seesOpinions = grant.tier === 'district';
  const file = await writeWorkbook(
    ctx,
    {
      kind: 'form',
      name: `${doc.name || '推荐人选'}-推荐审批表.xlsx`,
      roundId: round.id,
      orgId: doc.orgId,
      nominationId: doc.id,
      withIdNumber: input.withIdNumber === true,
    },
    async (book) => {
      writeForm(ctx, book, doc, round, idNumber, seesOpinions);
      return 1;
    },
  );
  return { file };
}

/** The form's grid: four columns (label, value, label, value), A4 portrait, one page wide. */
function writeForm(
  ctx: CallContext,
  book: StreamBook,
  doc: NominationDoc,
  round: RoundDoc,
  idNumber: string,
  seesOpinions: boolean,
): void {
  const sheet = book.addWorksheet('推荐审批表', {
    pageSetup: A4,
    headerFooter: { oddHeader: watermark(ctx, exporterName(ctx)), oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = [{ width: 16 }, { width: 28 }, { width: 16 }, { width: 28 }];
  const f = doc.form;
  title(sheet, `${round.config.name}推荐审批表`, 4);
  const pair = (a: string, b: string, c: string, d: string) => line(sheet, [a, b, c, d], { box: true, height: 24 });
  const wide = (label: string, value: string, height = 24) =>
    line(sheet, [label, value, '', ''], { box: true, height, merge: [2, 4] });
  pair('姓名', doc.name, '性别', f.gender ? GENDER_ZH[f.gender] : '');
  pair('民族', f.ethnicity ?? '', '出生年月', birthMonth(f.birthDate));
  pair(
    '政治面貌',
    f.politicalStatus ? POLITICAL_STATUS_ZH[f.politicalStatus] : '',
    '学历',
    f.education ? EDUCATION_ZH[f.education] : '',
  );
  wide('工作单位及职务', `${f.unitName ?? ''} ${f.position ?? ''}`.trim());
  pair('职称/技能等级', f.professionalTitle ?? '', '所属行业', f.industry ?? '');
  wide('身份证号码', idNumber);
  wide('身份类别', flagsZh(f.flags));
  wide('推荐称号', doc.titleSought);
  wide('推荐单位', doc.orgName);
  wide(
    '荣誉基础',
    (f.priorHonors ?? []).map((h) => `${h.year}年 ${h.title}（${HONOR_LEVEL_ZH[h.level]}，${h.issuer}）`).join('\n') ||
      '无',
    Math.max(24, 18 * (f.priorHonors?.length ?? 1)),
  );
  wide('简要事迹', f.shortDeeds ?? '', 120);
  wide('详细事迹', f.longDeeds ?? '', 300);
  const r = doc.recommendation;
  wide(
    '民主推荐情况',
    r
      ? `${MEETING_FORM_ZH[r.form]}，${r.date}；应到 ${r.delegatesTotal} 人，实到 ${r.present} 人，赞成 ${r.votesFor} 票`
      : '',
    36,
  );
  wide(
    '公示情况',
    doc.notices
      .filter((n) => n.outcome === 'closed')
      .map(
        (n) =>
          `${TIER_ZH[n.tier]}公示 ${formatPeriodZh(n)}：${n.statement === 'noticeReport' ? '有异议，见公示情况报告' : '公示无异议'}`,
      )
      .join('\n'),
    48,
  );
  for (const c of doc.partyConsents) {
    wide(`${TIER_ZH[c.tier]}党组织意见`, `同意推荐。${c.signer}，${c.date}${c.note ? `（${c.note}）` : ''}`, 36);
  }
  if (doc.consultation) {
    const opinions = doc.consultation.opinions
      .map((o) =>
        seesOpinions
          ? `${o.department}：${o.decision === 'agree' ? '同意' : '不同意'}。${o.comment}（${o.signerName}）`
          : `${o.department}：已签署意见`,
      )
      .join('\n');
    wide('征求意见', opinions, 48);
  }
  if (doc.inspection)
    wide('考察情况', `${doc.inspection.date}，${doc.inspection.inspectors.join('、')}：${doc.inspection.summary}`, 60);
  if (doc.determination) {
    const d = doc.determination;
    wide(
      '审定情况',
      `${d.date}，委员 ${d.membersTotal} 人，到会 ${d.present} 人；赞成 ${d.votesFor}，反对 ${d.votesAgainst}，弃权 ${d.abstentions}`,
    );
  }
  if (doc.conferral)
    wide('表彰决定', `${doc.conferral.issuer} ${doc.conferral.documentNumber}（${doc.conferral.date}）`);
  wide('本人签字', '', 36);
  wide('单位工会意见（盖章）', '', 48);
  sheet.commit();
}
