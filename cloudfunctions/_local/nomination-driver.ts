/**
 * Drives nominations through the `nomination` function as the demo personas do, for service tests
 * (and later the end-to-end tests). Every reply is kept, so a test can scan them all.
 */
import type { NominationForm, NominationView } from '../../shared/actions/nomination.schema';
import type { Reply } from '../../shared/envelope';
import { DEMO_ID_NUMBERS, DEMO_ROUND_ID, demoForm } from './nomination-demo';
import { rid, type TestApp } from './testing';

export const PERSONA = {
  grassroots: 'demo-grassroots',
  middle: 'demo-middle',
  middleWest: 'demo-middle-west',
  district: 'demo-district',
  reviewer: 'demo-reviewer',
  public: 'demo-public',
  worker: 'demo-worker',
} as const;

export const RECORD = {
  form: 'workersCongress',
  date: '2026-08-28',
  delegatesTotal: 100,
  present: 80,
  votesFor: 60,
} as const;

export const REASON = '材料齐全，事迹突出，同意推荐';

export type Nom = NominationView;

export function unwrap<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`${reply.code}: ${reply.message}`);
  return reply.data;
}

export function nominationDriver(app: TestApp) {
  const replies: Reply<unknown>[] = [];
  let uploads = 0;

  async function call<T = { nomination: Nom }>(action: string, data: unknown, openid: string): Promise<Reply<T>> {
    const reply = await app.call<T>('nomination', action, data, { openid, requestId: rid() });
    replies.push(reply);
    return reply;
  }

  /** A temporary upload, as the client's upload flow leaves it. */
  async function upload(contentType = 'application/pdf', bytes = 64): Promise<string> {
    uploads++;
    const id = `tmp/doc-${uploads}.${contentType === 'application/pdf' ? 'pdf' : 'bin'}`;
    await app.ports.files.put(id, Buffer.alloc(bytes, 1), contentType);
    return id;
  }

  async function step(action: string, n: Pick<Nom, 'id' | 'version'>, data: object, openid: string): Promise<Nom> {
    return unwrap(await call(action, { id: n.id, version: n.version, ...data }, openid)).nomination;
  }

  /** A complete draft of 东湖公交 (or `orgId`), with the ID number and an uploaded consent. */
  async function newDraft(
    over: Partial<NominationForm> = {},
    opts: { orgId?: string; idNumber?: string; openid?: string } = {},
  ): Promise<Nom> {
    const form = demoForm({
      publicationConsent: { ...demoForm().publicationConsent!, fileId: await upload() },
      ...over,
    });
    const reply = await call(
      'saveDraft',
      {
        roundId: DEMO_ROUND_ID,
        orgId: opts.orgId ?? 'unit-bus',
        form,
        idNumber: opts.idNumber ?? DEMO_ID_NUMBERS.a,
      },
      opts.openid ?? PERSONA.grassroots,
    );
    return unwrap(reply).nomination;
  }

  /** Opens this stage's notice, moves the clock past its close, and closes it. */
  async function passNotice(n: Nom, openid: string): Promise<Nom> {
    const open = await step('openNotice', n, {}, openid);
    app.clock.set(new Date(Date.parse(open.deadlineAt!) + 3600_000));
    return step('closeNotice', open, {}, openid);
  }

  /** Draft → recommendation → unit notice → unit Party consent: at the preliminary review. */
  async function toPreliminaryReview(over: Partial<NominationForm> = {}, opts: { orgId?: string } = {}) {
    const G = PERSONA.grassroots;
    let n = await newDraft(over, opts);
    n = await step('recordRecommendation', n, { record: RECORD }, G);
    n = await step('submit', n, {}, G);
    n = await passNotice(n, G);
    return step(
      'recordConsent',
      n,
      { signer: '东湖公交客运公司党委', date: '2026-09-08', documentFileId: await upload() },
      G,
    );
  }

  /** From the preliminary review to the secondary review (consulting the reviewer if needed). */
  async function toSecondaryReview(n: Nom): Promise<Nom> {
    const M = PERSONA.middle;
    n = await step('review', n, { decision: 'pass', reason: REASON }, M);
    n = await passNotice(n, M);
    n = await step(
      'recordConsent',
      n,
      { signer: '东湖街道党工委', date: '2026-09-16', documentFileId: await upload() },
      M,
    );
    if (n.state.status === 'awaitingConsultation') {
      n = await step(
        'signConsultation',
        n,
        { decision: 'agree', comment: '经查，该企业近三年无违法违规记录' },
        PERSONA.reviewer,
      );
    }
    return n;
  }

  /** From the secondary review to the conferral decision. */
  async function toConferral(n: Nom): Promise<{ nomination: Nom; modelWorkerId: string }> {
    const D = PERSONA.district;
    n = await step(
      'recordInspection',
      n,
      { date: '2026-09-20', inspectors: ['王志远', '李楠'], summary: '赴单位实地考察，听取职工意见，事迹属实。' },
      D,
    );
    n = await step('review', n, { decision: 'pass', reason: REASON }, D);
    n = await passNotice(n, D);
    n = await step(
      'recordDetermination',
      n,
      { date: '2026-10-10', membersTotal: 15, present: 13, votesFor: 12, votesAgainst: 0, abstentions: 1 },
      D,
    );
    const reply = await call<{ nomination: Nom; modelWorkerId: string }>(
      'confer',
      {
        id: n.id,
        version: n.version,
        issuer: '示范区总工会',
        documentNumber: '示工发〔2026〕12号',
        date: '2026-10-20',
      },
      D,
    );
    return unwrap(reply);
  }

  return { replies, call, upload, step, newDraft, passNotice, toPreliminaryReview, toSecondaryReview, toConferral };
}
