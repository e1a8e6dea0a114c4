/**
 * Selection rounds: refusals first (who, a stage list breaking 一报告两审核三公示, unknown quota
 * organizations, stale versions), then opening, plain edits before the first submission and audited
 * amendments after it.
 */
import { defaultRoundConfig, type SelectionRoundConfig } from '../../shared/selection/round';
import { verifyAllChains } from '../_platform/audit-verify';
import { C, DECLARATION } from '../_platform/collections';
import { DEMO_ID_NUMBERS, DEMO_ROUND_ID, demoForm, demoRoundConfig } from '../_local/nomination-demo';
import { nominationDriver, PERSONA, RECORD, unwrap } from '../_local/nomination-driver';
import { rid, startTestApp, type TestApp } from '../_local/testing';

const { grassroots: G, middle: M, district: D, reviewer: R } = PERSONA;

type Round = {
  id: string;
  version: number;
  status: string;
  config: SelectionRoundConfig;
  frozenAt: string | null;
  amendments: { seq: number; byName: string; reason: string; fields: string[] }[];
};

let app: TestApp;
let drive: ReturnType<typeof nominationDriver>;
beforeEach(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-11-03T01:00:00.000Z'));
  drive = nominationDriver(app);
});
afterEach(() => app.close());

const roundCall = (action: string, data: object, openid: string = D) =>
  drive.call<{ round: Round }>(action, data, openid);
const create = async (config: SelectionRoundConfig = demoRoundConfig()) =>
  unwrap(await roundCall('createRound', { config })).round;
const chainOf = async (id: string) =>
  (await app.ports.store.find(C.audit, { where: { recordKey: `selectionRounds/${id}` }, limit: 20 })).items.map((e) => [
    e.action,
    e.reason,
  ]);

describe('creating a round', () => {
  it('is the district selection office’s: middle, grassroots and reviewers are refused', async () => {
    for (const openid of [M, G, R]) {
      expect(await roundCall('createRound', { config: demoRoundConfig() }, openid)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
  });

  it('refuses a stage list that breaks 一报告两审核三公示, naming the stage', async () => {
    const config = demoRoundConfig();
    const noMiddleNotice = { ...config, stages: config.stages.filter((_, i) => i !== 4) };
    expect(await roundCall('createRound', { config: noMiddleNotice })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: ['config', 'stages'] }],
    });
    const swapped = [...config.stages];
    [swapped[6], swapped[8]] = [swapped[8]!, swapped[6]!];
    expect(await roundCall('createRound', { config: { ...config, stages: swapped } })).toMatchObject({
      ok: false,
      issues: [{ path: ['config', 'stages', 8] }],
    });
    const cityEndingInConferral = { ...config, targetLevel: 'city' };
    expect(await roundCall('createRound', { config: cityEndingInConferral })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
  });

  it('refuses a quota for an organization that does not exist', async () => {
    const config = { ...demoRoundConfig(), quotas: [{ orgId: 'no-such-org', seats: 2, allowMoreCandidates: false }] };
    expect(await roundCall('createRound', { config })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: ['config', 'quotas', 0, 'orgId'] }],
    });
  });

  it('creates a draft round with the defaults, opens it once, and lists it for cadres and reviewers', async () => {
    const config = defaultRoundConfig({
      name: '2027年区级先进工作者评选',
      year: 2027,
      targetLevel: 'district',
      titles: [{ name: '示范区先进工作者', kind: 'advancedWorker' }],
    });
    const round = await create(config);
    expect(round).toMatchObject({ status: 'draft', version: 1, frozenAt: null, amendments: [], config });
    const opened = unwrap(await roundCall('openRound', { id: round.id, version: 1 })).round;
    expect(opened).toMatchObject({ status: 'open', version: 2 });
    expect(await roundCall('openRound', { id: round.id, version: 2 })).toMatchObject({
      ok: false,
      code: 'WRONG_STATUS',
    });
    expect(await roundCall('openRound', { id: round.id, version: 1 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { id: round.id, version: 2, status: 'open' },
    });
    for (const openid of [G, M, R]) {
      const list = unwrap(await drive.call<{ items: { id: string }[] }>('listRounds', { status: 'open' }, openid));
      expect(list.items.map((r) => r.id)).toEqual([round.id, DEMO_ROUND_ID]);
      expect(unwrap(await roundCall('getRound', { id: round.id }, openid)).round.id).toBe(round.id);
    }
    expect(await chainOf(round.id)).toEqual([
      ['round.create', null],
      ['round.open', null],
    ]);
  });
});

