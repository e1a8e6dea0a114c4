/**
 * Hand-over on grant revocation, through `identity.revokeGrant` on real SQLite: nomination to-dos
 * stay with the organization while a reviewing cadre is left; when none is, the hand-over is
 * recorded (audited) and the parent organization's cadres are told; a refused revocation hands
 * nothing over; a custom step runs in the same unit of work.
 */
import { rid, startTestApp, type TestApp } from '../_local/testing';
import { recordKeyOf, type AuditEntry } from './audit';
import { C } from './collections';
import { handOver, type HandoverOutcome, type HandoverStep, type RevokedGrant } from './handover';
import type { Doc } from './store/store.port';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());
jest.setTimeout(60_000);

type HandoverDoc = Doc & { grantId: string; orgId: string; steps: HandoverOutcome[] };

const revoke = (grantId: string, openid: string, version = 1) =>
  app.call('identity', 'revokeGrant', { grantId, version, reason: '岗位调整' }, { openid, requestId: rid() });
const outbox = async (toOpenid: string) =>
  (
    await app.ports.store.find<Doc & { template: string; data: Record<string, string> }>(C.outbox, {
      where: { toOpenid },
      limit: 100,
    })
  ).items;
const chainOf = async (id: string) =>
  (
    await app.ports.store.find<Doc & AuditEntry>(C.audit, {
      where: { recordKey: recordKeyOf(C.handovers, id) },
      limit: 10,
    })
  ).items;

/** A second reviewing cadre of 东湖公交, invited by 东湖街道 and redeemed. */
async function secondBusCadre(): Promise<void> {
  const invited = await app.call<{ code: string }>(
    'identity',
    'createInvitation',
    { role: 'cadre', orgId: 'unit-bus', capabilities: ['nomination.review'], expiresInHours: 24 },
    { openid: 'demo-middle', requestId: rid() },
  );
  if (!invited.ok) throw new Error(invited.code);
  const redeemed = await app.call(
    'identity',
    'redeemInvitation',
    { code: invited.data.code, displayName: '新干部' },
    { openid: 'bus-cadre-2', requestId: rid() },
  );
  if (!redeemed.ok) throw new Error(redeemed.code);
}

describe('the nomination step', () => {
  it('the last reviewing cadre of a unit: recorded, audited, and 东湖街道’s cadres are told', async () => {
    expect(await revoke('grant-demo-grassroots', 'demo-middle')).toMatchObject({ ok: true });
    const record = await app.ports.store.get<HandoverDoc>(C.handovers, 'handover-grant-demo-grassroots');
    expect(record).toMatchObject({
      grantId: 'grant-demo-grassroots',
      orgId: 'unit-bus',
      steps: [{ step: 'nomination', outcome: 'escalated', openItems: 1, toOrgId: 'sub-east', recipients: 1 }],
    });
    expect(record!.steps[0]!.note).toContain('东湖公交客运公司工会');
    expect((await chainOf('handover-grant-demo-grassroots')).map((e) => [e.action, e.actor, e.reason])).toEqual([
      ['handover.record', 'demo-middle', '岗位调整'],
    ]);
    expect(await outbox('demo-middle')).toMatchObject([
      {
        template: 'unconfigured:handover',
        data: { thing1: '推荐审核无人办理，请授权新干部', thing2: '东湖公交客运公司工会', number3: '1' },
      },
    ]);
  });

  it('while another reviewing cadre remains, the to-dos stay with the unit: recorded, nobody escalated to', async () => {
    await secondBusCadre();
    expect(await revoke('grant-demo-grassroots', 'demo-middle')).toMatchObject({ ok: true });
    const record = await app.ports.store.get<HandoverDoc>(C.handovers, 'handover-grant-demo-grassroots');
    expect(record!.steps).toMatchObject([{ outcome: 'kept', openItems: 1, toOrgId: 'unit-bus', recipients: 1 }]);
    expect(await outbox('demo-middle')).toEqual([]);
  });

  it('a department’s last reviewer: the district’s reviewing cadres are told', async () => {
    expect(await revoke('grant-demo-reviewer', 'demo-district')).toMatchObject({ ok: true });
    const record = await app.ports.store.get<HandoverDoc>(C.handovers, 'handover-grant-demo-reviewer');
    expect(record!.steps).toMatchObject([{ outcome: 'escalated', openItems: 0, toOrgId: 'district' }]);
    expect((await outbox('demo-district')).map((m) => m.data.thing1)).toEqual(['区市场监管局已无审核人']);
  });

  it('a refused revocation hands nothing over and tells nobody', async () => {
    expect(await revoke('grant-demo-grassroots', 'demo-middle-west')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await revoke('grant-demo-grassroots', 'demo-middle', 7)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await app.ports.store.get(C.handovers, 'handover-grant-demo-grassroots')).toBeNull();
    expect(await outbox('demo-middle')).toEqual([]);
  });
});

