/**
 * Objections (异议): filing (window, late flag, anonymity, limits, idempotency, content check,
 * evidence, phone), confidentiality per role with audited readings, the case workflow, sealing,
 * unseal, erasure, verification handed down without identity, and the counts the nomination
 * workflow reads.
 */
import type { Reply } from '../../shared/envelope';
import { C } from '../_platform/collections';
import type { AuditEntry } from '../_platform/audit';
import { PERSONA } from '../_local/nomination-driver';
import { rid, startTestApp, type TestApp } from '../_local/testing';
import type { NominationDoc, RoundDoc } from '../nomination/nomination.records';
import type { NoticeDoc } from '../notice/notice.records';
import { runJobs } from '../scheduler/scheduler.jobs';
import { countObjections } from './objection.counts';
import type { ObjectionDoc, ObjectorIdentityDoc } from './objection.records';

const NOW = new Date('2026-10-10T02:00:00.000Z');
const NOMINATION = 'nomination-demo-2';
const PHONE = '13700451289';
const NAME = '赵明理';
const FACTS = '该人选申报材料中所列的技术革新成果系其同事完成，本人并未参与研发工作。';
const LEADS = '可向车间技术组的同事核实，相关成果登记表存于公司档案室。';
const D = PERSONA.district;
const M = PERSONA.middle;
const G = PERSONA.grassroots;
const W = PERSONA.middleWest;
const P = PERSONA.public;

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
});
afterEach(() => {
  app.close();
  delete process.env.LAOMO_OBJECTION_DAILY_LIMIT;
  delete process.env.LAOMO_OBJECTION_CHECK_TIMEOUT_MS;
});

function unwrap<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`${reply.code}: ${reply.message}`);
  return reply.data;
}
const codeOf = (r: Reply<unknown>) => (r.ok ? 'ok' : r.code);

/** Inserts a notice directly (the notice function is another helper's). */
async function notice(over: Partial<NoticeDoc> & { id?: string; tier?: NoticeDoc['tier'] } = {}): Promise<NoticeDoc> {
  const tier = over.tier ?? 'district';
  const org =
    tier === 'district'
      ? { orgId: 'district', orgName: '示范区总工会', orgPathKey: '/district/' }
      : tier === 'middle'
        ? { orgId: 'sub-east', orgName: '东湖街道总工会', orgPathKey: '/district/sub-east/' }
        : { orgId: 'unit-bus', orgName: '东湖公交客运公司工会', orgPathKey: '/district/sub-east/unit-bus/' };
  const doc = {
    id: over.id ?? `notice-${tier}`,
    roundId: 'round-2027',
    roundName: '2027年示范区劳动模范评选',
    stageIndex: tier === 'district' ? 8 : tier === 'middle' ? 4 : 1,
    tier,
    onTab: tier !== 'grassroots',
    ...org,
    title: `2027年示范区劳动模范推荐人选公示（${tier}）`,
    rule: { kind: 'workingDays', days: 5 },
    opensAt: '2026-10-08T00:00:00.000Z',
    closesAt: '2026-10-14T16:00:00.000Z',
    firstDay: '2026-10-08',
    lastDay: '2026-10-14',
    days: ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'],
    periodSource: 'calendar',
    office: { name: '评选办', phone: '010-12345678', address: '示范区工会大厦' },
    entries: [
      {
        nominationId: NOMINATION,
        name: '孙卫东',
        gender: 'male',
        unitName: '东湖社区卫生服务中心',
        position: '护士',
        titleSought: '示范区劳动模范',
        shortDeeds: '安全行车三十年。',
        status: 'listed',
        statement: null,
      },
    ],
    posting: null,
    settledAt: null,
    createdAt: '2026-10-08T00:00:00.000Z',
    createdBy: 'demo-district',
    updatedAt: '2026-10-08T00:00:00.000Z',
    ...over,
  } as Omit<NoticeDoc, 'version'>;
  return app.store.insert<NoticeDoc>(C.notices, doc);
}

