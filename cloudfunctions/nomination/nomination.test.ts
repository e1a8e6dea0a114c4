/**
 * The rules a nomination keeps, refusals first: who may act (tier, role, subtree — 西山 never sees
 * 东湖), no stage skipped, a submitted form never edited, the form's checks, two cadres at once
 * (one wins, the other gets CONFLICT with the current record, nothing half done, every transition
 * on the record's chain), the ID number masked in every reply, and the public shut out.
 */
import { FUNCTIONS } from '../../shared/api';
import { verifyAllChains } from '../_platform/audit-verify';
import { C, DECLARATION } from '../_platform/collections';
import { DEMO_ID_NUMBERS, DEMO_ROUND_ID, demoForm } from '../_local/nomination-demo';
import { nominationDriver, PERSONA, RECORD, REASON, unwrap, type Nom } from '../_local/nomination-driver';
import { rid, startTestApp, type TestApp } from '../_local/testing';
import type { NominationDoc, RoundDoc } from './nomination.records';

const { grassroots: G, middle: M, middleWest: W, district: D, reviewer: R } = PERSONA;

let app: TestApp;
let drive: ReturnType<typeof nominationDriver>;
beforeEach(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-11-03T01:00:00.000Z'));
  drive = nominationDriver(app);
});
afterEach(() => app.close());

const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code);
const act = async (action: string, n: Pick<Nom, 'id' | 'version'>, data: object, openid: string) =>
  codeOf(await drive.call(action, { id: n.id, version: n.version, ...data }, openid));