describe('the registry', () => {
  it('runs every step; a step’s outcome is recorded, a silent one is not', async () => {
    const grant = (await app.ports.store.get<Doc & RevokedGrant>(C.grants, 'grant-demo-middle'))!;
    const seen: string[] = [];
    const steps: HandoverStep[] = [
      { name: 'silent', run: async () => (seen.push('silent'), null) },
      {
        name: 'cases',
        run: async () => {
          seen.push('cases');
          return {
            step: 'cases',
            outcome: 'reassigned',
            openItems: 2,
            toOrgId: grant.orgId,
            recipients: 1,
            note: '2 件转交',
          };
        },
      },
    ];
    const { UnitOfWork } = await import('./unit-of-work');
    const uow = new UnitOfWork('demo-district', new Date());
    const tasks: (() => Promise<void>)[] = [];
    const outcomes = await handOver(
      {
        openid: 'demo-district',
        grants: [],
        callId: 'test',
        now: new Date(),
        uow,
        ports: app.ports,
        afterCommit: (t) => void tasks.push(t),
      },
      grant,
      '岗位调整',
      steps,
    );
    expect(seen).toEqual(['silent', 'cases']);
    expect(outcomes.map((o) => o.step)).toEqual(['cases']);
    expect(uow.ops.filter((op) => op.kind === 'insert').map((op) => op.collection)).toEqual([C.handovers, C.audit]);
  });
});