async function setPolicy(policy: { anonymousAllowed: boolean; lateObjectionsUntilConferral: boolean }) {
  const round = (await app.store.get<RoundDoc>(C.selectionRounds, 'round-2027'))!;
  await app.store.update(C.selectionRounds, round.id, round.version, {
    config: { ...round.config, objectionPolicy: policy },
  });
}

async function upload(name: string, bytes = 1000, type = 'image/png'): Promise<string> {
  const id = `tmp/${name}`;
  await app.ports.files.put(id, Buffer.alloc(bytes, 1), type);
  return id;
}

const person = { kind: 'person', name: NAME, phoneCode: `phone:${PHONE}` } as const;

function file(data: Record<string, unknown> = {}, opts: { openid?: string; requestId?: string } = {}) {
  return app.call<{ id: string; caseNo: string; late: boolean; contentCheck: string }>(
    'objection',
    'file',
    { noticeId: 'notice-district', nominationId: NOMINATION, objector: person, facts: FACTS, leads: LEADS, ...data },
    { openid: opts.openid ?? P, requestId: opts.requestId ?? rid() },
  );
}

type CaseView = { id: string; version: number; status: string; identity: string; notes: unknown[]; access: string };
const getCase = (id: string, openid: string) => app.call<CaseView>('objection', 'getCase', { id }, { openid });
async function act<T = CaseView>(action: string, data: Record<string, unknown>, openid: string = D) {
  return app.call<T>('objection', action, data, { openid, requestId: rid() });
}
async function version(id: string) {
  return (await app.store.get<ObjectionDoc>(C.objections, id))!.version;
}
async function conclude(id: string, finding = 'unsubstantiated') {
  return unwrap(
    await act('conclude', {
      id,
      version: await version(id),
      finding,
      reply: '经核查，反映的问题不属实，感谢您的监督。',
    }),
  );
}
async function auditOf(collection: string, id: string): Promise<AuditEntry[]> {
  const page = await app.store.find<AuditEntry & { version: number }>(C.audit, {
    where: { recordKey: `${collection}/${id}` },
    orderBy: [{ field: 'seq', direction: 'asc' }],
    limit: 100,
  });
  return page.items;
}

