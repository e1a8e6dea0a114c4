/**
 * Feedback and leads over the real entry and SQLite: sending (checks, idempotency, the rate limit,
 * the content check and its retry), the cadres' subtree by kind, assignment, replies, closing, and
 * the sender's withdrawal and deletion of their personal data.
 */
import { C } from '../_platform/collections';
import type { Doc } from '../_platform/store/store.port';
import { rid, startTestApp, type TestApp } from '../_local/testing';
import { eraseExpiredFeedback, recheckFeedback } from './feedback.jobs';
import { checkOrQueue } from './feedback.check';
import { senderKeyOf, type FeedbackDoc } from './feedback.records';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

type R = Record<string, unknown>;
/** A member of the public with no demo items (the seed's belong to demo-public). */
const SENDER = 'fb-sender';
const call = <T = R>(action: string, data: R, openid: string | null = SENDER, requestId = rid()) =>
  app.call<T>('feedback', action, data, { openid, requestId });

const FEEDBACK = { kind: 'feedback', content: '公交站台的劳模宣传栏字太小，老人看不清，建议放大字号。' };
const LEAD = {
  kind: 'lead',
  orgId: 'unit-bus',
  lead: {
    name: '周建华',
    unit: '东湖公交客运公司',
    reason: '连续十年安全行车无事故，主动帮助新司机熟悉线路，乘客多次来信表扬。',
  },
};

async function sent(data: R = FEEDBACK, openid = SENDER): Promise<string> {
  const reply = await call<{ id: string }>('send', data, openid);
  if (!reply.ok) throw new Error(`send failed: ${reply.code} ${reply.message}`);
  return reply.data.id;
}

const stored = (id: string) => app.store.get<FeedbackDoc>(C.feedback, id) as Promise<FeedbackDoc>;
const version = async (id: string) => (await stored(id)).version;

async function auditOf(id: string): Promise<Doc[]> {
  const page = await app.store.find(C.audit, {
    where: { recordKey: `feedback/${id}` },
    orderBy: [{ field: 'seq', direction: 'asc' }],
    limit: 100,
  });
  return page.items;
}

describe('sending', () => {
  it('refuses an anonymous caller, a forged openid, a missing text and an unknown organization', async () => {
    expect(await call('send', FEEDBACK, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await call('send', { ...FEEDBACK, openid: 'demo-district' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(await call('send', { kind: 'feedback' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: ['content'], message: '请填写反馈内容' }],
    });
    expect(await call('send', { kind: 'feedback', content: '太短' })).toMatchObject({
      ok: false,
      issues: [{ path: ['content'], message: '反馈内容至少 10 个字' }],
    });
    expect(await call('send', { kind: 'lead' })).toMatchObject({ ok: false, issues: [{ path: ['lead'] }] });
    expect(await call('send', { ...FEEDBACK, orgId: 'nowhere' })).toMatchObject({
      ok: false,
      issues: [{ path: ['orgId'], message: '所选组织不存在或已撤销，请重新选择' }],
    });
    expect(await app.store.count(C.feedback, { senderKey: senderKeyOf(SENDER) })).toBe(0);
  });

  it('goes to the district by default, or to the organization chosen; the sender is only a hash', async () => {
    const toDistrict = await call('send', FEEDBACK);
    expect(toDistrict).toMatchObject({ ok: true, data: { status: 'received', orgName: '示范区总工会' } });
    const id = await sent({ ...LEAD, contact: '13800001111' });
    const doc = await stored(id);
    expect(doc).toMatchObject({ kind: 'lead', orgId: 'unit-bus', orgPathKey: '/district/sub-east/unit-bus/' });
    expect(JSON.stringify(doc)).not.toContain(SENDER);
    expect(doc.senderOpenid).toBeUndefined();
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['feedback.send.lead']);
  });

  it('a retry with the same requestId replays the reply and stores one item', async () => {
    const requestId = rid();
    const before = await app.store.count(C.feedback);
    const first = await call<{ id: string }>('send', FEEDBACK, SENDER, requestId);
    const again = await call<{ id: string }>('send', FEEDBACK, SENDER, requestId);
    expect(first.ok && again.ok && again.data.id === first.data.id).toBe(true);
    expect(await app.store.count(C.feedback)).toBe(before + 1);
    expect(await call('send', FEEDBACK, SENDER, '')).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });

  it('is rate-limited per person: the 11th send in a day is refused, another person still sends', async () => {
    for (let i = 0; i < 10; i++) expect((await call('send', FEEDBACK)).ok).toBe(true);
    expect(await call('send', FEEDBACK)).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect((await call('send', FEEDBACK, 'demo-worker')).ok).toBe(true);
  });

  it('refuses risky text in Chinese, and stores text for review flagged', async () => {
    expect(await call('send', { kind: 'feedback', content: '这里有人在组织赌博，请你们管一管。' })).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
      message: '内容未通过安全检查，请删除不当内容后重新提交',
    });
    expect(await app.store.count(C.feedback, { senderKey: senderKeyOf(SENDER) })).toBe(0);
    const id = await sent({ kind: 'feedback', content: '我要投诉活动报名页面经常打不开。' });
    const listed = await call<{ items: R[] }>('list', { kind: 'feedback' }, 'demo-district');
    expect(listed.ok && listed.data.items.find((i) => i.id === id)).toMatchObject({
      needsReview: true,
      checkPending: false,
    });
  });
});