describe('the objection and feedback steps', () => {
  const OPEN_CASES = ['case-received', 'case-verifying'];

  /** A second cadre of 东湖街道 with every capability the steps need, invited by the district. */
  async function secondEastCadre(): Promise<string> {
    const invited = await app.call<{ code: string }>(
      'identity',
      'createInvitation',
      {
        role: 'cadre',
        orgId: 'sub-east',
        capabilities: ['nomination.review', 'content.manage', 'records.manage'],
        expiresInHours: 24,
      },
      { openid: 'demo-district', requestId: rid() },
    );
    if (!invited.ok) throw new Error(invited.code);
    const redeemed = await app.call<{ grant: { id: string } }>(
      'identity',
      'redeemInvitation',
      { code: invited.data.code, displayName: '接任干部' },
      { openid: 'east-cadre-2', requestId: rid() },
    );
    if (!redeemed.ok) throw new Error(redeemed.code);
    const grants = await app.ports.store.find<Doc & { userId: string }>(C.grants, {
      where: { userId: 'east-cadre-2', status: 'active' },
      limit: 10,
    });
    return grants.items[0]!.id;
  }

  /** Cases of 东湖街道's notice assigned to 街道总工会干部 through grant-demo-middle (one concluded), one to nobody. */
  async function seedCases(): Promise<void> {
    const east = (await app.ports.store.get<Doc & { pathKey: string }>(C.orgs, 'sub-east'))!;
    const { UnitOfWork } = await import('./unit-of-work');
    const uow = new UnitOfWork('test', new Date());
    const base = {
      version: 1,
      noticeId: 'notice-x',
      nominationId: 'nom-x',
      roundId: 'round-x',
      nomineeName: '示例候选人',
      tier: 'middle',
      orgId: 'sub-east',
      orgPathKey: east.pathKey,
      orgName: '东湖街道总工会',
      channel: 'online',
      objectorKind: 'anonymous',
      facts: '示例事实',
      evidenceFileIds: [],
      late: false,
      contentCheck: 'pass',
      finding: null,
      filerKey: null,
      dueAt: '2099-01-01T00:00:00.000Z',
      identitySealedAt: null,
      identityEraseAt: null,
      identityErasedAt: null,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      noticeTitle: '示例公示',
      stageIndex: 1,
      nomineeOrgPathKey: east.pathKey,
      leads: '',
      contentCheckAttempts: 0,
      contentRisky: false,
      notes: [],
      verification: null,
      verificationOrgPathKey: null,
      reply: null,
      concludedAt: null,
      recordedBy: null,
    };
    const mine = { assignee: '街道总工会干部', assigneeId: 'demo-middle', assigneeGrantId: 'grant-demo-middle' };
    const cases = [
      { id: 'case-received', caseNo: 'YY-1', status: 'received', ...mine },
      { id: 'case-verifying', caseNo: 'YY-2', status: 'verifying', ...mine },
      { id: 'case-concluded', caseNo: 'YY-3', status: 'concluded', finding: 'unsubstantiated', ...mine },
      {
        id: 'case-outsider',
        caseNo: 'YY-4',
        status: 'verifying',
        assignee: '外单位同志',
        assigneeId: null,
        assigneeGrantId: null,
      },
    ];
    for (const c of cases) uow.insertAudited(C.objections, { ...base, ...c }, { action: 'objection.file' });
    // A closed lead once assigned to grant-demo-middle (the demo's feedback-demo-2 is an open one).
    uow.insertAudited(
      C.feedback,
      {
        id: 'feedback-closed',
        version: 1,
        kind: 'lead',
        status: 'closed',
        orgId: 'sub-east',
        orgName: '东湖街道总工会',
        orgPathKey: east.pathKey,
        content: null,
        lead: null,
        contact: null,
        senderKey: null,
        checkStatus: 'pass',
        assigneeId: 'demo-middle',
        assigneeName: '街道总工会干部',
        assigneeGrantId: 'grant-demo-middle',
        replies: [],
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
        closedAt: '2026-11-02T00:00:00.000Z',
        erasedAt: null,
      },
      { action: 'feedback.send.lead' },
    );
    await app.ports.store.commit(uow.ops);
  }

  type Assigned = Doc & {
    assignee?: string | null;
    assigneeName?: string | null;
    assigneeId: string | null;
    assigneeGrantId: string | null;
  };
  const get = (collection: string, id: string) => app.ports.store.get<Assigned>(collection, id);
  const lastEntry = async (collection: string, id: string) =>
    (
      await app.ports.store.find<Doc & AuditEntry>(C.audit, {
        where: { recordKey: recordKeyOf(collection, id) },
        orderBy: [{ field: 'seq', direction: 'desc' }],
        limit: 1,
      })
    ).items[0]!;
  const revokeMiddle = (openid = 'demo-district', version = 1) =>
    app.call(
      'identity',
      'revokeGrant',
      { grantId: 'grant-demo-middle', version, reason: '岗位调整' },
      { openid, requestId: rid() },
    );
  const stepsOf = async () =>
    (await app.ports.store.get<HandoverDoc>(C.handovers, 'handover-grant-demo-middle'))!.steps.filter((s) =>
      ['objection', 'feedback.lead', 'feedback'].includes(s.step),
    );

  it('open cases and leads go to the earliest granted other cadre: audited, told, recorded', async () => {
    const successor = await secondEastCadre();
    await seedCases();
    expect(await revokeMiddle()).toMatchObject({ ok: true });
    for (const id of OPEN_CASES) {
      expect(await get(C.objections, id)).toMatchObject({
        version: 2,
        assignee: '接任干部',
        assigneeId: 'east-cadre-2',
        assigneeGrantId: successor,
      });
      expect(await lastEntry(C.objections, id)).toMatchObject({
        action: 'objection.handover',
        actor: 'demo-district',
        reason: '岗位调整',
      });
    }
    expect(await get(C.feedback, 'feedback-demo-2')).toMatchObject({
      status: 'processing',
      assigneeName: '接任干部',
      assigneeId: 'east-cadre-2',
      assigneeGrantId: successor,
    });
    expect(await lastEntry(C.feedback, 'feedback-demo-2')).toMatchObject({
      action: 'feedback.handover',
      reason: '岗位调整',
    });
    // Concluded and closed items, and cases of someone outside the system, are untouched.
    expect(await get(C.objections, 'case-concluded')).toMatchObject({
      version: 1,
      assigneeGrantId: 'grant-demo-middle',
    });
    expect(await get(C.objections, 'case-outsider')).toMatchObject({ version: 1, assignee: '外单位同志' });
    expect(await get(C.feedback, 'feedback-closed')).toMatchObject({
      version: 1,
      assigneeGrantId: 'grant-demo-middle',
    });
    expect(await stepsOf()).toEqual([
      expect.objectContaining({
        step: 'objection',
        outcome: 'reassigned',
        openItems: 2,
        toGrantId: successor,
        recipients: 1,
      }),
      expect.objectContaining({ step: 'feedback.lead', outcome: 'reassigned', openItems: 1, toGrantId: successor }),
    ]);
    expect((await stepsOf())[0]!.note).toBe('「街道总工会干部」承办的 2 件异议案件已转交「接任干部」办理');
    expect((await outbox('east-cadre-2')).map((m) => [m.template, m.data.thing1, m.data.number3])).toEqual(
      expect.arrayContaining([
        ['unconfigured:handover', '异议案件转交您办理', '2'],
        ['unconfigured:handover', '推荐线索转交您办理', '1'],
      ]),
    );
  });

  it('nobody qualifies: the open items are unassigned and the outcome says so', async () => {
    await seedCases();
    expect(await revokeMiddle()).toMatchObject({ ok: true });
    for (const id of OPEN_CASES) {
      expect(await get(C.objections, id)).toMatchObject({ assignee: null, assigneeId: null, assigneeGrantId: null });
    }
    expect(await get(C.feedback, 'feedback-demo-2')).toMatchObject({
      status: 'processing',
      assigneeName: null,
      assigneeId: null,
      assigneeGrantId: null,
    });
    expect(await lastEntry(C.feedback, 'feedback-demo-2')).toMatchObject({ action: 'feedback.handover' });
    expect(await get(C.objections, 'case-concluded')).toMatchObject({
      version: 1,
      assigneeGrantId: 'grant-demo-middle',
    });
    const steps = await stepsOf();
    expect(steps).toMatchObject([
      { step: 'objection', outcome: 'unassigned', openItems: 2, toOrgId: null, recipients: 0 },
      { step: 'feedback.lead', outcome: 'unassigned', openItems: 1 },
    ]);
    expect(steps[0]!.note).toContain('已取消分派');
  });

  it('a refused revocation hands nothing over', async () => {
    await secondEastCadre();
    await seedCases();
    expect(await revokeMiddle('demo-middle-west')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await revokeMiddle('demo-district', 7)).toMatchObject({ ok: false, code: 'CONFLICT' });
    for (const id of OPEN_CASES) {
      expect(await get(C.objections, id)).toMatchObject({ version: 1, assigneeGrantId: 'grant-demo-middle' });
    }
    expect(await get(C.feedback, 'feedback-demo-2')).toMatchObject({
      version: 1,
      assigneeGrantId: 'grant-demo-middle',
    });
    expect(await app.ports.store.get(C.handovers, 'handover-grant-demo-middle')).toBeNull();
    expect(await outbox('east-cadre-2')).toEqual([]);
  });

  it('assigning a case links the 承办人 to their grant when the name is a reviewing cadre’s of the line', async () => {
    await seedCases();
    const assign = async (assignee: string) => {
      const doc = (await get(C.objections, 'case-outsider'))!;
      const r = await app.call(
        'objection',
        'assign',
        { id: doc.id, version: doc.version, assignee },
        { openid: 'demo-district', requestId: rid() },
      );
      expect(r).toMatchObject({ ok: true });
      return get(C.objections, 'case-outsider');
    };
    expect(await assign('街道总工会干部')).toMatchObject({
      assigneeId: 'demo-middle',
      assigneeGrantId: 'grant-demo-middle',
    });
    expect(await assign('区总工会干部')).toMatchObject({
      assigneeId: 'demo-district',
      assigneeGrantId: 'grant-demo-district',
    });
    expect(await assign('外单位同志')).toMatchObject({ assigneeId: null, assigneeGrantId: null });
  });
});