describe('the public and other roles', () => {
  /** A well-formed input for every action, so only the policy can refuse. */
  const SAMPLE: Record<keyof typeof FUNCTIONS.nomination, object> = {
    createRound: { config: {} },
    openRound: { id: DEMO_ROUND_ID, version: 1 },
    getRound: { id: DEMO_ROUND_ID },
    listRounds: {},
    amendRound: { id: DEMO_ROUND_ID, version: 1, config: {}, reason: '修订' },
    listReviewerDepartments: {},
    saveDraft: { roundId: DEMO_ROUND_ID, orgId: 'unit-bus', form: {} },
    recordRecommendation: { id: 'nomination-demo-1', version: 1, record: RECORD },
    submit: { id: 'nomination-demo-1', version: 1 },
    review: { id: 'nomination-demo-2', version: 1, decision: 'pass', reason: REASON },
    recordConsent: {
      id: 'nomination-demo-2',
      version: 1,
      signer: '党委',
      date: '2026-11-01',
      documentFileId: 'tmp/x.pdf',
    },
    closeNotice: { id: 'nomination-demo-2', version: 1 },
    signConsultation: { id: 'nomination-demo-2', version: 1, decision: 'agree', comment: '同意' },
    recordInspection: {
      id: 'nomination-demo-2',
      version: 1,
      date: '2026-11-01',
      inspectors: ['王某'],
      summary: '实地考察，事迹属实。',
    },
    recordDetermination: {
      id: 'nomination-demo-2',
      version: 1,
      date: '2026-11-01',
      membersTotal: 15,
      present: 13,
      votesFor: 12,
      votesAgainst: 0,
      abstentions: 1,
    },
    confer: {
      id: 'nomination-demo-2',
      version: 1,
      issuer: '示范区总工会',
      documentNumber: '示工发〔2026〕1号',
      date: '2026-11-01',
    },
    submitUpward: { id: 'nomination-demo-2', version: 1, date: '2026-11-01' },
    replace: { id: 'nomination-demo-2', version: 1, reason: '替换' },
    withdraw: { id: 'nomination-demo-2', version: 1, reason: '撤回' },
    listNominations: {},
    getNomination: { id: 'nomination-demo-2' },
    todo: {},
    getSlate: { roundId: DEMO_ROUND_ID, orgId: 'sub-east' },
    overrideSlate: {
      roundId: DEMO_ROUND_ID,
      orgId: 'sub-east',
      version: 0,
      reason: '本街道一线职工候选人不足，经研究说明如下',
    },
    exportSlate: { roundId: DEMO_ROUND_ID, orgId: 'sub-east' },
    exportReport: { roundId: DEMO_ROUND_ID, orgId: 'sub-east' },
    exportForm: { id: 'nomination-demo-2' },
  };
  // createRound and amendRound need a whole config to pass the input schema.
  beforeEach(async () => {
    const round = await app.ports.store.get<RoundDoc>(C.selectionRounds, DEMO_ROUND_ID);
    SAMPLE.createRound = { config: round!.config };
    SAMPLE.amendRound = { id: DEMO_ROUND_ID, version: 1, config: round!.config, reason: '修订' };
  });

  it.each(Object.keys(FUNCTIONS.nomination))('a member of the public gets FORBIDDEN on %s', async (action) => {
    const before = app.snapshot();
    const reply = await drive.call(action, SAMPLE[action as keyof typeof SAMPLE], PERSONA.public);
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(app.snapshot().replace(/"rateCounters[^\n]*/g, '')).toBe(before.replace(/"rateCounters[^\n]*/g, ''));
  });

  it('a model worker and an anonymous caller are refused too; no public action reads nominations', async () => {
    for (const action of Object.keys(SAMPLE) as (keyof typeof SAMPLE)[]) {
      expect(await drive.call(action, SAMPLE[action], PERSONA.worker)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const anonymous = await app.call('nomination', action, SAMPLE[action], { openid: null, requestId: rid() });
      expect(anonymous).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    }
  });
});

describe('who acts: tier, role and subtree', () => {
  it('a middle-tier cadre of 西山 cannot see or act on 东湖’s nominations', async () => {
    const n = await drive.toPreliminaryReview();
    expect(await drive.call('getNomination', { id: n.id }, W)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await act('review', n, { decision: 'pass', reason: REASON }, W)).toBe('FORBIDDEN');
    expect(await act('replace', n, { reason: '替换' }, W)).toBe('FORBIDDEN');
    expect(await drive.call('listNominations', { orgId: 'sub-east' }, W)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const listed = unwrap(await drive.call<{ items: unknown[] }>('listNominations', {}, W));
    expect(listed.items).toEqual([]);
    // Nor can 西山 nominate for a 东湖 unit.
    expect(codeOf(await drive.call('saveDraft', { roundId: DEMO_ROUND_ID, orgId: 'unit-bus', form: {} }, W))).toBe(
      'FORBIDDEN',
    );
    // A stale version from outside the subtree reveals nothing either.
    expect(await drive.call('review', { id: n.id, version: 1, decision: 'pass', reason: REASON }, W)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: expect.any(String),
    });
  });

  it('a grassroots cadre reaches its own unit only', async () => {
    expect(await drive.call('getNomination', { id: 'nomination-demo-2' }, G)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(codeOf(await drive.call('saveDraft', { roundId: DEMO_ROUND_ID, orgId: 'unit-hospital', form: {} }, G))).toBe(
      'FORBIDDEN',
    );
  });

  it('each stage belongs to its tier: a wrong tier is WRONG_TIER, whatever the caller reaches', async () => {
    // Only the grassroots nominates (the middle tier reaches unit-bus, but the first stage is not theirs).
    expect(codeOf(await drive.call('saveDraft', { roundId: DEMO_ROUND_ID, orgId: 'unit-bus', form: {} }, M))).toBe(
      'WRONG_TIER',
    );
    expect(codeOf(await drive.call('saveDraft', { roundId: DEMO_ROUND_ID, orgId: 'sub-east', form: {} }, M))).toBe(
      'BAD_REQUEST',
    );
    let n = await drive.newDraft();
    n = await drive.step('recordRecommendation', n, { record: RECORD }, G);
    n = await drive.step('submit', n, {}, G);
    expect(await act('openNotice', n, {}, M)).toBe('WRONG_TIER');
    expect(await act('openNotice', n, {}, D)).toBe('WRONG_TIER');
    n = await drive.passNotice(n, G);
    n = await drive.step(
      'recordConsent',
      n,
      { signer: '公司党委', date: '2026-11-10', documentFileId: await drive.upload() },
      G,
    );
    expect(await act('review', n, { decision: 'pass', reason: REASON }, G)).toBe('WRONG_TIER');
    expect(await act('review', n, { decision: 'pass', reason: REASON }, D)).toBe('WRONG_TIER');
    // A department reviewer signs opinions only; a district-only action is refused to others by policy.
    expect(await act('review', n, { decision: 'pass', reason: REASON }, R)).toBe('FORBIDDEN');
    expect(
      await act(
        'recordDetermination',
        n,
        { date: '2026-11-01', membersTotal: 1, present: 1, votesFor: 1, votesAgainst: 0, abstentions: 0 },
        M,
      ),
    ).toBe('FORBIDDEN');
  });

  it('a department reviewer signs only where their department is required, once', async () => {
    let n = await drive.toPreliminaryReview({ consultationCategories: ['leadingCadre'] });
    n = await drive.step('review', n, { decision: 'pass', reason: REASON }, M);
    n = await drive.passNotice(n, M);
    n = await drive.step(
      'recordConsent',
      n,
      { signer: '东湖街道党工委', date: '2026-11-18', documentFileId: await drive.upload() },
      M,
    );
    expect(n.state).toEqual({ stageIndex: 6, status: 'awaitingConsultation' });
    expect(await act('signConsultation', n, { decision: 'agree', comment: '同意' }, R)).toBe('DEPARTMENT_NOT_REQUIRED');
    // The district cannot skip the consultation.
    expect(await act('review', n, { decision: 'pass', reason: REASON }, D)).toBe('CONSULTATION_INCOMPLETE');
    expect(await act('openNotice', n, {}, D)).toBe('CONSULTATION_INCOMPLETE');

    let m = await drive.toPreliminaryReview({ consultationCategories: ['enterpriseHead', 'leadingCadre'] });
    m = await drive.step('review', m, { decision: 'pass', reason: REASON }, M);
    m = await drive.passNotice(m, M);
    m = await drive.step(
      'recordConsent',
      m,
      { signer: '东湖街道党工委', date: '2026-11-25', documentFileId: await drive.upload() },
      M,
    );
    const signed = await drive.step('signConsultation', m, { decision: 'agree', comment: '同意' }, R);
    expect(signed.state).toEqual({ stageIndex: 6, status: 'awaitingConsultation' });
    expect(signed.consultation!.pending).toEqual(['区纪委监委', '区委组织部']);
    expect(await act('signConsultation', signed, { decision: 'agree', comment: '同意' }, R)).toBe('ALREADY_SIGNED');
  });
});

describe('no stage skipped, no submitted form edited', () => {
  it('a later stage’s action fails where the nomination is', async () => {
    let n = await drive.newDraft();
    expect(await act('openNotice', n, {}, G)).toBe('WRONG_STAGE');
    expect(
      await act(
        'recordConsent',
        n,
        { signer: '公司党委', date: '2026-11-01', documentFileId: await drive.upload() },
        G,
      ),
    ).toBe('WRONG_STAGE');
    // The stage is checked before the tier: the district cannot confer on a draft.
    expect(
      await act('confer', n, { issuer: '示范区总工会', documentNumber: '示工发〔2026〕1号', date: '2026-11-01' }, D),
    ).toBe('WRONG_STAGE');
    n = await drive.step('recordRecommendation', n, { record: RECORD }, G);
    n = await drive.step('submit', n, {}, G);
    expect(
      await act(
        'recordConsent',
        n,
        { signer: '公司党委', date: '2026-11-01', documentFileId: await drive.upload() },
        G,
      ),
    ).toBe('WRONG_STAGE');
    expect(await act('closeNotice', n, {}, G)).toBe('WRONG_STATUS');
    n = await drive.passNotice(n, G);
    n = await drive.step(
      'recordConsent',
      n,
      { signer: '公司党委', date: '2026-11-10', documentFileId: await drive.upload() },
      G,
    );
    expect(
      await act(
        'recordInspection',
        n,
        { date: '2026-11-01', inspectors: ['王某'], summary: '实地考察，事迹属实。' },
        D,
      ),
    ).toBe('WRONG_STAGE');
    expect(
      await act('confer', n, { issuer: '示范区总工会', documentNumber: '示工发〔2026〕1号', date: '2026-11-01' }, D),
    ).toBe('WRONG_STAGE');
    expect(
      await act(
        'recordDetermination',
        n,
        { date: '2026-11-01', membersTotal: 15, present: 13, votesFor: 12, votesAgainst: 0, abstentions: 1 },
        D,
      ),
    ).toBe('WRONG_STAGE');
    const doc = await app.ports.store.get<NominationDoc>(C.nominations, n.id);
    expect(doc!.state).toEqual({ stageIndex: 3, status: 'submitted' });
  });

  it('a submitted form cannot be edited, its recommendation neither', async () => {
    let n = await drive.newDraft();
    n = await drive.step('saveDraft', n, { form: { ...n.form, position: '线路队长' } }, G); // as often as they like
    n = await drive.step('saveDraft', n, { form: { ...n.form, position: '驾驶员' } }, G);
    n = await drive.step('recordRecommendation', n, { record: RECORD }, G);
    n = await drive.step('submit', n, {}, G);
    expect(await act('saveDraft', n, { form: n.form }, G)).toBe('NOT_EDITABLE');
    expect(await act('recordRecommendation', n, { record: RECORD }, G)).toBe('NOT_EDITABLE');
    expect(await act('submit', n, {}, G)).toBe('WRONG_STAGE');
    // Draft saves are not audited; the creation, the record and the submission are.
    const chain = await app.ports.store.find(C.audit, { where: { recordKey: `nominations/${n.id}` }, limit: 20 });
    expect(chain.items.map((e) => e.action)).toEqual([
      'nomination.create',
      'nomination.recordRecommendation',
      'nomination.submit',
    ]);
  });
});

describe('the form and its checks', () => {
  it('checks the democratic recommendation against the round’s rule at once', async () => {
    const n = await drive.newDraft();
    expect(await act('recordRecommendation', n, { record: { ...RECORD, present: 60 } }, G)).toBe('QUORUM_NOT_MET');
    expect(await act('recordRecommendation', n, { record: { ...RECORD, present: 70, votesFor: 50 } }, G)).toBe(
      'MAJORITY_NOT_REACHED',
    );
    expect(await act('recordRecommendation', n, { record: { ...RECORD, present: 101 } }, G)).toBe('INVALID_COUNTS');
    expect(await act('submit', n, {}, G)).toBe('FACTS_MISSING');
  });

  it('submits only a complete form, with the ID number, consistent birth date and consent to the notice', async () => {
    let n = unwrap(
      await drive.call('saveDraft', { roundId: DEMO_ROUND_ID, orgId: 'unit-bus', form: { name: '王小二' } }, G),
    ).nomination;
    expect(n.form).toEqual({ name: '王小二' });
    n = await drive.step('recordRecommendation', n, { record: RECORD }, G);
    const incomplete = await drive.call('submit', { id: n.id, version: n.version }, G);
    expect(incomplete).toMatchObject({ ok: false, code: 'FACTS_MISSING' });
    const paths = (!incomplete.ok && incomplete.issues?.map((i) => i.path.join('.'))) || [];
    expect(paths).toEqual(
      expect.arrayContaining(['form.gender', 'form.shortDeeds', 'idNumber', 'form.publicationConsent']),
    );

    const consent = { ...demoForm().publicationConsent!, fileId: await drive.upload() };
    n = await drive.step(
      'saveDraft',
      n,
      { form: demoForm({ publicationConsent: consent }), idNumber: DEMO_ID_NUMBERS.b },
      G,
    );
    expect(n.idNumberMasked).toBe('110***********1237');
    const mismatch = await drive.call('submit', { id: n.id, version: n.version }, G);
    expect(mismatch).toMatchObject({ ok: false, code: 'FACTS_MISSING', issues: [{ path: ['form', 'birthDate'] }] });

    n = await drive.step(
      'saveDraft',
      n,
      {
        form: { ...n.form, publicationConsent: { ...n.form.publicationConsent!, notice: false } },
        idNumber: DEMO_ID_NUMBERS.a,
      },
      G,
    );
    expect(await act('submit', n, {}, G)).toBe('CONSENT_MISSING');
    n = await drive.step(
      'saveDraft',
      n,
      { form: { ...n.form, publicationConsent: { ...n.form.publicationConsent!, notice: true } } },
      G,
    );
    expect((await drive.step('submit', n, {}, G)).state).toEqual({ stageIndex: 1, status: 'submitted' });
  });

  it('refuses a bad ID number, a title not in the round, deeds over the round’s limit, a foreign file', async () => {
    const bad = (form: object, extra: object = {}) =>
      drive.call('saveDraft', { roundId: DEMO_ROUND_ID, orgId: 'unit-bus', form, ...extra }, G);
    expect(await bad({}, { idNumber: '110105198503120021' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: ['idNumber'] }],
    });
    expect(await bad({ titleSought: '全国劳动模范' })).toMatchObject({
      ok: false,
      issues: [{ path: ['form', 'titleSought'] }],
    });
    expect(await bad({ shortDeeds: '事'.repeat(501) })).toMatchObject({
      ok: false,
      issues: [{ path: ['form', 'shortDeeds'] }],
    });
    expect(await bad({ longDeeds: '事'.repeat(2001) })).toMatchObject({
      ok: false,
      issues: [{ path: ['form', 'longDeeds'] }],
    });
    expect(await bad({ flags: ['woman', 'woman'] })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await bad({ attachments: [{ fileId: 'files/someone-elses.pdf', name: '材料' }] })).toMatchObject({
      ok: false,
      issues: [{ path: ['form', 'attachments', 0, 'fileId'] }],
    });
    expect(await bad({ attachments: [{ fileId: await drive.upload('text/html'), name: '网页' }] })).toMatchObject({
      ok: false,
      issues: [{ path: ['form', 'attachments', 0, 'fileId'] }],
    });
    expect(
      await bad({ attachments: [{ fileId: await drive.upload('application/pdf', 11 * 1024 * 1024), name: '大文件' }] }),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await bad({ modelWorkerId: 'mw-04' })).toMatchObject({
      ok: false,
      issues: [{ path: ['form', 'modelWorkerId'] }],
    });
    // An uploaded attachment is attached; saved again by its permanent id, it stays.
    const saved = unwrap(await bad({ attachments: [{ fileId: await drive.upload(), name: '事迹材料' }] })).nomination;
    const fileId = saved.form.attachments![0]!.fileId;
    expect(fileId).toMatch(/^files\//);
    expect(saved.fileUrls[fileId]).toBe(`/files/${fileId}`);
    const again = await drive.step('saveDraft', saved, { form: saved.form }, G);
    expect(again.form.attachments).toEqual(saved.form.attachments);
  });

  it('wants a written reason to pass, return, reject, replace or withdraw', async () => {
    const n = await drive.toPreliminaryReview();
    for (const decision of ['pass', 'return', 'reject']) {
      expect(await act('review', n, { decision }, M)).toBe('REASON_REQUIRED');
      expect(await act('review', n, { decision, reason: '   ' }, M)).toBe('REASON_REQUIRED');
    }
    expect(await act('replace', n, {}, M)).toBe('REASON_REQUIRED');
    const rejected = await drive.step('review', n, { decision: 'reject', reason: '事迹不够突出' }, M);
    expect(rejected).toMatchObject({ state: { stageIndex: 3, status: 'rejected' }, holdsSeat: false });
    expect(await act('review', rejected, { decision: 'pass', reason: REASON }, M)).toBe('TERMINAL');
  });

  it('creates drafts only in an open round', async () => {
    const config = (await app.ports.store.get<RoundDoc>(C.selectionRounds, DEMO_ROUND_ID))!.config;
    const round = unwrap(await drive.call<{ round: { id: string } }>('createRound', { config }, D)).round;
    expect(await drive.call('saveDraft', { roundId: round.id, orgId: 'unit-bus', form: {} }, G)).toMatchObject({
      ok: false,
      code: 'WRONG_STATUS',
    });
  });
});

describe('two cadres at once', () => {
  it('one succeeds, the other gets CONFLICT with the current record; nothing half done; all on the chain', async () => {
    const n = await drive.toPreliminaryReview();
    const before = await app.ports.store.count(C.audit);
    const [passed, withdrawn] = await Promise.all([
      drive.call<{ nomination: Nom }>('review', { id: n.id, version: n.version, decision: 'pass', reason: REASON }, M),
      drive.call<{ nomination: Nom }>('withdraw', { id: n.id, version: n.version, reason: '单位决定撤回' }, D),
    ]);
    const winner = [passed, withdrawn].filter((r) => r.ok);
    const loser = [passed, withdrawn].filter((r) => !r.ok);
    expect(winner).toHaveLength(1);
    expect(loser).toEqual([expect.objectContaining({ ok: false, code: 'CONFLICT' })]);
    const stored = (await app.ports.store.get<NominationDoc>(C.nominations, n.id))!;
    expect(stored.version).toBe(n.version + 1);
    expect(loser[0]).toMatchObject({ current: { id: n.id, version: n.version + 1, state: stored.state } });
    // Exactly one transition was written, on the record's own chain.
    expect(await app.ports.store.count(C.audit)).toBe(before + 1);
    expect(await verifyAllChains(app.ports.store, DECLARATION)).toMatchObject({ problems: [] });
    // The stale caller refreshes and sees why; retrying with the old version is still a conflict.
    expect(await act('review', n, { decision: 'pass', reason: REASON }, M)).toBe('CONFLICT');
  });

  it('a stale version is CONFLICT with the current nomination (masked), nothing written', async () => {
    let n = await drive.newDraft();
    const stale = n;
    n = await drive.step('saveDraft', n, { form: { ...n.form, position: '线路队长' } }, G);
    const before = app.snapshot();
    const reply = await drive.call('recordRecommendation', { id: stale.id, version: stale.version, record: RECORD }, G);
    expect(reply).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { id: n.id, version: n.version, form: { position: '线路队长' }, idNumberMasked: '110***********0020' },
    });
    expect(app.snapshot().replace(/"rateCounters[^\n]*/g, '')).toBe(before.replace(/"rateCounters[^\n]*/g, ''));
  });

  it('two first submissions in a round: both pass, the round freezes once', async () => {
    const config = (await app.ports.store.get<RoundDoc>(C.selectionRounds, DEMO_ROUND_ID))!.config;
    let round = unwrap(
      await drive.call<{ round: { id: string; version: number } }>('createRound', { config }, D),
    ).round;
    round = unwrap(
      await drive.call<{ round: { id: string; version: number } }>(
        'openRound',
        { id: round.id, version: round.version },
        D,
      ),
    ).round;
    const ready = async () => {
      const consent = { ...demoForm().publicationConsent!, fileId: await drive.upload() };
      const d = unwrap(
        await drive.call(
          'saveDraft',
          {
            roundId: round.id,
            orgId: 'unit-bus',
            form: demoForm({ publicationConsent: consent }),
            idNumber: DEMO_ID_NUMBERS.a,
          },
          G,
        ),
      ).nomination;
      return drive.step('recordRecommendation', d, { record: RECORD }, G);
    };
    const [a, b] = [await ready(), await ready()];
    const replies = await Promise.all([a, b].map((n) => drive.call('submit', { id: n.id, version: n.version }, G)));
    expect(replies.map(codeOf)).toEqual(['ok', 'ok']);
    const chain = await app.ports.store.find(C.audit, {
      where: { recordKey: `selectionRounds/${round.id}` },
      limit: 10,
    });
    expect(chain.items.map((e) => e.action)).toEqual(['round.create', 'round.open', 'round.freeze']);
  });

  it('a retried submission replays its reply and moves nothing twice', async () => {
    let n = await drive.newDraft();
    n = await drive.step('recordRecommendation', n, { record: RECORD }, G);
    const requestId = rid();
    const first = await app.call('nomination', 'submit', { id: n.id, version: n.version }, { openid: G, requestId });
    const again = await app.call('nomination', 'submit', { id: n.id, version: n.version }, { openid: G, requestId });
    expect(first.ok).toBe(true);
    expect(again).toEqual({ ...first, serverTime: expect.any(String) });
    expect((await app.ports.store.get<NominationDoc>(C.nominations, n.id))!.version).toBe(n.version + 1);
  });
});