describe('a content check that fails never loses the submission', () => {
  it('stores the item pending; the scheduler checks it again: pass settles it, the openid goes', async () => {
    const check = app.ports.contentCheck.check;
    app.ports.contentCheck.check = () => Promise.reject(new Error('msgSecCheck: system busy'));
    const id = await sent();
    expect(await stored(id)).toMatchObject({ checkStatus: 'pending', senderOpenid: SENDER, status: 'received' });
    expect(app.logs.some((l) => l.message.startsWith('content check failed'))).toBe(true);
    const listed = await call<{ items: R[] }>('list', { kind: 'feedback' }, 'demo-district');
    expect(listed.ok && listed.data.items.find((i) => i.id === id)).toMatchObject({ checkPending: true });

    expect(await recheckFeedback.run(app.ports)).toBe(0); // still failing: still pending
    expect((await stored(id)).checkStatus).toBe('pending');
    app.ports.contentCheck.check = check;
    expect(await recheckFeedback.run(app.ports)).toBe(1);
    const doc = await stored(id);
    expect(doc.checkStatus).toBe('pass');
    expect(doc.senderOpenid).toBeUndefined();
    expect(await recheckFeedback.run(app.ports)).toBe(0);
  });

  it('a delayed risky verdict refuses the item and removes its text; the sender sees 未予受理', async () => {
    app.ports.contentCheck.check = () => Promise.reject(new Error('timeout'));
    const id = await sent(LEAD);
    app.ports.contentCheck.check = () => Promise.resolve('risky');
    expect(await recheckFeedback.run(app.ports)).toBe(1);
    expect(await stored(id)).toMatchObject({ status: 'refused', lead: null, content: null, checkStatus: 'risky' });
    const mine = await call<{ items: R[] }>('mine', {});
    expect(mine.ok && mine.data.items[0]).toMatchObject({ id, status: 'refused', lead: null });
  });

  it('a check that hangs is given up after the timeout', async () => {
    const ports = { ...app.ports, contentCheck: { check: () => new Promise<never>(() => undefined) } };
    expect(await checkOrQueue(ports, '文字', 'x', 20)).toBe('pending');
  });
});

