/**
 * Drives nominations through the `nomination` function as the demo personas do, for service tests
 * (and later the end-to-end tests). Every reply is kept, so a test can scan them all.
 */
import type { NominationForm, NominationView } from '../../shared/actions/nomination.schema';
import type { SlateView } from '../../shared/actions/nomination-slate.schema';
import type { Reply } from '../../shared/envelope';
import { DEMO_ID_NUMBERS, DEMO_OFFICE, DEMO_ROUND_ID, demoForm } from './nomination-demo';
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
  /** The last copy of each nomination a reply carried (its round and stage, for opening notices). */
  const seen = new Map<string, Nom>();

  async function call<T = { nomination: Nom }>(action: string, data: unknown, openid: string): Promise<Reply<T>> {
    if (action === 'openNotice') return openNoticeOf(data as { id: string; version: number }, openid) as never;
    const reply = await app.call<T>('nomination', action, data, { openid, requestId: rid() });
    replies.push(reply);
    if (reply.ok) {
      const d = reply.data as { nomination?: Nom; replacement?: Nom };
      for (const n of [d.nomination, d.replacement]) if (n) seen.set(n.id, n);
    }
    return reply;
  }

  /**
   * Opening a notice is `notice.openNotice` (one public notice for several nominees): `openNotice`
   * on one nomination opens a notice for it alone, at its present stage, and answers as the
   * nomination's actions do.
   */
  async function openNoticeOf(
    data: { id: string; version: number } & Record<string, unknown>,
    openid: string,
  ): Promise<Reply<{ nomination: Nom }>> {
    const { id, version, ...extra } = data;
    let known = seen.get(id);
    if (!known) {
      const read = await app.call<{ nomination: Nom }>(
        'nomination',
        'getNomination',
        { id },
        { openid: PERSONA.district },
      );
      if (read.ok) known = read.data.nomination;
    }
    const opened = await app.call<{ nominations: { id: string; version: number }[] }>(
      'notice',
      'openNotice',
      {
        roundId: known?.roundId ?? DEMO_ROUND_ID,
        stageIndex: known?.state.stageIndex ?? 0,
        nominations: [{ id, version }],
        office: DEMO_OFFICE,
        ...extra,
      },
      { openid, requestId: rid() },
    );
    replies.push(opened);
    if (!opened.ok) return opened;
    return call('getNomination', { id }, openid) as Promise<Reply<{ nomination: Nom }>>;
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

  /**
   * The sending organization's written override (decision 0007), when its slate misses a
   * composition rule the override on record does not cover: going up needs one.
   */
  async function overrideIfNeeded(roundId: string, orgId: string, openid: string): Promise<void> {
    const { slate } = unwrap(await call<{ slate: SlateView }>('getSlate', { roundId, orgId }, openid));
    const unmet = slate.composition.filter((r) => !r.met);
    if (unmet.length === 0 || slate.override?.covers) return;
    unwrap(
      await call(
        'overrideSlate',
        { roundId, orgId, version: slate.version, reason: '本单位一线职工人选经民主推荐未获通过，特此说明' },
        openid,
      ),
    );
  }

  /** From the preliminary review to the secondary review (consulting the reviewer if needed). */
  async function toSecondaryReview(n: Nom): Promise<Nom> {
    const M = PERSONA.middle;
    n = await step('review', n, { decision: 'pass', reason: REASON }, M);
    n = await passNotice(n, M);
    await overrideIfNeeded(n.roundId, 'sub-east', M);
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
    await overrideIfNeeded(n.roundId, 'district', D);
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

  return {
    replies,
    call,
    upload,
    step,
    newDraft,
    passNotice,
    overrideIfNeeded,
    toPreliminaryReview,
    toSecondaryReview,
    toConferral,
  };
}