describe('the ID number', () => {
  it('is stored apart and masked in every reply: drafts, transitions, lists, 待办, conflicts, timeline', async () => {
    const id = DEMO_ID_NUMBERS.a;
    let n = await drive.toPreliminaryReview();
    expect(n.idNumberMasked).toBe('110***********0020');
    await drive.call('review', { id: n.id, version: n.version - 1, decision: 'pass', reason: REASON }, M); // CONFLICT
    n = await drive.step('review', n, { decision: 'return', reason: '请补充材料' }, M);
    n = await drive.step('saveDraft', n, { form: n.form, idNumber: id }, G);
    await drive.call('getNomination', { id: n.id }, G);
    await drive.call('getNomination', { id: 'nomination-demo-2' }, M);
    await drive.call('listNominations', {}, M);
    await drive.call('todo', {}, G);
    const { replacement } = unwrap(
      await drive.call<{ replacement: Nom }>('replace', { id: n.id, version: n.version, reason: '替换人选' }, M),
    );
    await drive.call(
      'saveDraft',
      { id: replacement.id, version: replacement.version, form: replacement.form, idNumber: DEMO_ID_NUMBERS.c },
      G,
    );

    const everything = JSON.stringify(drive.replies);
    expect(drive.replies.length).toBeGreaterThan(10);
    for (const full of Object.values(DEMO_ID_NUMBERS)) expect(everything).not.toContain(full);
    expect(everything).toContain('110***********0020');
    expect(everything).toContain('110***********0045');
    // Stored once, apart; never on the nomination, in the audit chain or anywhere else.
    const identity = await app.ports.store.get(C.nomineeIdentities, n.id);
    expect(identity).toMatchObject({ idNumber: id });
    const rest = app
      .snapshot()
      .split('\n')
      .filter((table) => !table.includes('"idNumber\\":'));
    for (const table of rest) expect(table).not.toContain(id);
  });
});