describe('cadres handle the items of their subtree, by kind', () => {
  it('feedback goes to 内容管理 cadres, leads to 档案管理 cadres, each only in their subtree', async () => {
    const feedbackId = await sent({ ...FEEDBACK, orgId: 'unit-bus' });
    const leadId = await sent(LEAD);
    const ids = async (openid: string, kind: string) => {
      const r = await call<{ items: { id: string }[] }>('list', { kind }, openid);
      // The seed's own items aside.
      return r.ok ? r.data.items.map((i) => i.id).filter((i) => !i.startsWith('feedback-demo')) : r.code;
    };
    expect(await ids('demo-district', 'feedback')).toEqual([feedbackId]);
    expect(await ids('demo-middle', 'feedback')).toEqual([feedbackId]);
    expect(await ids('demo-middle-west', 'feedback')).toEqual([]);
    // The grassroots cadre of 东湖公交 holds 档案管理 but not 内容管理.
    expect(await ids('demo-grassroots', 'feedback')).toBe('FORBIDDEN');
    expect(await ids('demo-grassroots', 'lead')).toEqual([leadId]);
    expect(await ids('demo-public', 'lead')).toBe('FORBIDDEN');
    expect(await ids('demo-reviewer', 'lead')).toBe('FORBIDDEN');

    const v = await version(feedbackId);
    expect(await call('reply', { id: feedbackId, version: v, text: '收到' }, 'demo-middle-west')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await call('reply', { id: feedbackId, version: v, text: '收到' }, 'demo-grassroots')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const cadre = await call<{ items: R[] }>('list', { kind: 'lead' }, 'demo-grassroots');
    expect(cadre.ok && cadre.data.items[0]).toMatchObject({ lead: LEAD.lead, contact: null });
  });

  it('assigns to a colleague who reaches the item, lists 分派给我, and refuses one who does not', async () => {
    const id = await sent({ ...FEEDBACK, orgId: 'unit-bus' });
    const people = await call<{ items: { grantId: string; name: string; isMe: boolean }[] }>(
      'assignees',
      { id },
      'demo-district',
    );
    expect(people.ok && people.data.items.map((p) => [p.grantId, p.isMe])).toEqual([
      ['grant-demo-district', true],
      ['grant-demo-middle', false],
    ]);
    expect(
      await call('assign', { id, version: await version(id), grantId: 'grant-demo-middle-west' }, 'demo-district'),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: ['grantId'] }] });
    expect(
      await call('assign', { id, version: await version(id), grantId: 'grant-demo-middle' }, 'demo-district'),
    ).toMatchObject({ ok: true, data: { status: 'processing' } });
    const mineOnly = await call<{ items: R[] }>('list', { kind: 'feedback', assignedToMe: true }, 'demo-middle');
    expect(mineOnly.ok && mineOnly.data.items).toEqual([
      expect.objectContaining({ id, assigneeName: '街道总工会干部', assignedToMe: true }),
    ]);
    const districts = await call<{ items: R[] }>('list', { kind: 'feedback', assignedToMe: true }, 'demo-district');
    expect(districts.ok && districts.data.items).toEqual([]);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['feedback.send.feedback', 'feedback.assign']);
  });

  it('replies and closes; the sender reads them in 我的反馈 with the contact masked; every change is audited', async () => {
    const id = await sent({ ...FEEDBACK, orgId: 'sub-east', contact: '13800001111' });
    expect(
      await call('reply', { id, version: 1, text: '感谢反馈，我们正在联系制作单位。' }, 'demo-middle'),
    ).toMatchObject({
      ok: true,
      data: { version: 2, status: 'processing' },
    });
    // A stale version: CONFLICT with the item as the cadre may see it.
    const stale = await call<R>('close', { id, version: 1, text: '已办结' }, 'demo-middle');
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', current: { id, version: 2 } });
    expect(JSON.stringify(stale)).not.toContain('senderKey');
    expect(await call('close', { id, version: 2, text: '宣传栏已更换为大字版。' }, 'demo-middle')).toMatchObject({
      ok: true,
      data: { status: 'closed' },
    });
    expect(await call('reply', { id, version: 3, text: '补充' }, 'demo-middle')).toMatchObject({
      ok: false,
      code: 'WRONG_STATUS',
    });
    const mine = await call<{ items: R[] }>('mine', {});
    expect(mine.ok && mine.data.items[0]).toMatchObject({
      id,
      status: 'closed',
      contactMasked: '138****1111',
      replies: [
        { text: '感谢反馈，我们正在联系制作单位。', byOrg: '东湖街道总工会' },
        { text: '宣传栏已更换为大字版。', byOrg: '东湖街道总工会' },
      ],
    });
    expect(JSON.stringify(mine)).not.toContain('13800001111');
    expect(JSON.stringify(mine)).not.toContain('街道总工会干部');
    const audit = await auditOf(id);
    expect(audit.map((e) => e.action)).toEqual(['feedback.send.feedback', 'feedback.reply', 'feedback.close']);
    expect(JSON.stringify(audit)).not.toContain('宣传栏已更换');
  });
});

