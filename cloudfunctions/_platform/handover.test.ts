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
