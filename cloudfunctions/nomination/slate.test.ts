/**
 * The slate (decision 0007) on real SQLite through the `nomination` function: the view, going up
 * within the quota and only under a written override when a composition rule is unmet, the
 * exports read back with exceljs, the 待办 messages in the outbox and the near-deadline reminder.
 */
import ExcelJS from 'exceljs';
import type { SlateView, ExportFile } from '../../shared/actions/nomination-slate.schema';
import { recordKeyOf, type AuditEntry } from '../_platform/audit';
import { C } from '../_platform/collections';
import type { Doc } from '../_platform/store/store.port';
import { DEMO_ID_NUMBERS, DEMO_ROUND_ID } from '../_local/nomination-demo';
import { nominationDriver, PERSONA, REASON, unwrap, type Nom } from '../_local/nomination-driver';
import { startTestApp, type TestApp } from '../_local/testing';
import { runJobs, remindNominationDeadlines } from '../scheduler/scheduler.jobs';
import type { NominationDoc, RoundDoc } from './nomination.records';

const { grassroots: G, middle: M, middleWest: W, district: D, reviewer: R } = PERSONA;

let app: TestApp;
let drive: ReturnType<typeof nominationDriver>;
beforeEach(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-11-03T01:00:00.000Z')); // Tuesday 09:00 in Shanghai
  drive = nominationDriver(app);
});
afterEach(() => app.close());
jest.setTimeout(60_000);

const slateOf = async (openid: string, orgId?: string) =>
  unwrap(
    await drive.call<{ slate: SlateView }>('getSlate', { roundId: DEMO_ROUND_ID, ...(orgId ? { orgId } : {}) }, openid),
  ).slate;
const nomination = async (id: string, openid: string = D) =>
  unwrap(await drive.call<{ nomination: Nom }>('getNomination', { id }, openid)).nomination;
const stored = (id: string) => app.ports.store.get<NominationDoc>(C.nominations, id);
const outbox = async (toOpenid: string) =>
  (
    await app.ports.store.find<Doc & { template: string; data: Record<string, string> }>(C.outbox, {
      where: { toOpenid },
      orderBy: [{ field: 'createdAt', direction: 'asc' }],
      limit: 100,
    })
  ).items;

/** 钱立新 (nomination-demo-2, at the preliminary review) through the middle notice, to the middle's Party consent. */
async function demo2AtMiddleConsent(): Promise<Nom> {
  let n = await nomination('nomination-demo-2', M);
  n = await drive.step('review', n, { decision: 'pass', reason: REASON }, M);
  return drive.passNotice(n, M);
}

async function consent(n: Nom) {
  return drive.call(
    'recordConsent',
    {
      id: n.id,
      version: n.version,
      signer: '东湖街道党工委',
      date: '2026-11-20',
      documentFileId: await drive.upload(),
    },
    M,
  );
}

async function amendQuota(seats: number, compositionRules: RoundDoc['config']['compositionRules'] = []) {
  const round = (await app.ports.store.get<RoundDoc>(C.selectionRounds, DEMO_ROUND_ID))!;
  const config = {
    ...round.config,
    compositionRules,
    quotas: round.config.quotas.map((q) => (q.orgId === 'sub-east' ? { ...q, seats } : q)),
  };
  unwrap(await drive.call('amendRound', { id: round.id, version: round.version, config, reason: '调整名额' }, D));
}

async function workbookOf(file: ExportFile): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await app.ports.files.read(file.fileId, 10 * 1024 * 1024)) as unknown as ArrayBuffer);
  return book;
}

function texts(book: ExcelJS.Workbook): string {
  const out: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value ?? '')))));
  return out.join('\n');
}

