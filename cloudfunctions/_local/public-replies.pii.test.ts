/**
 * The public-reply PII scan (issue 4, "Tests"): with the demo seed, an open middle-tier notice and an
 * objection filed by a member of the public, EVERY action whose policy rule is `anyone` or `signedIn`
 * is called as an anonymous caller and as a public signed-in caller, and every reply (errors too) is
 * scanned for phone numbers, ID numbers, nominees' birth dates and objector identities. The only
 * phone allowed is a notice's objection office phone (`office.phone`, and only a stored office's).
 *
 * A new public action fails the first test until it has an entry in INPUTS below.
 */
import { C } from '../_platform/collections';
import type { Doc } from '../_platform/store/store.port';
import { POLICY } from '../../shared/policy';
import type { FunctionName } from '../../shared/api';
import type { Reply } from '../../shared/envelope';
import { DEMO_FEEDBACK_CONTACT } from './feedback-demo';
import { nominationDriver, PERSONA } from './nomination-driver';
import { scanForPii, type PiiFinding } from './pii-scan';
import { rid, startTestApp, type TestApp } from './testing';

/** What the inputs may refer to, read from the store when the action is called. */
interface Fixture {
  noticeId: string;
  nominationId: string;
  objectionId: string;
  feedbackId: string;
}

type Inputs = (f: Fixture) => Record<string, unknown>[];

/** The objector the scan files as; neither the name nor the phone may come back in any public reply. */
const OBJECTOR = { name: '林晓峰', phone: '13700001111' };

/**
 * One or more inputs per public action. Valid inputs where the action can succeed, so the reply
 * carries real data; an error reply is scanned too.
 */
const INPUTS: Record<string, Inputs> = {
  'identity.me': () => [{}],
  'identity.redeemInvitation': () => [{ code: 'AAAA-BBBB-CCCC' }],
  'identity.redeemSetupCode': () => [{ code: 'AAAA-BBBB-CCCC', displayName: '测试' }],
  'org.children': () => [{ parentId: null }, { parentId: 'district' }, { parentId: 'sub-east' }],
  'org.get': () => [{ id: 'unit-hospital' }],
  'content.home': () => [{}],
  'content.listStories': () => [{}, { search: '钱立新' }],
  'content.getStory': () => [{ id: 'story-01' }],
  'content.likeStory': () => [{ id: 'story-01' }],
  'content.listEvents': () => [{}],
  'content.getEvent': () => [{ id: 'event-01' }],
  'content.signUp': () => [{ eventId: 'event-01' }],
  'content.cancelSignUp': () => [{ eventId: 'event-01' }],
  'content.checkIn': () => [{ eventId: 'event-01', code: '000000' }],
  'content.listBases': () => [{}],
  'content.getBase': () => [{ id: 'base-01' }],
  'content.mySignups': () => [{}],
  'notice.listOpen': () => [{}, { orgId: 'sub-east' }],
  'notice.listByOrg': () => [{ orgId: 'sub-east' }, { orgId: 'unit-bus' }, { orgId: 'unit-hospital' }],
  'notice.getNotice': (f) => [{ id: f.noticeId }],
  'objection.file': (f) => [
    {
      noticeId: f.noticeId,
      nominationId: f.nominationId,
      objector: { kind: 'person', name: '林晓峰', phoneCode: `phone:${OBJECTOR.phone}` },
      facts: '该推荐人选在单位考核中曾有违规记录，事迹材料与实际情况不符，请予核实。',
      leads: '可向单位人事部门核实。',
    },
  ],
  'objection.mine': () => [{}],
  'objection.getMine': (f) => [{ id: f.objectionId }],
  'objection.eraseMine': (f) => [{ id: f.objectionId }],
  'feedback.send': () => [
    { kind: 'feedback', content: '希望公示页面能提供打印版本，方便张贴。', contact: '13600002222' },
    {
      kind: 'lead',
      orgId: 'unit-bus',
      lead: {
        name: '王建平',
        unit: '东湖公交客运公司',
        reason: '二十年如一日服务乘客，多次在车上救助突发疾病的乘客。',
      },
      contact: '010-66668888',
    },
  ],
  'feedback.mine': () => [{}],
  'feedback.withdraw': (f) => [{ id: f.feedbackId, version: 1 }],
  'feedback.erase': (f) => [{ id: f.feedbackId, version: 1 }],
};

const PUBLIC_ACTIONS = (Object.keys(POLICY) as (keyof typeof POLICY)[]).filter(
  (k) => POLICY[k].who === 'anyone' || POLICY[k].who === 'signedIn',
);

describe('the table of public actions', () => {
  it('has inputs for every action whose policy is anyone or signedIn (add yours to INPUTS)', () => {
    expect(PUBLIC_ACTIONS.filter((k) => !INPUTS[k])).toEqual([]);
  });

  it('names no action that is not public (or no longer exists)', () => {
    expect(Object.keys(INPUTS).filter((k) => !(PUBLIC_ACTIONS as string[]).includes(k))).toEqual([]);
  });
});

