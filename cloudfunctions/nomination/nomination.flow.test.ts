/**
 * Whole paths through 一报告两审核三公示, driven by the personas of the three tiers and the
 * department reviewer on real SQLite, with the clock moved past each notice period: the conferral,
 * a return and resubmission, a replacement, a withdrawal; lists and 待办 along the way.
 */
import { verifyAllChains } from '../_platform/audit-verify';
import { C, DECLARATION } from '../_platform/collections';
import { DEMO_ID_NUMBERS, DEMO_ROUND_ID, demoForm } from '../_local/nomination-demo';
import { nominationDriver, PERSONA, REASON, unwrap, type Nom } from '../_local/nomination-driver';
import { startTestApp, type TestApp } from '../_local/testing';
import type { ModelWorkerDoc } from './nomination.records';

const { grassroots: G, middle: M, district: D, reviewer: R } = PERSONA;

let app: TestApp;
let drive: ReturnType<typeof nominationDriver>;
beforeEach(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-11-03T01:00:00.000Z')); // Tuesday 09:00 in Shanghai
  drive = nominationDriver(app);
});
afterEach(() => app.close());

type Todo = { items: { id: string; ready: boolean; deadlineAt: string | null }[]; count: number; readyCount: number };
const todoOf = async (openid: string) => unwrap(await drive.call<Todo>('todo', {}, openid));
const todoIds = async (openid: string) => (await todoOf(openid)).items.map((i) => i.id);
const get = async (id: string, openid: string = D) =>
  unwrap(
    await drive.call<{ nomination: Nom; timeline: { action: string; actorName: string; reason: string | null }[] }>(
      'getNomination',
      { id },
      openid,
    ),
  );