describe('filing', () => {
  beforeEach(() => notice());

  it('answers with a case number; the identity lives apart, the evidence is attached', async () => {
    const img = await upload('a.png');
    const filed = unwrap(await file({ evidenceFileIds: [img] }));
    expect(filed).toMatchObject({ late: false, contentCheck: 'pass' });
    expect(filed.caseNo).toMatch(/^YY-2026-[A-Z0-9]{8}$/);
    const doc = (await app.store.get<ObjectionDoc>(C.objections, filed.id))!;
    expect(doc).toMatchObject({
      status: 'received',
      channel: 'online',
      objectorKind: 'person',
      orgPathKey: '/district/',
    });
    expect(doc.evidenceFileIds[0]).toMatch(/^files\//);
    expect(JSON.stringify(doc)).not.toContain(PHONE);
    expect(JSON.stringify(doc)).not.toContain(NAME);
    expect(JSON.stringify(doc)).not.toContain(P);
    const identity = (await app.store.get<ObjectorIdentityDoc>(C.objectorIdentities, filed.id))!;
    expect(identity).toMatchObject({ kind: 'person', name: NAME, phone: PHONE, openid: P, sealedAt: null });
    // The chains hold field names, never values.
    const entries = [...(await auditOf(C.objections, filed.id)), ...(await auditOf(C.objectorIdentities, filed.id))];
    expect(JSON.stringify(entries)).not.toContain(PHONE);
    expect(JSON.stringify(entries)).not.toContain(FACTS.slice(0, 10));
  });

  it('a unit files with its contact and seal statement', async () => {
    const filed = unwrap(
      await file({
        objector: {
          kind: 'unit',
          name: '东湖物流有限公司',
          contact: '钱经理',
          phoneCode: `phone:${PHONE}`,
          sealStatement: '加盖公章的书面异议已寄送评选办',
        },
      }),
    );
    const identity = (await app.store.get<ObjectorIdentityDoc>(C.objectorIdentities, filed.id))!;
    expect(identity).toMatchObject({
      kind: 'unit',
      contact: '钱经理',
      sealStatement: '加盖公章的书面异议已寄送评选办',
    });
  });

  it('a retry with the same request id gets the same case number and stores one case', async () => {
    const requestId = rid();
    const a = unwrap(await file({}, { requestId }));
    const b = unwrap(await file({}, { requestId }));
    expect(b.caseNo).toBe(a.caseNo);
    expect(await app.store.count(C.objections, { noticeId: 'notice-district' })).toBe(1);
  });

  it('limits one person to 5 a day per notice (configurable); another notice and the next day are free', async () => {
    for (let i = 0; i < 5; i++) unwrap(await file());
    const sixth = await file();
    expect(codeOf(sixth)).toBe('RATE_LIMITED');
    expect(!sixth.ok && sixth.message).toContain('5');
    // Someone else is not limited by it.
    expect(codeOf(await file({}, { openid: PERSONA.worker }))).toBe('ok');
    // Another notice has its own count.
    await notice({ id: 'notice-middle', tier: 'middle' });
    expect(codeOf(await file({ noticeId: 'notice-middle' }))).toBe('ok');
    // The next Shanghai day.
    app.clock.set(new Date('2026-10-10T16:00:00.000Z'));
    expect(codeOf(await file())).toBe('ok');
    process.env.LAOMO_OBJECTION_DAILY_LIMIT = '1';
    expect(codeOf(await file())).toBe('RATE_LIMITED');
  });

  it('refuses after the period (WINDOW_CLOSED) unless the round takes late objections until the conferral', async () => {
    app.clock.set(new Date('2026-10-15T01:00:00.000Z'));
    await setPolicy({ anonymousAllowed: false, lateObjectionsUntilConferral: false });
    expect(codeOf(await file())).toBe('WINDOW_CLOSED');

    await setPolicy({ anonymousAllowed: false, lateObjectionsUntilConferral: true });
    const late = unwrap(await file());
    expect(late.late).toBe(true);
    expect((await app.store.get<ObjectionDoc>(C.objections, late.id))!.late).toBe(true);

    // Conferred: closed for good.
    const n = (await app.store.get<NominationDoc>(C.nominations, NOMINATION))!;
    await app.store.update(C.nominations, n.id, n.version, {
      status: 'conferred',
      state: { stageIndex: 10, status: 'conferred' },
    });
    expect(codeOf(await file())).toBe('WINDOW_CLOSED');
  });

  it('refuses before the notice opens, and for a nominee not on it', async () => {
    app.clock.set(new Date('2026-10-07T00:00:00.000Z'));
    expect(codeOf(await file())).toBe('WINDOW_CLOSED');
    app.clock.set(NOW);
    expect(codeOf(await file({ nominationId: 'nomination-demo-1' }))).toBe('NOT_FOUND');
    expect(codeOf(await file({ noticeId: 'nope' }))).toBe('NOT_FOUND');
  });

  it('takes an anonymous objection only when the round allows it', async () => {
    expect(codeOf(await file({ objector: { kind: 'anonymous' } }))).toBe('ANONYMOUS_NOT_ALLOWED');
    await setPolicy({ anonymousAllowed: true, lateObjectionsUntilConferral: true });
    const filed = unwrap(await file({ objector: { kind: 'anonymous' } }));
    expect(await app.store.get(C.objectorIdentities, filed.id)).toBeNull();
    expect((await app.store.get<ObjectionDoc>(C.objections, filed.id))!.objectorKind).toBe('anonymous');
  });

  it('needs a verified phone, facts and leads of a minimum length, at most 9 images of an accepted type and size', async () => {
    expect(codeOf(await file({ objector: { ...person, phoneCode: 'bad' } }))).toBe('PHONE_UNVERIFIED');
    const short = await file({ facts: '不符合条件' });
    expect(codeOf(short)).toBe('BAD_REQUEST');
    expect(!short.ok && short.issues?.[0]?.message).toContain('不少于');
    expect(codeOf(await file({ leads: '无' }))).toBe('BAD_REQUEST');
    const ten = await Promise.all(Array.from({ length: 10 }, (_, i) => upload(`e${i}.png`)));
    expect(codeOf(await file({ evidenceFileIds: ten }))).toBe('BAD_REQUEST');
    const pdf = await upload('doc.pdf', 100, 'application/pdf');
    expect(codeOf(await file({ evidenceFileIds: [pdf] }))).toBe('BAD_REQUEST');
    const big = await upload('big.png', 6 * 1024 * 1024);
    expect(codeOf(await file({ evidenceFileIds: [big] }))).toBe('BAD_REQUEST');
    expect(codeOf(await file({ evidenceFileIds: ['files/someone-elses.png'] }))).toBe('BAD_REQUEST');
    expect(await app.store.count(C.objections, { noticeId: 'notice-district' })).toBe(0);
    // Nine are fine.
    const nine = ten.slice(0, 9);
    expect(codeOf(await file({ evidenceFileIds: nine }))).toBe('ok');
  });

  it('content check: risky refused with a clear message (nothing stored, nothing moved); review accepted and flagged', async () => {
    const img = await upload('r.png');
    const risky = await file({ facts: `${FACTS}涉及赌博问题。`, evidenceFileIds: [img] });
    expect(codeOf(risky)).toBe('CONTENT_RISKY');
    expect(!risky.ok && risky.message).toContain('内容安全检查');
    expect(await app.ports.files.stat(img)).not.toBeNull();
    expect(await app.store.count(C.objections, { noticeId: 'notice-district' })).toBe(0);

    const review = unwrap(await file({ facts: `${FACTS}特此举报。` }));
    expect(review.contentCheck).toBe('review');
    const flagged = unwrap(
      await app.call<{ items: { id: string }[] }>('objection', 'listCases', { reviewFlagged: true }, { openid: D }),
    );
    expect(flagged.items.map((i) => i.id)).toEqual([review.id]);
  });

  it('a content check that throws or times out never loses the filing: pending, then the scheduler checks again', async () => {
    const ports = app.ports as unknown as { contentCheck: { check: (t: string) => Promise<string> } };
    const real = ports.contentCheck;
    ports.contentCheck = { check: () => Promise.reject(new Error('msgSecCheck 503')) };
    const thrown = unwrap(await file());
    expect(thrown.contentCheck).toBe('pending');
    process.env.LAOMO_OBJECTION_CHECK_TIMEOUT_MS = '30';
    ports.contentCheck = { check: () => new Promise(() => undefined) };
    const slow = unwrap(await file({ facts: `${FACTS}特此举报。` }));
    expect(slow.contentCheck).toBe('pending');
    expect(app.logs.some((l) => l.message.includes('stored pending'))).toBe(true);

    // Still failing: stays pending, attempts counted.
    ports.contentCheck = { check: () => Promise.reject(new Error('down')) };
    await runJobs(app.ports);
    expect((await app.store.get<ObjectionDoc>(C.objections, thrown.id))!).toMatchObject({
      contentCheck: 'pending',
      contentCheckAttempts: 2,
    });
    ports.contentCheck = real;
    const reports = await runJobs(app.ports);
    expect(reports.find((r) => r.job === 'recheckObjectionContent')).toEqual({
      job: 'recheckObjectionContent',
      changed: 2,
    });
    expect((await app.store.get<ObjectionDoc>(C.objections, thrown.id))!.contentCheck).toBe('pass');
    expect((await app.store.get<ObjectionDoc>(C.objections, slow.id))!.contentCheck).toBe('review');
  });
});

describe('cadres enter objections received by phone or letter', () => {
  beforeEach(() => notice());

  it('a handling cadre records one; a cadre below the notice cannot', async () => {
    const data = {
      noticeId: 'notice-district',
      nominationId: NOMINATION,
      channel: 'letter',
      objector: { kind: 'person', name: NAME, phone: PHONE },
      facts: FACTS,
      leads: LEADS,
    };
    const rec = unwrap(await act<{ id: string; caseNo: string }>('record', data, D));
    expect((await app.store.get<ObjectionDoc>(C.objections, rec.id))!).toMatchObject({
      channel: 'letter',
      filerKey: null,
      recordedBy: D,
    });
    expect(codeOf(await act('record', data, M))).toBe('FORBIDDEN');
    expect(codeOf(await act('record', { ...data, objector: { kind: 'anonymous' } }, D))).toBe('ANONYMOUS_NOT_ALLOWED');
    expect(codeOf(await act('record', data, P))).toBe('FORBIDDEN');
  });
});

describe('confidentiality', () => {
  let id: string;
  beforeEach(async () => {
    await notice();
    id = unwrap(await file()).id;
  });

  it('handling cadres read the identity through an audited action; every reading is logged', async () => {
    const view = unwrap(await getCase(id, D));
    expect(view).toMatchObject({ access: 'handling', identity: 'available' });
    expect(JSON.stringify(view)).not.toContain(PHONE);
    const identity = unwrap(await app.call('objection', 'readIdentity', { id }, { openid: D }));
    expect(identity).toEqual({ kind: 'person', name: NAME, phone: PHONE, contact: null, sealStatement: null });
    unwrap(await app.call('objection', 'readIdentity', { id }, { openid: D }));
    const reads = (await auditOf(C.objectorIdentities, id)).filter((e) => e.action === 'objectorIdentity.read');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ actor: D });
  });

  it('cadres below the notice see only that a case exists; others nothing; the public never', async () => {
    // 东湖 (the nominee's middle tier; the nominee's unit likewise): redacted.
    for (const who of [M]) {
      const list = unwrap(
        await app.call<{ items: Record<string, unknown>[] }>(
          'objection',
          'listCases',
          { scope: 'redacted' },
          { openid: who },
        ),
      );
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ access: 'redacted', status: 'received', channel: null, dueAt: null });
      expect(codeOf(await getCase(id, who))).toBe('FORBIDDEN');
      expect(codeOf(await app.call('objection', 'readIdentity', { id }, { openid: who }))).toBe('FORBIDDEN');
      const handling = unwrap(await app.call<{ items: unknown[] }>('objection', 'listCases', {}, { openid: who }));
      expect(handling.items).toHaveLength(0);
    }
    // 西山, and another unit of 东湖 (the bus company): not in the nominee's line at all.
    for (const who of [W, G]) {
      const none = unwrap(
        await app.call<{ items: unknown[] }>('objection', 'listCases', { scope: 'redacted' }, { openid: who }),
      );
      expect(none.items).toHaveLength(0);
      expect(codeOf(await getCase(id, who))).toBe('FORBIDDEN');
    }
    for (const action of ['listCases', 'getCase', 'readIdentity', 'todo']) {
      expect(
        codeOf(
          await app.call('objection', action, action === 'listCases' || action === 'todo' ? {} : { id }, { openid: P }),
        ),
      ).toBe('FORBIDDEN');
    }
  });

  it('a middle-tier notice is handled by the middle tier and the district, not by the unit', async () => {
    await notice({ id: 'notice-middle', tier: 'middle' });
    const mid = unwrap(await file({ noticeId: 'notice-middle' })).id;
    expect(unwrap(await getCase(mid, M)).access).toBe('handling');
    expect(unwrap(await getCase(mid, D)).access).toBe('handling');
    expect(codeOf(await getCase(mid, G))).toBe('FORBIDDEN');
  });

  it('a verification handed down carries the facts, never the identity; the lower tier records its findings', async () => {
    expect(
      codeOf(
        await act('handDown', {
          id,
          version: await version(id),
          orgId: 'district',
          instructions: '请核查有关情况',
          dueAt: '2026-10-20T00:00:00+08:00',
        }),
      ),
    ).toBe('WRONG_TIER');
    unwrap(await act('addNote', { id, version: await version(id), text: '已电话联系异议人，了解具体情况。' }));
    const handed = unwrap(
      await act('handDown', {
        id,
        version: await version(id),
        orgId: 'sub-east',
        instructions: '请核查技术革新成果的实际完成人',
        dueAt: '2026-10-20T00:00:00+08:00',
      }),
    );
    expect(handed.status).toBe('verifying');

    const list = unwrap(
      await app.call<{ items: { id: string; access: string }[] }>(
        'objection',
        'listCases',
        { scope: 'verifying' },
        { openid: M },
      ),
    );
    expect(list.items.map((i) => [i.id, i.access])).toEqual([[id, 'verifying']]);
    const seen = await getCase(id, M);
    const view = unwrap(seen);
    expect(view).toMatchObject({ access: 'verifying', notes: [], identity: 'available' });
    expect((view as unknown as { facts: string }).facts).toBe(FACTS);
    expect(JSON.stringify(seen)).not.toContain(PHONE);
    expect(JSON.stringify(seen)).not.toContain(NAME);
    expect(JSON.stringify(seen)).not.toContain('已电话联系');
    expect(codeOf(await app.call('objection', 'readIdentity', { id }, { openid: M }))).toBe('FORBIDDEN');
    // The middle tier cannot conclude or assign; it reports.
    expect(codeOf(await act('assign', { id, version: await version(id), assignee: '李干事' }, M))).toBe('FORBIDDEN');
    const reported = unwrap(
      await act<{ verification: { findings: string } }>(
        'reportVerification',
        { id, version: await version(id), findings: '经查，该成果由该人选牵头完成，登记表可证。' },
        M,
      ),
    );
    expect(reported.verification.findings).toContain('牵头完成');
    const todo = unwrap(await app.call<{ verifications: number }>('objection', 'todo', {}, { openid: M }));
    expect(todo.verifications).toBe(0);
  });
});

