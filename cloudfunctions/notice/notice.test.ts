/**
 * Public notices: one notice for several nominees or nothing, the publisher's tier and subtree, a
 * stale version, the calendar (override used; CALENDAR_MISSING and the confirmed days), closing
 * with objection counts, settling once, a nominee leaving, the unit notice's posting, and public
 * replies that carry no nominee's phone, ID number or birth date (the office's phone is public).
 */
import { C } from '../_platform/collections';
import { DEMO_ID_NUMBERS, DEMO_OFFICE, DEMO_ROUND_ID } from '../_local/nomination-demo';
import { nominationDriver, PERSONA, RECORD, REASON, unwrap, type Nom } from '../_local/nomination-driver';
import { rid, startTestApp, type TestApp } from '../_local/testing';
import type { ObjectionDoc } from '../objection/objection.records';
import { runJobs } from '../scheduler/scheduler.jobs';
import type { NoticeDoc } from './notice.records';
import { settleNotices } from './notice.settle';

const { grassroots: G, middle: M, middleWest: W, district: D } = PERSONA;

let app: TestApp;
let drive: ReturnType<typeof nominationDriver>;
beforeEach(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-11-03T01:00:00.000Z')); // a Tuesday, 09:00 in Shanghai
  drive = nominationDriver(app);
});
afterEach(() => app.close());

type Opened = { notice: { id: string; version: number; days: string[]; periodSource: string }; nominations: Nom[] };
const notice = <T = Record<string, unknown>>(action: string, data: object, openid: string | null = G) =>
  app.call<T>('notice', action, data, { openid, requestId: rid() });

/** Submitted nominations of 东湖公交, waiting for the unit notice (stage 1). */
async function atUnitNotice(names: string[]): Promise<Nom[]> {
  const out: Nom[] = [];
  for (const name of names) {
    let n = await drive.newDraft({ name });
    n = await drive.step('recordRecommendation', n, { record: RECORD }, G);
    out.push(await drive.step('submit', n, {}, G));
  }
  return out;
}

const open = (ns: Pick<Nom, 'id' | 'version'>[], openid: string = G, extra: object = {}) =>
  notice<Opened>(
    'openNotice',
    {
      roundId: DEMO_ROUND_ID,
      stageIndex: 1,
      nominations: ns.map(({ id, version }) => ({ id, version })),
      office: DEMO_OFFICE,
      ...extra,
    },
    openid,
  );

const stored = (id: string) => app.ports.store.get<NoticeDoc>(C.notices, id);