describe('the sender withdraws and deletes their personal data', () => {
  it('withdraws an open item of theirs only; a cadre can no longer act on it', async () => {
    const id = await sent();
    expect(await call('withdraw', { id, version: 1 }, 'demo-worker')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('withdraw', { id, version: 1 })).toMatchObject({ ok: true, data: { status: 'withdrawn' } });
    expect(await call('withdraw', { id, version: 2 })).toMatchObject({ ok: false, code: 'WRONG_STATUS' });
    expect(await call('close', { id, version: 2, text: '办结' }, 'demo-district')).toMatchObject({
      ok: false,
      code: 'WRONG_STATUS',
    });
  });

  it('deletes the personal data of a finished item: it leaves 我的反馈, cadres see only that it existed', async () => {
    const id = await sent({ ...LEAD, contact: 'wx: zhou-jh' });
    expect(await call('erase', { id, version: 1 })).toMatchObject({ ok: false, code: 'WRONG_STATUS' });
    await call('reply', { id, version: 1, text: '我们会联系周师傅所在单位了解情况。' }, 'demo-grassroots');
    await call('close', { id, version: 2, text: '已纳入优秀职工信息库候选。' }, 'demo-grassroots');
    expect(await call('erase', { id, version: 3 }, 'demo-worker')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('erase', { id, version: 2 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call('erase', { id, version: 3 })).toMatchObject({ ok: true, data: { erased: true } });

    const mine = await call<{ items: R[] }>('mine', {});
    expect(mine.ok && mine.data.items).toEqual([]);
    const doc = await stored(id);
    expect(doc).toMatchObject({ lead: null, contact: null, replies: [], senderKey: null, status: 'closed' });
    expect(doc.eraseAt).toBeUndefined();
    expect(app.snapshot()).not.toContain('周建华');
    expect(app.snapshot()).not.toContain('zhou-jh');
    const listed = await call<{ items: R[] }>('list', { kind: 'lead' }, 'demo-grassroots');
    expect(listed.ok && listed.data.items[0]).toMatchObject({ id, erased: true, lead: null });
    expect((await auditOf(id)).map((e) => e.action).slice(-1)).toEqual(['feedback.erase']);
  });

  it('the scheduler erases finished items once the retention period is over, and only those', async () => {
    const open = await sent();
    const finished = await sent({ ...FEEDBACK, contact: '13800002222' });
    await call('withdraw', { id: finished, version: 1 });
    expect(await eraseExpiredFeedback.run(app.ports)).toBe(0);
    app.clock.set(new Date(Date.now() + 366 * 86_400_000));
    expect(await eraseExpiredFeedback.run(app.ports)).toBe(1);
    expect(await stored(finished)).toMatchObject({ content: null, contact: null, senderKey: null });
    expect((await stored(open)).content).toBe(FEEDBACK.content);
    expect(await eraseExpiredFeedback.run(app.ports)).toBe(0);
  });
});