describe('every public reply, anonymous and signed in, is free of personal data', () => {
  let app: TestApp;
  const replies: { action: string; caller: string; input: unknown; reply: Reply<unknown> }[] = [];
  const identities = new Set<string>([DEMO_FEEDBACK_CONTACT, '13600002222', '010-66668888']);
  const setupNotes: string[] = [];

  async function first(collection: string): Promise<Doc | null> {
    const page = await app.store.find(collection, { limit: 1 });
    return page.items[0] ?? null;
  }

  async function rememberIdentities(): Promise<void> {
    const page = await app.store.find(C.objectorIdentities, { limit: 100 });
    for (const d of page.items)
      for (const k of ['name', 'phone', 'contact', 'sealStatement'])
        if (typeof d[k] === 'string' && d[k]) identities.add(d[k]);
    const fb = await app.store.find(C.feedback, { limit: 100 });
    for (const d of fb.items) if (typeof d.contact === 'string' && d.contact) identities.add(d.contact);
  }

  async function fixture(): Promise<Fixture> {
    const notice = (await app.store.find(C.notices, { orderBy: [{ field: 'closesAt', direction: 'desc' }], limit: 1 }))
      .items[0] as (Doc & { entries?: { nominationId: string }[] }) | undefined;
    const objection = await first(C.objections);
    const feedback = await app.store.find(C.feedback, { where: { senderKey: { prefix: '' } }, limit: 100 });
    const publicFeedback = feedback.items.find((d) => d.id !== 'feedback-demo-2');
    return {
      noticeId: notice?.id ?? 'no-notice',
      nominationId: notice?.entries?.[0]?.nominationId ?? 'no-nomination',
      objectionId: objection?.id ?? 'no-objection',
      feedbackId: publicFeedback?.id ?? 'no-feedback',
    };
  }

  beforeAll(async () => {
    app = await startTestApp();
    // An open middle-tier notice of 东湖街道 (its nominee born 1985-03-12, with an ID number on file).
    try {
      const d = nominationDriver(app);
      let n = await d.toPreliminaryReview();
      n = await d.step('review', n, { decision: 'pass', reason: '材料齐全，同意推荐' }, PERSONA.middle);
      await d.step('openNotice', n, {}, PERSONA.middle);
    } catch (e) {
      setupNotes.push(`opening a notice failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    await rememberIdentities();
    for (const action of PUBLIC_ACTIONS) {
      const inputs = INPUTS[action];
      if (!inputs) continue;
      const [fn, name] = action.split('.') as [FunctionName, string];
      for (const [caller, openid] of [
        ['anonymous', null],
        ['public', PERSONA.public],
      ] as const) {
        for (const input of inputs(await fixture())) {
          const reply = await app.call(fn, name, input, { openid, requestId: rid() });
          replies.push({ action, caller, input, reply });
        }
      }
      // Identities filed during the scan (objection.file) are checked in every later and earlier reply.
      await rememberIdentities();
    }
  }, 120_000);
  afterAll(() => app.close());

  it('covered an open notice, an objection filed by the public and the public’s feedback', async () => {
    expect(setupNotes).toEqual([]);
    const ok = (action: string) => replies.some((r) => r.action === action && r.caller === 'public' && r.reply.ok);
    expect(
      ['notice.getNotice', 'objection.file', 'objection.getMine', 'feedback.send', 'feedback.mine'].filter(
        (a) => !ok(a),
      ),
    ).toEqual([]);
    expect(identities).toContain(OBJECTOR.name);
    expect(identities).toContain(OBJECTOR.phone);
  });

  it('finds no phone, ID number, birth date or objector identity in any reply', async () => {
    const nominations = await app.store.find(C.nominations, { limit: 100 });
    const birthDates = nominations.items
      .map((n) => (n.form as { birthDate?: string } | undefined)?.birthDate)
      .filter((d): d is string => typeof d === 'string' && d.length > 0);
    expect(birthDates).toContain('1985-03-12');
    const ids = await app.store.find(C.nomineeIdentities, { limit: 100 });
    const notices = await app.store.find(C.notices, { limit: 100 });
    const officePhones = notices.items.map((n) => (n.office as { phone: string }).phone);

    const findings: (PiiFinding & { action: string; caller: string })[] = [];
    for (const r of replies) {
      for (const f of scanForPii(r.reply, {
        birthDates,
        identities: [...identities, ...ids.items.map((d) => String(d.idNumber))],
        allowPhones: { path: /(^|\.)office\.phone$/, values: officePhones },
      }))
        findings.push({ ...f, action: r.action, caller: r.caller });
    }
    expect(findings).toEqual([]);
    expect(replies.length).toBeGreaterThanOrEqual(PUBLIC_ACTIONS.length * 2);
    // The whitelist was exercised: the office phone did come back, where it belongs.
    expect(officePhones.length).toBeGreaterThan(0);
    expect(replies.some((r) => JSON.stringify(r.reply).includes(officePhones[0]!))).toBe(true);
    // And the same scan does catch the stored records these replies were built from.
    const stored = [
      ...nominations.items,
      ...ids.items,
      ...(await app.store.find(C.objectorIdentities, { limit: 10 })).items,
    ];
    const caught = new Set(scanForPii(stored, { birthDates, identities: [OBJECTOR.name] }).map((f) => f.kind));
    expect([...caught].sort()).toEqual(['birthDate', 'idNumber', 'identity', 'mobile']);
  });
});