describe('changing a round', () => {
  it('before the first submission: a plain edit, audited, no amendment needed', async () => {
    const round = await create();
    const config = { ...round.config, deedLimits: { shortMax: 400, longMax: 1800 } };
    const edited = unwrap(await roundCall('amendRound', { id: round.id, version: 1, config })).round;
    expect(edited).toMatchObject({ version: 2, amendments: [], config: { deedLimits: { shortMax: 400 } } });
    const stages = edited.config.stages.filter((s) => s.kind !== 'departmentConsultation');
    expect(await roundCall('amendRound', { id: round.id, version: 2, config: { ...config, stages } })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(await roundCall('amendRound', { id: round.id, version: 2, config })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '评选规则没有变化',
    });
    const entries = await app.ports.store.find(C.audit, {
      where: { recordKey: `selectionRounds/${round.id}` },
      limit: 5,
    });
    expect(entries.items[1]).toMatchObject({ action: 'round.edit', fields: ['config.deedLimits'] });
  });

  it('the first submission freezes the rules; then a change is an amendment with a reason, on the chain', async () => {
    let round = await create();
    round = unwrap(await roundCall('openRound', { id: round.id, version: round.version })).round;
    const consent = {
      notice: true,
      stories: true,
      photo: false,
      signer: '赵红梅',
      date: '2026-08-20',
      fileId: await drive.upload(),
    };
    let n = unwrap(
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
    n = await drive.step('recordRecommendation', n, { record: RECORD }, G);
    await drive.step('submit', n, {}, G);
    round = unwrap(await roundCall('getRound', { id: round.id })).round;
    expect(round.frozenAt).toMatch(/^2026-11-03T01:00/);

    const longer = round.config.stages.map((s) =>
      s.kind === 'notice' && s.tier === 'district'
        ? { ...s, noticeRule: { kind: 'calendarDays' as const, days: 7 } }
        : s,
    );
    const config = { ...round.config, stages: longer };
    const v = round.version;
    expect(await roundCall('amendRound', { id: round.id, version: v, config })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    // Frozen: no stage added, removed or moved; no other target level.
    const fewer = { ...config, stages: config.stages.filter((s) => s.kind !== 'partyConsent') };
    expect(
      await roundCall('amendRound', { id: round.id, version: v, config: fewer, reason: '简化流程' }),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    const amended = unwrap(
      await roundCall('amendRound', { id: round.id, version: v, config, reason: '区级公示改为7个自然日' }),
    ).round;
    expect(amended.amendments).toEqual([
      expect.objectContaining({ seq: 1, byName: '区总工会干部', reason: '区级公示改为7个自然日', fields: ['stages'] }),
    ]);
    expect(await roundCall('amendRound', { id: round.id, version: v, config, reason: '重复' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await chainOf(round.id)).toEqual([
      ['round.create', null],
      ['round.open', null],
      ['round.freeze', null],
      ['round.amend', '区级公示改为7个自然日'],
    ]);
    expect(await verifyAllChains(app.ports.store, DECLARATION)).toMatchObject({ problems: [] });
  });

  it('a middle-tier cadre cannot amend', async () => {
    const round = await create();
    expect(
      await roundCall('amendRound', { id: round.id, version: 1, config: round.config, reason: '修改' }, M),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the departments a round can consult', () => {
  it('lists the department reviewers’ departments on the district, for the district selection office only', async () => {
    for (const openid of [M, G, R]) {
      expect(await drive.call('listReviewerDepartments', {}, openid)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await drive.call('listReviewerDepartments', {}, D)).toMatchObject({
      ok: true,
      data: { items: [{ department: '区市场监管局', reviewers: 1 }] },
    });

    const grants = await app.call<{ items: { grantId: string; version: number; role: string }[] }>(
      'identity',
      'listGrants',
      { orgId: 'district' },
      { openid: D },
    );
    if (!grants.ok) throw new Error(grants.code);
    const reviewer = grants.data.items.find((g) => g.role === 'departmentReviewer')!;
    const revoked = await app.call(
      'identity',
      'revokeGrant',
      { grantId: reviewer.grantId, version: reviewer.version, reason: '岗位调整' },
      { openid: D, requestId: rid() },
    );
    expect(revoked).toMatchObject({ ok: true });
    expect(await drive.call('listReviewerDepartments', {}, D)).toMatchObject({ ok: true, data: { items: [] } });
  });
});