describe('the case', () => {
  let id: string;
  beforeEach(async () => {
    await notice();
    id = unwrap(await file()).id;
  });

  it('received → verifying (assignee, notes) → concluded; a stale version is a conflict', async () => {
    const v1 = await version(id);
    const assigned = unwrap(await act('assign', { id, version: v1, assignee: '李干事' }));
    expect(assigned).toMatchObject({ status: 'verifying', assignee: '李干事' });
    expect(codeOf(await act('addNote', { id, version: v1, text: '旧版本上的记录' }))).toBe('CONFLICT');
    const noted = unwrap(await act('addNote', { id, version: await version(id), text: '已调阅成果登记表。' }));
    expect(noted.notes).toHaveLength(1);
    const done = await conclude(id, 'unverifiable');
    expect(done).toMatchObject({ status: 'concluded', finding: 'unverifiable', identity: 'sealed' });
    expect(codeOf(await act('addNote', { id, version: await version(id), text: '办结后' }))).toBe('WRONG_STATUS');
  });

  it('overdue cases appear in 待办 and in the overdue filter', async () => {
    expect(unwrap(await app.call('objection', 'todo', {}, { openid: D }))).toEqual({
      open: 1,
      overdue: 0,
      reviewFlagged: 0,
      verifications: 0,
    });
    app.clock.set(new Date('2026-10-26T00:00:00.000Z'));
    expect(unwrap(await app.call<{ overdue: number }>('objection', 'todo', {}, { openid: D })).overdue).toBe(1);
    const overdue = unwrap(
      await app.call<{ items: { id: string; overdue: boolean }[] }>(
        'objection',
        'listCases',
        { overdue: true },
        { openid: D },
      ),
    );
    expect(overdue.items).toEqual([expect.objectContaining({ id, overdue: true })]);
    await conclude(id);
    expect(unwrap(await app.call<{ overdue: number }>('objection', 'todo', {}, { openid: D })).overdue).toBe(0);
  });

  it('the conclusion seals the identity: only an audited unseal by the designated role reads it', async () => {
    await conclude(id);
    expect(codeOf(await app.call('objection', 'readIdentity', { id }, { openid: D }))).toBe('IDENTITY_SEALED');
    expect(codeOf(await act('unseal', { id, reason: '纪检调查需要' }, M))).toBe('FORBIDDEN');
    const identity = unwrap(await act<{ phone: string }>('unseal', { id, reason: '纪检调查需要' }, D));
    expect(identity.phone).toBe(PHONE);
    const entry = (await auditOf(C.objectorIdentities, id)).find((e) => e.action === 'objectorIdentity.unseal');
    expect(entry).toMatchObject({ actor: D, reason: '纪检调查需要' });
    // No stored reply keeps the identity.
    expect(
      app
        .snapshot()
        .split('\n')
        .filter((l) => l.includes(PHONE)),
    ).toHaveLength(1);
  });

  it('sends the conclusion message only after the conclusion commits', async () => {
    const commit = jest.spyOn(app.store, 'commit').mockRejectedValueOnce(new Error('database unavailable'));
    const failed = await act('conclude', {
      id,
      version: await version(id),
      finding: 'unsubstantiated',
      reply: '经核查，反映的问题不属实，感谢您的监督。',
    });
    commit.mockRestore();
    expect(codeOf(failed)).toBe('INTERNAL');
    const outbox = () => app.store.find(C.outbox, { where: { toOpenid: P }, limit: 10 });
    expect((await outbox()).items).toEqual([]);
    await conclude(id);
    expect((await outbox()).items).toEqual([expect.objectContaining({ template: 'unconfigured:objectionConcluded' })]);
  });

  it('tells the objector on conclusion (subscribe message) and shows them the reply, never the notes', async () => {
    unwrap(await act('addNote', { id, version: await version(id), text: '内部记录：约谈了车间主任。' }));
    await conclude(id);
    const outbox = await app.store.find(C.outbox, { where: { toOpenid: P }, limit: 10 });
    expect(outbox.items).toEqual([expect.objectContaining({ template: 'unconfigured:objectionConcluded' })]);
    const mine = unwrap(
      await app.call<{ items: { id: string; finding: string }[] }>('objection', 'mine', {}, { openid: P }),
    );
    expect(mine.items).toEqual([expect.objectContaining({ id, finding: 'unsubstantiated' })]);
    const view = await app.call<{ reply: string; canErase: boolean }>('objection', 'getMine', { id }, { openid: P });
    expect(unwrap(view)).toMatchObject({ status: 'concluded', canErase: true });
    expect(unwrap(view).reply).toContain('不属实');
    expect(JSON.stringify(view)).not.toContain('内部记录');
    expect(JSON.stringify(view)).not.toContain('assignee');
    // Someone else's case is not found.
    expect(codeOf(await app.call('objection', 'getMine', { id }, { openid: PERSONA.worker }))).toBe('NOT_FOUND');
  });

  it('the identity is erased at the end of the retention period by the scheduler', async () => {
    await conclude(id);
    const doc = (await app.store.get<ObjectionDoc>(C.objections, id))!;
    const retention = Date.parse(doc.identityEraseAt!) - Date.parse(doc.concludedAt!);
    expect(retention).toBe(365 * 86400000);
    await runJobs(app.ports);
    expect((await app.store.get<ObjectorIdentityDoc>(C.objectorIdentities, id))!.erasedAt).toBeNull();
    app.clock.set(new Date(NOW.getTime() + 366 * 86400000));
    const reports = await runJobs(app.ports);
    expect(reports.find((r) => r.job === 'eraseObjectorIdentities')?.changed).toBe(1);
    const identity = (await app.store.get<ObjectorIdentityDoc>(C.objectorIdentities, id))!;
    expect(identity).toMatchObject({ name: '', phone: '', openid: null });
    expect(identity.contact).toBeUndefined();
    expect(codeOf(await act('unseal', { id, reason: '纪检调查需要' }))).toBe('IDENTITY_ERASED');
    expect(unwrap(await getCase(id, D)).identity).toBe('erased');
    // Idempotent.
    expect((await runJobs(app.ports)).find((r) => r.job === 'eraseObjectorIdentities')?.changed).toBe(0);
  });

  it('the objector erases their own identity from a concluded case', async () => {
    expect(codeOf(await act('eraseMine', { id }, P))).toBe('WRONG_STATUS');
    await conclude(id);
    expect(codeOf(await act('eraseMine', { id }, PERSONA.worker))).toBe('NOT_FOUND');
    unwrap(await act('eraseMine', { id }, P));
    expect((await app.store.get<ObjectorIdentityDoc>(C.objectorIdentities, id))!).toMatchObject({
      name: '',
      phone: '',
    });
    expect(unwrap(await app.call<{ items: unknown[] }>('objection', 'mine', {}, { openid: P })).items).toHaveLength(0);
    expect(
      app
        .snapshot()
        .split('\n')
        .filter((table) => table.includes(PHONE)),
    ).toEqual([]);
  });
});