describe('opening a notice', () => {
  it('puts several nominees on one notice and moves each into 公示中, in one unit of work', async () => {
    const [a, b] = await atUnitNotice(['赵红梅', '钱多多']);
    const prepared = unwrap(
      await notice<{ candidates: { id: string }[]; period: { ok: boolean; firstDay: string } }>('prepareNotice', {
        roundId: DEMO_ROUND_ID,
        stageIndex: 1,
      }),
    );
    expect(prepared.candidates.map((c) => c.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(prepared.period).toMatchObject({ ok: true, firstDay: '2026-11-03' });

    const opened = unwrap(await open([a!, b!]));
    expect(opened.notice).toMatchObject({
      tier: 'grassroots',
      orgId: 'unit-bus',
      status: 'open',
      periodSource: 'calendar',
      firstDay: '2026-11-03',
      lastDay: '2026-11-09',
      closesAt: '2026-11-09T16:00:00.000Z',
      periodZh: '2026年11月3日（星期二）至2026年11月9日（星期一）',
    });
    expect(opened.nominations).toEqual([
      { id: a!.id, version: a!.version + 1 },
      { id: b!.id, version: b!.version + 1 },
    ]);
    for (const n of [a!, b!]) {
      const { nomination } = unwrap(await drive.call<{ nomination: Nom }>('getNomination', { id: n.id }, G));
      expect(nomination.state).toEqual({ stageIndex: 1, status: 'inNotice' });
      expect(nomination.notices.at(-1)).toMatchObject({
        noticeId: opened.notice.id,
        closesAt: '2026-11-09T16:00:00.000Z',
      });
    }
    const doc = await stored(opened.notice.id);
    expect(doc!.entries.map((e) => e.name)).toEqual(['赵红梅', '钱多多']);
    expect(doc!.codeFileId).toMatch(/^files\/code-.+\.svg$/);
  });

  it('is all or nothing: a stale version is CONFLICT and nothing is written', async () => {
    const [a, b] = await atUnitNotice(['赵红梅', '钱多多']);
    const before = app.snapshot();
    const reply = await open([a!, { id: b!.id, version: b!.version - 1 }]);
    expect(reply).toMatchObject({ ok: false, code: 'CONFLICT', current: { id: b!.id, version: b!.version } });
    expect(app.snapshot().replace(/"rateCounters[^\n]*/g, '')).toBe(before.replace(/"rateCounters[^\n]*/g, ''));
  });

  it('only the stage’s tier publishes, only in its subtree; a nominee elsewhere fails the whole notice', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    expect(await open([a!], M)).toMatchObject({ ok: false, code: 'WRONG_TIER' });
    expect(await open([a!], W)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(
      await notice(
        'openNotice',
        {
          roundId: DEMO_ROUND_ID,
          stageIndex: 1,
          nominations: [{ id: a!.id, version: a!.version }],
          office: DEMO_OFFICE,
        },
        PERSONA.public,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // nomination-demo-2 waits for the preliminary review: not at this notice's stage.
    const before = app.snapshot();
    const reply = await open([a!, { id: 'nomination-demo-2', version: 1 }]);
    expect(reply.ok).toBe(false);
    expect(app.snapshot().replace(/"rateCounters[^\n]*/g, '')).toBe(before.replace(/"rateCounters[^\n]*/g, ''));
  });

  it('checks the office: a phone and an address are required', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    expect(await open([a!], G, { office: { name: '工会办公室', phone: 'abc', address: '' } })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
  });
});

describe('the calendar', () => {
  it('CALENDAR_MISSING offers proposed days; the cadre confirms them (periodSource confirmed)', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    app.clock.set(new Date('2026-12-28T01:00:00.000Z')); // Monday 09:00; 2027 is not in the package
    const missing = await open([a!]);
    expect(missing).toMatchObject({ ok: false, code: 'CALENDAR_MISSING', current: { years: [2027] } });
    const proposal = (missing as { current: { proposal: { days: string[] } } }).current.proposal;
    expect(proposal.days).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);

    expect(await open([a!], G, { confirmedDays: ['2026-12-28', '2026-12-29'] })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: ['confirmedDays'] }],
    });
    expect(
      await open([a!], G, { confirmedDays: ['2026-12-27', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04'] }),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    // The official schedule gives 1 January off: the cadre confirms the 4th instead.
    const days = ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04'];
    const opened = unwrap(await open([a!], G, { confirmedDays: days }));
    expect(opened.notice).toMatchObject({ periodSource: 'confirmed', days, closesAt: '2027-01-04T16:00:00.000Z' });
  });

  it('a district cadre enters the year’s schedule (audited); the period then follows it', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    app.clock.set(new Date('2026-12-28T01:00:00.000Z'));
    const schedule = { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeupWorkdays: [] };
    expect(
      await notice('saveCalendarOverride', { version: null, schedule, reason: '国办发明电〔2026〕1号' }, M),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(
      await notice(
        'saveCalendarOverride',
        { version: null, schedule: { ...schedule, makeupWorkdays: ['2027-01-05'] }, reason: '通知' },
        D,
      ),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const saved = unwrap(
      await notice<{ version: number; items: { year: number }[] }>(
        'saveCalendarOverride',
        { version: null, schedule, reason: '国办发明电〔2026〕1号' },
        D,
      ),
    );
    expect(saved).toMatchObject({ version: 1, items: [{ year: 2027, enteredByName: '区总工会干部' }] });
    expect(await notice('saveCalendarOverride', { version: null, schedule, reason: '重复' }, D)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    const chain = await app.ports.store.find(C.audit, { where: { recordKey: 'meta/calendarOverrides' } });
    expect(chain.items).toHaveLength(1);
    expect(chain.items[0]).toMatchObject({ action: 'calendar.saveYear' });

    const opened = unwrap(await open([a!]));
    expect(opened.notice).toMatchObject({
      periodSource: 'override',
      days: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04'],
    });
  });
});

describe('closing and settling', () => {
  async function openedAndClosedByClock() {
    const [a, b] = await atUnitNotice(['赵红梅', '钱多多']);
    const opened = unwrap(await open([a!, b!]));
    return { a: opened.nominations[0]!, b: opened.nominations[1]!, noticeId: opened.notice.id };
  }

  function objection(id: string, nominationId: string, noticeId: string, over: Partial<ObjectionDoc> = {}) {
    return app.ports.store.insert(C.objections, {
      id,
      caseNo: `YY-2026-${id}`,
      noticeId,
      nominationId,
      roundId: DEMO_ROUND_ID,
      nomineeName: '赵红梅',
      tier: 'grassroots',
      orgId: 'unit-bus',
      orgPathKey: '/district/sub-east/unit-bus/',
      channel: 'online',
      objectorKind: 'person',
      facts: '反映的情况',
      evidenceFileIds: [],
      late: false,
      contentCheck: 'pass',
      status: 'concluded',
      finding: 'unsubstantiated',
      filerKey: null,
      dueAt: '2026-12-01T00:00:00.000Z',
      identitySealedAt: null,
      identityEraseAt: null,
      identityErasedAt: null,
      createdAt: '2026-11-04T02:00:00.000Z',
      updatedAt: '2026-11-04T02:00:00.000Z',
      ...over,
    });
  }

  it('closeNotice counts the notice’s objections: open ones block, concluded ones make the notice report', async () => {
    const { a, b, noticeId } = await openedAndClosedByClock();
    await objection('o1', a.id, noticeId, { status: 'verifying', finding: null });
    app.clock.set(new Date('2026-11-09T16:00:00.000Z'));
    const step = (n: { id: string; version: number }) => drive.call<{ nomination: Nom }>('closeNotice', n, G);
    expect(await step(a)).toMatchObject({ ok: false, code: 'OBJECTIONS_OPEN' });
    const stale = (await app.ports.store.get<ObjectionDoc>(C.objections, 'o1'))!;
    await app.ports.store.update(C.objections, 'o1', stale.version, {
      status: 'concluded',
      finding: 'unsubstantiated',
    });
    const closedA = unwrap(await step(a)).nomination;
    expect(closedA.notices.at(-1)).toMatchObject({ outcome: 'closed', statement: 'noticeReport' });
    const closedB = unwrap(await step(b)).nomination;
    expect(closedB.notices.at(-1)).toMatchObject({ outcome: 'closed', statement: 'noObjection' });
  });

  it('a substantiated objection cannot be closed over', async () => {
    const { a, noticeId } = await openedAndClosedByClock();
    await objection('o2', a.id, noticeId, { finding: 'partlySubstantiated' });
    app.clock.set(new Date('2026-11-10T01:00:00.000Z'));
    expect(await drive.call('closeNotice', a, G)).toMatchObject({ ok: false, code: 'OBJECTION_SUBSTANTIATED' });
  });

  it('the scheduler settles a closed notice once: statements, settledAt, one message per cadre', async () => {
    const { a, noticeId } = await openedAndClosedByClock();
    await objection('o3', a.id, noticeId);
    expect(await settleNotices.run(app.ports)).toBe(0); // still open
    app.clock.set(new Date('2026-11-10T01:00:00.000Z'));
    const reports = await runJobs(app.ports);
    expect(reports).toContainEqual({ job: 'settleNotices', changed: 1 });
    expect(await settleNotices.run(app.ports)).toBe(0);
    const doc = (await stored(noticeId))!;
    expect(doc.settledAt).toMatch(/^2026-11-10T01:00/);
    expect(doc.entries.map((e) => e.statement)).toEqual(['noticeReport', 'noObjection']);
    const outbox = await app.ports.store.find<{ id: string; version: number; toOpenid: string; template: string }>(
      C.outbox,
      { where: { toOpenid: G } },
    );
    expect(outbox.items.filter((m) => m.template === 'unconfigured:noticeClosed')).toHaveLength(1);
  });
});

describe('a nominee leaving, the posting, the public reads', () => {
  it('a withdrawn nominee is marked left and disappears from the public notice', async () => {
    const [a, b] = await atUnitNotice(['赵红梅', '钱多多']);
    const opened = unwrap(await open([a!, b!]));
    const inNotice = unwrap(await drive.call<{ nomination: Nom }>('getNomination', { id: b!.id }, G)).nomination;
    unwrap(await drive.call('withdraw', { id: inNotice.id, version: inNotice.version, reason: '本人申请撤回' }, G));
    const doc = (await stored(opened.notice.id))!;
    expect(doc.entries.map((e) => e.status)).toEqual(['listed', 'left']);
    const pub = unwrap(
      await notice<{ notice: { entries: { name: string }[] } }>('getNotice', { id: opened.notice.id }, null),
    );
    expect(pub.notice.entries.map((e) => e.name)).toEqual(['赵红梅']);
  });

  it('a closed notice offers late objections while the round takes them; an amendment turns that off', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    const opened = unwrap(await open([a!]));
    const view = async () =>
      unwrap(
        await notice<{ notice: { status: string; lateObjections: boolean } }>(
          'getNotice',
          { id: opened.notice.id },
          null,
        ),
      ).notice;
    expect(await view()).toMatchObject({ status: 'open', lateObjections: false });
    app.clock.set(new Date('2026-11-20T01:00:00.000Z'));
    expect(await view()).toMatchObject({ status: 'closed', lateObjections: true });
    const { round } = unwrap(
      await drive.call<{ round: { id: string; version: number; config: Record<string, unknown> } }>(
        'getRound',
        { id: DEMO_ROUND_ID },
        D,
      ),
    );
    unwrap(
      await drive.call(
        'amendRound',
        {
          id: round.id,
          version: round.version,
          config: {
            ...round.config,
            objectionPolicy: { anonymousAllowed: false, lateObjectionsUntilConferral: false },
          },
          reason: '公示期满后不再受理逾期异议',
        },
        D,
      ),
    );
    expect(await view()).toMatchObject({ status: 'closed', lateObjections: false });
    expect((await stored(opened.notice.id))!.lateObjections).toBe(false);
  });

  it('a unit notice records its physical posting with photos; other notices have none', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    const opened = unwrap(await open([a!]));
    await app.ports.files.put('tmp/posted.jpg', Buffer.alloc(100, 1), 'image/jpeg');
    await app.ports.files.put('tmp/notes.txt', Buffer.alloc(10, 1), 'text/plain');
    const base = { id: opened.notice.id, version: 1, postedOn: '2026-11-03', place: '公司一楼公告栏' };
    expect(await notice('recordPosting', { ...base, photoFileIds: ['tmp/notes.txt'] })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: ['photoFileIds', 0] }],
    });
    expect(await notice('recordPosting', { ...base, photoFileIds: [] }, W)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const saved = unwrap(
      await notice<{ notice: { version: number; posting: { photoFileIds: string[]; photoUrls: string[] } } }>(
        'recordPosting',
        { ...base, removedOn: '2026-11-10', photoFileIds: ['tmp/posted.jpg'] },
      ),
    );
    expect(saved.notice.posting).toMatchObject({
      photoFileIds: ['files/posted.jpg'],
      photoUrls: ['/files/files/posted.jpg'],
    });
    expect(await notice('recordPosting', { ...base, photoFileIds: [] })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const listed = unwrap(await notice<{ items: { id: string }[] }>('listByOrg', { orgId: 'unit-bus' }, null));
    expect(listed.items.map((n) => n.id)).toEqual([opened.notice.id]);
  });

  it('the 公示 tab lists open district and middle notices, filterable by organization; unit notices are not there', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    unwrap(await open([a!]));
    // A middle-tier notice of 东湖.
    let n = await drive.toPreliminaryReview({ name: '孙立' });
    n = await drive.step('review', n, { decision: 'pass', reason: REASON }, M);
    const opened = unwrap(
      await notice<Opened>(
        'openNotice',
        { roundId: DEMO_ROUND_ID, stageIndex: 4, nominations: [{ id: n.id, version: n.version }], office: DEMO_OFFICE },
        M,
      ),
    );
    const all = unwrap(await notice<{ items: { id: string; tier: string; status: string }[] }>('listOpen', {}, null));
    expect(all.items.map((i) => [i.id, i.tier, i.status])).toEqual([[opened.notice.id, 'middle', 'open']]);
    expect(unwrap(await notice<{ items: unknown[] }>('listOpen', { orgId: 'sub-east' }, null)).items).toHaveLength(1);
    expect(unwrap(await notice<{ items: unknown[] }>('listOpen', { orgId: 'sub-west' }, null)).items).toHaveLength(0);
    app.clock.set(new Date('2027-01-20T01:00:00.000Z'));
    expect(unwrap(await notice<{ items: unknown[] }>('listOpen', {}, null)).items).toHaveLength(0);
    const closed = unwrap(
      await notice<{ notice: { status: string; entries: unknown[] } }>('getNotice', { id: opened.notice.id }, null),
    );
    expect(closed.notice).toMatchObject({ status: 'closed', entries: [{ name: '孙立' }] });
  });

  it('one notice view is one call and one read; no public reply carries a nominee’s phone, ID number or birth date', async () => {
    const [a] = await atUnitNotice(['赵红梅']);
    const opened = unwrap(await open([a!]));
    app.store.reset();
    const reply = await notice('getNotice', { id: opened.notice.id }, null);
    expect(app.store.counts.reads).toBe(1);
    const text = JSON.stringify([
      reply,
      await notice('listOpen', {}, null),
      await notice('listByOrg', { orgId: 'unit-bus' }, null),
    ]);
    expect(text).toContain(DEMO_OFFICE.phone);
    for (const secret of [
      ...Object.values(DEMO_ID_NUMBERS),
      '1985-03-12',
      'birthDate',
      'idNumber',
      'ethnicity',
      'politicalStatus',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(await notice('getNotice', { id: 'nope' }, null)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