describe('from the draft to the conferral', () => {
  it('runs every stage in order, each by its tier, and puts the honour on a new model worker record', async () => {
    // Grassroots: the draft, the democratic recommendation, the unit notice, the Party consent.
    let n = await drive.newDraft({ consultationCategories: ['enterpriseHead'], flags: ['enterpriseHead', 'woman'] });
    expect(n.state).toEqual({ stageIndex: 0, status: 'draft' });
    expect(n.availableEvents).toEqual(['saveDraft', 'submit', 'replace', 'withdraw']);
    expect(await todoIds(G)).toContain(n.id);
    n = await drive.step(
      'recordRecommendation',
      n,
      { record: { form: 'workersCongress', date: '2026-08-28', delegatesTotal: 100, present: 80, votesFor: 60 } },
      G,
    );
    n = await drive.step('submit', n, {}, G);
    expect(n.state).toEqual({ stageIndex: 1, status: 'submitted' });
    expect(
      unwrap(await drive.call<{ round: { frozenAt: string | null } }>('getRound', { id: DEMO_ROUND_ID }, D)).round
        .frozenAt,
    ).not.toBeNull();

    n = await drive.step('openNotice', n, {}, G);
    expect(n.state.status).toBe('inNotice');
    // 5 working days from Tuesday 2026-11-03 09:00: 3, 4, 5, 6, 9 November; closes 10 November 00:00.
    expect(n.notices[0]).toMatchObject({
      days: ['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09'],
      closesAt: '2026-11-09T16:00:00.000Z',
      periodStatus: 'open',
      periodZh: '2026年11月3日（星期二）至2026年11月9日（星期一）',
    });
    expect(n.deadlineAt).toBe('2026-11-09T16:00:00.000Z');
    const waiting = (await todoOf(G)).items.find((i) => i.id === n.id)!;
    expect(waiting).toMatchObject({ ready: false, deadlineAt: '2026-11-09T16:00:00.000Z' });
    expect(await drive.call('closeNotice', { id: n.id, version: n.version }, G)).toMatchObject({
      ok: false,
      code: 'NOTICE_NOT_CLOSED',
    });
    app.clock.set(new Date('2026-11-09T16:00:00.000Z'));
    expect((await todoOf(G)).items.find((i) => i.id === n.id)).toMatchObject({ ready: true });
    n = await drive.step('closeNotice', n, {}, G);
    expect(n.notices[0]).toMatchObject({ outcome: 'closed', statement: 'noObjection', periodStatus: 'closed' });
    expect(n.deadlineAt).toBeNull();
    n = await drive.step(
      'recordConsent',
      n,
      { signer: '东湖公交客运公司党委', date: '2026-09-08', documentFileId: await drive.upload() },
      G,
    );
    expect(n.state).toEqual({ stageIndex: 3, status: 'submitted' });
    expect(n.partyConsents[0]!.documentFileId).toMatch(/^files\//);
    expect(await todoIds(G)).not.toContain(n.id);
    expect(await todoIds(M)).toContain(n.id);

    // Middle tier, then the department consultation: the nominee heads an enterprise.
    n = await drive.toSecondaryReview(n);
    expect(n.state).toEqual({ stageIndex: 7, status: 'submitted' });
    expect(n.consultation).toMatchObject({ required: ['区市场监管局'], pending: [], completedAt: expect.any(String) });
    expect(n.consultation!.opinions[0]).toMatchObject({ department: '区市场监管局', decision: 'agree' });
    // Lower tiers see that the department signed, not what it said.
    const seenByMiddle = (await get(n.id, M)).nomination.consultation!.opinions[0]!;
    expect(seenByMiddle).toEqual({ department: '区市场监管局', signedAt: expect.any(String) });

    // District: inspection, secondary review, district notice, determination, conferral.
    expect(
      await drive.call('review', { id: n.id, version: n.version, decision: 'pass', reason: REASON }, D),
    ).toMatchObject({
      ok: false,
      code: 'INSPECTION_REQUIRED',
    });
    const { nomination, modelWorkerId } = await drive.toConferral(n);
    expect(nomination.state).toEqual({ stageIndex: 10, status: 'conferred' });
    expect(nomination.conferral).toMatchObject({ documentNumber: '示工发〔2026〕12号', modelWorkerId });
    expect(nomination.notices.map((x) => [x.tier, x.statement])).toEqual([
      ['grassroots', 'noObjection'],
      ['middle', 'noObjection'],
      ['district', 'noObjection'],
    ]);
    expect(nomination.availableEvents).toEqual([]);

    const worker = await app.ports.store.get<ModelWorkerDoc>(C.modelWorkers, modelWorkerId);
    expect(worker).toMatchObject({
      name: '赵红梅',
      orgId: 'unit-bus',
      status: 'active',
      publicationConsent: true,
      honors: [
        {
          title: '示范区劳动模范',
          kind: 'modelWorker',
          level: 'district',
          year: 2027,
          issuer: '示范区总工会',
          documentNumber: '示工发〔2026〕12号',
          nominationId: nomination.id,
        },
      ],
    });

    // The timeline holds every step, who took it and why.
    const { timeline } = await get(nomination.id);
    expect(timeline.map((t) => t.action)).toEqual([
      'create',
      'recordRecommendation',
      'submit',
      'openNotice',
      'closeNotice',
      'recordConsent',
      'pass',
      'openNotice',
      'closeNotice',
      'recordConsent',
      'signConsultation',
      'recordInspection',
      'pass',
      'openNotice',
      'closeNotice',
      'recordDetermination',
      'confer',
    ]);
    expect(timeline[6]).toMatchObject({ actorName: '街道总工会干部', reason: REASON });
    expect(timeline[10]).toMatchObject({ actorName: '部门审核人' });

    expect(await verifyAllChains(app.ports.store, DECLARATION)).toMatchObject({ problems: [] });
    // Never the ID number in any reply along the way.
    expect(JSON.stringify(drive.replies)).not.toContain(DEMO_ID_NUMBERS.a);
  });

  it('extends the record of a nominee who already holds an honour', async () => {
    let n = await drive.toPreliminaryReview({ name: '李建国', modelWorkerId: 'mw-01' });
    n = await drive.toSecondaryReview(n);
    const { modelWorkerId } = await drive.toConferral(n);
    expect(modelWorkerId).toBe('mw-01');
    const worker = await app.ports.store.get<ModelWorkerDoc>(C.modelWorkers, 'mw-01');
    expect(worker!.honors).toHaveLength(1);
    expect(worker!.nominationIds).toEqual([n.id]);
    const chain = await app.ports.store.find(C.audit, { where: { recordKey: 'modelWorkers/mw-01' }, limit: 10 });
    expect(chain.items.map((e) => e.action)).toEqual(['modelWorker.create', 'modelWorker.addHonor']);
  });

  it('ends a city round with the submission upward', async () => {
    const base = unwrap(
      await drive.call<{ round: { config: Record<string, unknown> } }>('getRound', { id: DEMO_ROUND_ID }, D),
    ).round.config;
    const stages = (base.stages as { kind: string; tier: string }[]).map((s, i, all) =>
      i === all.length - 1 ? { kind: 'submission', tier: 'district' } : s,
    );
    let round = unwrap(
      await drive.call<{ round: { id: string; version: number } }>(
        'createRound',
        { config: { ...base, name: '2027年市级劳动模范推荐', targetLevel: 'city', stages } },
        D,
      ),
    ).round;
    round = unwrap(
      await drive.call<{ round: { id: string; version: number } }>(
        'openRound',
        { id: round.id, version: round.version },
        D,
      ),
    ).round;
    let n = unwrap(
      await drive.call<{ nomination: Nom }>(
        'saveDraft',
        { roundId: round.id, orgId: 'unit-bus', form: { name: '孙师傅' } },
        G,
      ),
    ).nomination;
    n = await drive.step(
      'saveDraft',
      n,
      {
        form: {
          ...demoForm({ name: '孙师傅' }),
          publicationConsent: {
            notice: true,
            stories: false,
            photo: false,
            signer: '孙师傅',
            date: '2026-08-20',
            fileId: await drive.upload(),
          },
        },
        idNumber: DEMO_ID_NUMBERS.a,
      },
      G,
    );
    n = await drive.step(
      'recordRecommendation',
      n,
      { record: { form: 'staffMeeting', date: '2026-08-28', delegatesTotal: 30, present: 25, votesFor: 20 } },
      G,
    );
    n = await drive.step('submit', n, {}, G);
    n = await drive.passNotice(n, G);
    n = await drive.step(
      'recordConsent',
      n,
      { signer: '公司党委', date: '2026-09-08', documentFileId: await drive.upload() },
      G,
    );
    n = await drive.toSecondaryReview(n);
    n = await drive.step(
      'recordInspection',
      n,
      { date: '2026-09-20', inspectors: ['王志远'], summary: '实地考察，事迹属实。' },
      D,
    );
    n = await drive.step('review', n, { decision: 'pass', reason: REASON }, D);
    n = await drive.passNotice(n, D);
    n = await drive.step(
      'recordDetermination',
      n,
      { date: '2026-10-10', membersTotal: 15, present: 15, votesFor: 15, votesAgainst: 0, abstentions: 0 },
      D,
    );
    expect(
      await drive.call(
        'confer',
        {
          id: n.id,
          version: n.version,
          issuer: '示范区总工会',
          documentNumber: '示工发〔2026〕1号',
          date: '2026-10-20',
        },
        D,
      ),
    ).toMatchObject({ ok: false, code: 'WRONG_STAGE' });
    n = await drive.step(
      'submitUpward',
      n,
      { date: '2026-10-21', documentNumber: '示工发〔2026〕13号', reportFileId: await drive.upload() },
      D,
    );
    expect(n.state).toEqual({ stageIndex: 10, status: 'submittedUpward' });
    expect(n.submission).toMatchObject({ level: 'city', documentNumber: '示工发〔2026〕13号' });
  });
});

describe('returns, replacements and withdrawals', () => {
  it('a returned form is editable by the tier below and resubmitted; the history is kept', async () => {
    let n = await drive.toPreliminaryReview();
    n = await drive.step('review', n, { decision: 'return', reason: '请补充单位党组织意见原件' }, M);
    expect(n.state).toEqual({ stageIndex: 2, status: 'returned' });
    expect(await todoIds(G)).toContain(n.id);
    expect(await todoIds(M)).not.toContain(n.id);
    // Editable by the grassroots cadre (audited: a correction), not by the middle tier.
    expect(await drive.call('saveDraft', { id: n.id, version: n.version, form: n.form }, M)).toMatchObject({
      ok: false,
      code: 'WRONG_TIER',
    });
    n = await drive.step('saveDraft', n, { form: { ...n.form, position: '线路队长' } }, G);
    n = await drive.step('submit', n, {}, G);
    expect(n.state).toEqual({ stageIndex: 3, status: 'submitted' });
    expect(await drive.call('saveDraft', { id: n.id, version: n.version, form: n.form }, G)).toMatchObject({
      ok: false,
      code: 'NOT_EDITABLE',
    });
    const { timeline } = await get(n.id);
    expect(timeline.slice(-3)).toEqual([
      expect.objectContaining({ action: 'return', reason: '请补充单位党组织意见原件', actorName: '街道总工会干部' }),
      expect.objectContaining({ action: 'edit' }),
      expect.objectContaining({ action: 'resubmit' }),
    ]);
  });

  it('a return from the district notice goes back to the middle tier, which reruns its stages', async () => {
    let n = await drive.toSecondaryReview(
      await drive.toPreliminaryReview({ consultationCategories: ['enterpriseHead'] }),
    );
    n = await drive.step(
      'recordInspection',
      n,
      { date: '2026-09-20', inspectors: ['王志远'], summary: '实地考察，事迹属实。' },
      D,
    );
    n = await drive.step('review', n, { decision: 'pass', reason: REASON }, D);
    n = await drive.step('openNotice', n, {}, D);
    n = await drive.step('review', n, { decision: 'return', reason: '公示期间反映情况需补充说明' }, D);
    expect(n.state).toEqual({ stageIndex: 5, status: 'returned' });
    expect(n.notices.at(-1)).toMatchObject({ tier: 'district', outcome: 'left' });
    expect(n.deadlineAt).toBeNull();
    // The department's opinion is kept: resubmitting completes the consultation on arrival.
    n = await drive.step('submit', n, {}, M);
    expect(n.state).toEqual({ stageIndex: 7, status: 'submitted' });
    expect(n.consultation!.opinions).toHaveLength(1);
  });

  it('replacing frees the seat and starts the replacement as a new draft linked to the old file', async () => {
    let n = await drive.toPreliminaryReview();
    n = await drive.step('review', n, { decision: 'pass', reason: REASON }, M);
    n = await drive.step('openNotice', n, {}, M);
    expect(await drive.call('replace', { id: n.id, version: n.version, reason: '本人因病申请退出' }, G)).toMatchObject({
      ok: false,
      code: 'WRONG_TIER',
    });
    const reply = unwrap(
      await drive.call<{ nomination: Nom; replacement: Nom }>(
        'replace',
        { id: n.id, version: n.version, reason: '本人因病申请退出', replacement: { name: '周丽', gender: 'female' } },
        M,
      ),
    );
    expect(reply.nomination).toMatchObject({
      state: { stageIndex: 4, status: 'replaced' },
      holdsSeat: false,
      replacedBy: reply.replacement.id,
    });
    expect(reply.nomination.notices.at(-1)).toMatchObject({ outcome: 'left' });
    expect(reply.replacement).toMatchObject({
      state: { stageIndex: 0, status: 'draft' },
      replaces: n.id,
      orgId: 'unit-bus',
      holdsSeat: true,
      idNumberMasked: null,
      form: { name: '周丽', gender: 'female', titleSought: '示范区劳动模范' },
    });
    // Nothing moves on the replaced file; the grassroots cadre works on the replacement.
    expect(
      await drive.call('withdraw', { id: n.id, version: reply.nomination.version, reason: '撤回' }, D),
    ).toMatchObject({ ok: false, code: 'TERMINAL' });
    expect(await todoIds(G)).toContain(reply.replacement.id);
    const edited = await drive.step(
      'saveDraft',
      reply.replacement,
      { form: { ...reply.replacement.form, ethnicity: '回族' } },
      G,
    );
    expect(edited.form.ethnicity).toBe('回族');
    const chain = await get(reply.replacement.id);
    expect(chain.timeline).toEqual([expect.objectContaining({ action: 'create', reason: '本人因病申请退出' })]);
  });

  it('withdraws with a reason, by the stage’s tier or above', async () => {
    const n = await drive.newDraft();
    expect(await drive.call('withdraw', { id: n.id, version: n.version }, G)).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    const w = await drive.step('withdraw', n, { reason: '单位决定另行推荐' }, M);
    expect(w).toMatchObject({ state: { stageIndex: 0, status: 'withdrawn' }, holdsSeat: false });
    expect(await todoIds(G)).not.toContain(n.id);
  });
});

describe('lists and 待办', () => {
  it('filters by round, stage, status, title, flag and name, within the caller’s subtree, paged', async () => {
    const a = await drive.newDraft({ name: '赵红梅', flags: ['frontLineWorker', 'woman'] });
    const b = await drive.newDraft({ name: '赵强', flags: ['technicalStaff'] });
    const c = await drive.toPreliminaryReview({ name: '钟敏', flags: ['migrantWorker'] });
    type Rows = { items: { id: string; name: string }[]; nextCursor: string | null };
    const list = async (filter: object, openid: string = M) =>
      unwrap(await drive.call<Rows>('listNominations', filter, openid));
    const names = async (filter: object, openid: string = M) =>
      (await list(filter, openid)).items.map((i) => i.name).sort();

    // The seed's two 东湖 nominations are there too.
    expect(await names({ roundId: DEMO_ROUND_ID })).toEqual(['赵强', '赵红梅', '钟敏', '钱立新', '赵红梅'].sort());
    expect(await names({ search: '赵' })).toEqual(['赵红梅', '赵红梅', '赵强'].sort());
    expect(await names({ status: 'submitted' })).toEqual(['钟敏', '钱立新'].sort());
    expect(await names({ stageIndex: 3, roundId: DEMO_ROUND_ID })).toEqual(['钟敏', '钱立新'].sort());
    expect(await names({ flag: 'technicalStaff' })).toEqual(['赵强', '钱立新'].sort());
    expect(await names({ title: '示范区先进工作者' })).toEqual([]);
    expect(await names({ orgId: 'unit-hospital' })).toEqual(['钱立新']);
    expect(await names({}, G)).toEqual(['赵强', '赵红梅', '钟敏', '赵红梅'].sort());
    expect(await names({}, PERSONA.middleWest)).toEqual([]);

    const first = await list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.id).toBe(c.id); // the latest change first
    const rest = await list({ limit: 2, cursor: first.nextCursor });
    const all = [...first.items, ...rest.items, ...(await list({ limit: 2, cursor: rest.nextCursor })).items];
    expect(new Set(all.map((i) => i.id)).size).toBe(5);
    expect(all.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
  });

  it('待办 holds what awaits each persona, nearest deadline first, with the badge count', async () => {
    const a = await drive.toPreliminaryReview({ name: '甲某' });
    const b = await drive.toPreliminaryReview({ name: '乙某' });
    const bNotice = await drive.step(
      'openNotice',
      await drive.step('review', b, { decision: 'pass', reason: REASON }, M),
      {},
      M,
    );
    const mine = await todoOf(M);
    // b's notice has a deadline: it comes first, not ready before it closes.
    expect(mine.items.map((i) => i.id)).toEqual([bNotice.id, 'nomination-demo-2', a.id]);
    expect(mine).toMatchObject({ count: 3, readyCount: 2 });
    expect(mine.items[0]).toMatchObject({ ready: false, deadlineAt: bNotice.deadlineAt });
    // 西山 sees none of 东湖's; the district none of the middle tier's stages; the reviewer none yet.
    expect(await todoOf(PERSONA.middleWest)).toMatchObject({ count: 0 });
    expect(await todoIds(D)).toEqual([]);
    expect(await todoOf(R)).toMatchObject({ count: 0 });
    expect(await todoIds(G)).toEqual(['nomination-demo-1']);
  });

  it('the reviewer’s 待办 holds the consultations waiting for their department only', async () => {
    const head = await drive.toPreliminaryReview({ name: '企业家', consultationCategories: ['enterpriseHead'] });
    const cadre = await drive.toPreliminaryReview({ name: '干部', consultationCategories: ['leadingCadre'] });
    const toConsultation = async (n: Nom) => {
      n = await drive.step('review', n, { decision: 'pass', reason: REASON }, M);
      n = await drive.passNotice(n, M);
      return drive.step(
        'recordConsent',
        n,
        { signer: '东湖街道党工委', date: '2026-09-16', documentFileId: await drive.upload() },
        M,
      );
    };
    const h = await toConsultation(head);
    const c = await toConsultation(cadre);
    expect(h.state).toEqual({ stageIndex: 6, status: 'awaitingConsultation' });
    expect(c.consultation!.pending).toEqual(['区纪委监委', '区委组织部']);
    expect(await todoIds(R)).toEqual([h.id]);
    expect((await get(h.id, R)).nomination.id).toBe(h.id);
    expect(await drive.call('getNomination', { id: c.id }, R)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await drive.step(
      'signConsultation',
      h,
      { decision: 'disagree', comment: '该企业2025年有一起行政处罚，请审慎研究' },
      R,
    );
    expect(await todoIds(R)).toEqual([]);
    const seen = (await get(h.id, R)).nomination;
    expect(seen.consultation!.opinions[0]).toMatchObject({ decision: 'disagree', signerName: '部门审核人' });
    expect(seen.state).toEqual({ stageIndex: 7, status: 'submitted' });
  });
});