describe('the nomination workflow reads the counts', () => {
  async function putNomination(set: Partial<NominationDoc>) {
    const n = (await app.store.get<NominationDoc>(C.nominations, NOMINATION))!;
    await app.store.update(C.nominations, n.id, n.version, set as Record<string, unknown>);
    return (await app.store.get<NominationDoc>(C.nominations, NOMINATION))!;
  }

  it('an open objection blocks closeNotice; a substantiated one refuses it (return or reject instead)', async () => {
    await notice();
    const id = unwrap(await file()).id;
    const n = await putNomination({
      state: { stageIndex: 8, status: 'inNotice' },
      stageIndex: 8,
      status: 'inNotice',
      stageKind: 'notice',
      stageTier: 'district',
      notices: [
        {
          noticeId: 'notice-district',
          stageIndex: 8,
          tier: 'district',
          rule: { kind: 'workingDays', days: 5 },
          opensAt: '2026-10-08T00:00:00.000Z',
          closesAt: '2026-10-14T16:00:00.000Z',
          firstDay: '2026-10-08',
          lastDay: '2026-10-14',
          days: [],
          outcome: null,
          endedAt: null,
          statement: null,
        } as NominationDoc['notices'][number],
      ],
    });
    app.clock.set(new Date('2026-10-15T02:00:00.000Z'));
    const close = () =>
      app.call('nomination', 'closeNotice', { id: NOMINATION, version: n.version }, { openid: D, requestId: rid() });
    expect(codeOf(await close())).toBe('OBJECTIONS_OPEN');
    await conclude(id, 'partlySubstantiated');
    expect(await countObjections(app.store, { nominationId: NOMINATION, noticeId: 'notice-district' })).toEqual({
      received: 1,
      open: 0,
      substantiated: true,
      lateOpen: 0,
    });
    expect(codeOf(await close())).toBe('OBJECTION_SUBSTANTIATED');
  });

  it('an open late objection blocks the conferral', async () => {
    await notice();
    app.clock.set(new Date('2026-10-20T02:00:00.000Z'));
    const late = unwrap(await file());
    expect(late.late).toBe(true);
    const n = await putNomination({
      state: { stageIndex: 10, status: 'submitted' },
      stageIndex: 10,
      status: 'submitted',
      stageKind: 'conferral',
      stageTier: 'district',
    });
    const confer = (v: number) =>
      app.call(
        'nomination',
        'confer',
        { id: NOMINATION, version: v, issuer: '示范区总工会', documentNumber: '示工发〔2026〕1号', date: '2026-10-20' },
        { openid: D, requestId: rid() },
      );
    expect(codeOf(await confer(n.version))).toBe('OBJECTIONS_OPEN');
    await conclude(late.id);
    // Other rules of the conferral may still apply; the objection no longer blocks it.
    expect(codeOf(await confer(n.version))).not.toBe('OBJECTIONS_OPEN');
  });
});