describe('the slate view', () => {
  it('shows 东湖’s quota, the composition rules on the nominee flags and its nominations', async () => {
    const slate = await slateOf(M, 'sub-east');
    expect(slate).toMatchObject({
      org: { id: 'sub-east', tier: 'middle' },
      quota: { seats: 3, allowMoreCandidates: false, sentUp: 0, pending: 1, over: false },
      compositionApplies: true,
      composition: [
        { flag: 'frontLineWorker', measure: 'share', min: 0.4, count: 0, total: 1, minCount: 1, met: false },
      ],
      override: null,
      canOverride: true,
      version: 0,
      total: 1,
      items: [{ id: 'nomination-demo-2', name: '钱立新', sentUp: false, flags: ['technicalStaff'] }],
      nextCursor: null,
    });
    expect(slate.goesUpZh).toContain('党组织同意');
    // The district reads it but does not write 东湖's explanation; 西山 does not reach it at all.
    expect(await slateOf(D, 'sub-east')).toMatchObject({ canOverride: false, total: 1 });
    expect(await drive.call('getSlate', { roundId: DEMO_ROUND_ID, orgId: 'sub-east' }, W)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('a unit’s slate has no composition check, and the caller’s own organization is the default', async () => {
    const slate = await slateOf(G);
    expect(slate).toMatchObject({
      org: { id: 'unit-bus', tier: 'grassroots' },
      compositionApplies: false,
      composition: [],
    });
    expect(slate.items.map((i) => i.id)).toEqual(['nomination-demo-1']);
  });
});

describe('going up', () => {
  it('with a composition rule unmet needs a written override by the organization, audited', async () => {
    const n = await demo2AtMiddleConsent();
    const refused = await consent(n);
    expect(refused).toMatchObject({ ok: false, code: 'SLATE_OVERRIDE_REQUIRED' });
    expect(!refused.ok && refused.message).toContain('一线职工不少于40%（现为 0/1）');
    expect((await stored(n.id))!.version).toBe(n.version);

    const override = (data: object, openid: string = M) =>
      drive.call<{ slate: SlateView }>('overrideSlate', { roundId: DEMO_ROUND_ID, orgId: 'sub-east', ...data }, openid);
    const reason = '本街道一线职工人选未获民主推荐通过，经街道党工委研究，同意按现名单上报';
    expect(await override({ version: 0, reason }, D)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await override({ version: 0, reason: '太短' })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await override({ version: 3, reason })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const written = unwrap(await override({ version: 0, reason }));
    expect(written.slate).toMatchObject({
      version: 1,
      override: { reason, covers: true, ruleKeys: ['frontLineWorker:share:0.4:'] },
    });

    const moved = unwrap(await consent(n)).nomination;
    expect(moved.stage.tier).toBe('district');
    expect((await stored(n.id))!.sentUp).toEqual([
      { tier: 'middle', orgId: 'sub-east', at: expect.any(String), override: 'round-2027:sub-east#1' },
    ]);
    expect(await slateOf(M, 'sub-east')).toMatchObject({ quota: { sentUp: 1, pending: 0 }, items: [{ sentUp: true }] });

    const chain = await app.ports.store.find<Doc & AuditEntry>(C.audit, {
      where: { recordKey: recordKeyOf(C.slates, 'round-2027:sub-east') },
      orderBy: [
        { field: 'recordKey', direction: 'asc' },
        { field: 'seq', direction: 'asc' },
      ],
      limit: 10,
    });
    expect(chain.items.map((e) => [e.action, e.actor, e.reason])).toEqual([['slate.override', M, reason]]);
  });

  it('a rule met needs no override; an override covers only the rules it named', async () => {
    await amendQuota(3, [{ flag: 'technicalStaff', measure: 'count', min: 1 }]);
    const n = await demo2AtMiddleConsent();
    expect(unwrap(await consent(n)).nomination.stage.tier).toBe('district');
    const reason = '名单比例结构说明：经研究按现名单上报';
    const { version } = await slateOf(M, 'sub-east');
    expect(
      await drive.call('overrideSlate', { roundId: DEMO_ROUND_ID, orgId: 'sub-east', version, reason }, M),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });

    // A second rule, unmet: the override written for it covers it; a third one later is not covered.
    await amendQuota(3, [{ flag: 'woman', measure: 'count', min: 1 }]);
    const slate = await slateOf(M, 'sub-east');
    expect(slate.composition).toMatchObject([{ flag: 'woman', met: false, count: 0, total: 1 }]);
    unwrap(
      await drive.call(
        'overrideSlate',
        { roundId: DEMO_ROUND_ID, orgId: 'sub-east', version: slate.version, reason },
        M,
      ),
    );
    await amendQuota(3, [
      { flag: 'woman', measure: 'count', min: 1 },
      { flag: 'manager', measure: 'count', min: 1 },
    ]);
    expect(await slateOf(M, 'sub-east')).toMatchObject({ override: { covers: false, ruleKeys: ['woman:count:1:'] } });
    let second = await drive.toPreliminaryReview({ name: '吴技师', flags: ['technicalStaff'] });
    second = await drive.step('review', second, { decision: 'pass', reason: REASON }, M);
    second = await drive.passNotice(second, M);
    const refused = await consent(second);
    expect(refused).toMatchObject({ ok: false, code: 'SLATE_OVERRIDE_REQUIRED' });
    expect(!refused.ok && refused.message).toContain('管理人员不少于1人');
  });

  it('over the quota is blocked with SLATE_OVER_QUOTA, whatever the override', async () => {
    await amendQuota(1);
    let first = await demo2AtMiddleConsent();
    first = unwrap(await consent(first)).nomination;
    expect(first.stage.tier).toBe('district');

    let second = await drive.toPreliminaryReview({ name: '孙建军' });
    second = await drive.step('review', second, { decision: 'pass', reason: REASON }, M);
    second = await drive.passNotice(second, M);
    const refused = await consent(second);
    expect(refused).toMatchObject({ ok: false, code: 'SLATE_OVER_QUOTA' });
    expect(!refused.ok && refused.message).toContain('名额为 1 人，已上报 1 人');
    expect((await stored(second.id))!).toMatchObject({
      stageKind: 'partyConsent',
      stageTier: 'middle',
      status: 'submitted',
    });
    expect(await slateOf(M, 'sub-east')).toMatchObject({ quota: { seats: 1, sentUp: 1, pending: 1, over: false } });

    // Withdrawing the first frees its seat: the second goes up.
    unwrap(await drive.call('withdraw', { id: first.id, version: first.version, reason: '本人申请撤回' }, D));
    expect(unwrap(await consent(second)).nomination.stage.tier).toBe('district');
  });
});

describe('exports', () => {
  it('the slate as xlsx: the right rows, its checks, never an ID number; logged', async () => {
    await drive.toPreliminaryReview({ name: '孙建军', flags: ['frontLineWorker', 'migrantWorker'] });
    const { file } = unwrap(
      await drive.call<{ file: ExportFile }>('exportSlate', { roundId: DEMO_ROUND_ID, orgId: 'sub-east' }, M),
    );
    expect(file).toMatchObject({ name: '东湖街道总工会-推荐名单.xlsx', url: `/files/${file.fileId}` });
    expect(file.fileId).toMatch(/^files\/export-slate-[0-9a-f-]{36}\.xlsx$/);
    const book = await workbookOf(file);
    const list = book.getWorksheet('推荐名单')!;
    expect(list.getRow(3).getCell(2).text).toBe('姓名');
    const names = [4, 5].map((r) => list.getRow(r).getCell(2).text).sort();
    expect(names).toEqual(['孙建军', '钱立新']);
    expect(list.rowCount).toBe(5);
    const all = texts(book);
    expect(all).toContain('一线职工、农民工');
    expect(all).toContain('一线职工不少于40%（现为 1/2）');
    expect(all).not.toMatch(/\d{17}[\dX]/);
    expect(all).not.toContain('***');
    const logged = await app.ports.store.find<Doc & { kind: string; withIdNumber: boolean; rows: number }>(C.exports, {
      where: { createdBy: M },
      limit: 10,
    });
    expect(logged.items).toMatchObject([{ kind: 'slate', withIdNumber: false, rows: 2, fileId: file.fileId }]);
  });

  it('the nomination form: A4, masked number; the full number only for the nominee’s own unit', async () => {
    const form = unwrap(await drive.call<{ file: ExportFile }>('exportForm', { id: 'nomination-demo-2' }, M)).file;
    const book = await workbookOf(form);
    const sheet = book.getWorksheet('推荐审批表')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 });
    const all = texts(book);
    expect(all).toContain('2027年区级劳动模范评选推荐审批表');
    expect(all).toContain('钱立新');
    expect(all).toContain('110***********1237');
    expect(all).not.toContain(DEMO_ID_NUMBERS.b);
    expect(all).toContain('职工代表大会，2026-10-09；应到 60 人，实到 52 人，赞成 47 票');

    // 东湖街道 is not 东湖社区卫生服务中心: no full number for it, nor for the district.
    expect(await drive.call('exportForm', { id: 'nomination-demo-2', withIdNumber: true }, M)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await drive.call('exportForm', { id: 'nomination-demo-1', withIdNumber: true }, D)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const own = unwrap(
      await drive.call<{ file: ExportFile }>('exportForm', { id: 'nomination-demo-1', withIdNumber: true }, G),
    ).file;
    expect(texts(await workbookOf(own))).toContain(DEMO_ID_NUMBERS.a);
    const logged = await app.ports.store.find<Doc & { withIdNumber: boolean; auditSeq: number }>(C.exports, {
      where: { createdBy: G },
      limit: 10,
    });
    expect(logged.items).toMatchObject([{ kind: 'form', nominationId: 'nomination-demo-1', withIdNumber: true }]);
    const entry = await app.ports.store.find<Doc & AuditEntry>(C.audit, {
      where: { recordKey: recordKeyOf(C.exports, logged.items[0]!.id) },
      limit: 1,
    });
    expect(entry.items[0]).toMatchObject({
      action: 'export.form',
      actor: G,
      reason: expect.stringContaining('身份证号码'),
    });
  });

  it('the recommendation report: the counts, each nominee’s recommendation and notices, the override', async () => {
    const n = await demo2AtMiddleConsent();
    const reason = '本街道一线职工人选未获民主推荐通过，经街道党工委研究，同意按现名单上报';
    unwrap(await drive.call('overrideSlate', { roundId: DEMO_ROUND_ID, orgId: 'sub-east', version: 0, reason }, M));
    unwrap(await consent(n));
    const { file } = unwrap(
      await drive.call<{ file: ExportFile }>('exportReport', { roundId: DEMO_ROUND_ID, orgId: 'sub-east' }, M),
    );
    expect(file.name).toBe('东湖街道总工会-推荐工作报告.xlsx');
    const all = texts(await workbookOf(file));
    expect(all).toContain('东湖街道总工会关于2027年区级劳动模范评选推荐工作的报告');
    expect(all).toContain('名额 3 名');
    expect(all).toContain('推荐人选 1 名，其中已上报 1 名、待上报 0 名');
    expect(all).toContain('钱立新');
    expect(all).toContain('职工代表大会（2026-10-09）应到 60 人，实到 52 人，赞成 47 票');
    expect(all).toMatch(/基层公示 .*：无异议/);
    expect(all).toContain(reason);
    expect(all).not.toMatch(/\d{17}[\dX]/);
  });
});

describe('notifications', () => {
  afterEach(() => {
    delete process.env.LAOMO_TPL_NOMINATION_TODO;
  });

  it('a nomination reaching another tier notifies that organization’s reviewing cadres, after commit', async () => {
    process.env.LAOMO_TPL_NOMINATION_TODO = 'tpl-todo-001';
    await drive.toPreliminaryReview({ name: '孙建军', flags: ['technicalStaff'] });
    // Moves inside the unit (submit, notice) sent nothing; the consent sent it to 东湖街道.
    expect(await outbox(G)).toEqual([]);
    expect(await outbox(W)).toEqual([]);
    const toMiddle = await outbox(M);
    expect(toMiddle).toMatchObject([
      {
        template: 'tpl-todo-001',
        page: 'selection/pages/todo/index',
        data: { thing1: '推荐人选待初审', thing2: '东湖公交客运公司工会', thing3: '2027年区级劳动模范评选' },
      },
    ]);
    expect(JSON.stringify(toMiddle)).not.toContain('孙建军');

    // A refused move sends nothing.
    const n = await demo2AtMiddleConsent();
    const before = (await outbox(D)).length;
    expect(await consent(n)).toMatchObject({ ok: false, code: 'SLATE_OVERRIDE_REQUIRED' });
    expect(await outbox(D)).toHaveLength(before);
  });

  it('a return notifies the tier below; a consultation notifies the department’s reviewers', async () => {
    let n = await drive.toPreliminaryReview({ name: '周企业', consultationCategories: ['enterpriseHead'] });
    const returned = await drive.step('review', n, { decision: 'return', reason: '请补充民主推荐材料' }, M);
    expect((await outbox(G)).map((m) => m.data.thing1)).toEqual(['推荐材料退回补正']);
    expect((await outbox(G))[0]!.template).toBe('unconfigured:nominationTodo');

    n = await drive.step('submit', returned, {}, G);
    n = await drive.step('review', n, { decision: 'pass', reason: REASON }, M);
    n = await drive.passNotice(n, M);
    await drive.overrideIfNeeded(DEMO_ROUND_ID, 'sub-east', M);
    n = unwrap(await consent(n)).nomination;
    expect(n.state.status).toBe('awaitingConsultation');
    expect((await outbox(R)).map((m) => m.data.thing1)).toEqual(['推荐人选待签署意见']);
    await drive.step('signConsultation', n, { decision: 'agree', comment: '经查无违法违规记录' }, R);
    expect((await outbox(D)).map((m) => m.data.thing1)).toContain('推荐人选待复审');
  });

  it('the scheduler reminds the owners once per nomination per deadline', async () => {
    const doc = (await stored('nomination-demo-2'))!;
    const deadline = (hours: number) => new Date(app.clock.now().getTime() + hours * 3600_000).toISOString();
    const setDeadline = async (at: string) => {
      const d = (await stored('nomination-demo-2'))!;
      await app.ports.store.update(C.nominations, d.id, d.version, {
        stageIndex: 4,
        stageKind: 'notice',
        stageTier: 'middle',
        status: 'inNotice',
        state: { stageIndex: 4, status: 'inNotice' },
        deadlineAt: at,
      });
    };
    expect(doc.status).toBe('submitted');
    await setDeadline(deadline(30)); // more than a day away: not yet
    expect(await remindNominationDeadlines.run(app.ports)).toBe(0);
    await setDeadline(deadline(3));
    expect(await runJobs(app.ports, [remindNominationDeadlines])).toEqual([
      { job: 'remindNominationDeadlines', changed: 1 },
    ]);
    expect(await remindNominationDeadlines.run(app.ports)).toBe(0);
    const reminders = (await outbox(M)).filter((m) => m.template === 'unconfigured:nominationDeadline');
    expect(reminders).toMatchObject([
      { data: { thing1: '公示即将结束，请及时办理', thing2: '东湖社区卫生服务中心工会' } },
    ]);
    // A new deadline is a new reminder.
    await setDeadline(deadline(5));
    expect(await remindNominationDeadlines.run(app.ports)).toBe(1);
    expect((await outbox(M)).filter((m) => m.template === 'unconfigured:nominationDeadline')).toHaveLength(2);
  });
});
