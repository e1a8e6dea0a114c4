/**
 * What a reply carries of rounds and nominations. The nominee's ID number is never here: the
 * nomination stores only its masked form (the number lives in `nomineeIdentities`).
 */
import type { NominationView, RoundView } from '../../shared/actions/nomination.schema';
import type { Grant } from '../../shared/grants';
import { formatPeriodZh, noticeStatus } from '../../shared/calendar/notice-period';
import type { Stage } from '../../shared/selection/round';
import { availableEvents, type Actor, type NominationState } from '../../shared/selection/workflow';
import type { Ports } from '../_platform/ports';
import type { NominationDoc, NoticeRecord, RoundDoc } from './nomination.records';

/** The display name on a grant (its holder's name, stored with the grant), for opinions and amendments. */
export function holderName(grant: Grant): string {
  const name = (grant as Grant & { holderName?: unknown }).holderName;
  return typeof name === 'string' && name.length > 0 ? name : grant.orgName;
}

export function presentRound(r: RoundDoc): RoundView {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    config: r.config,
    frozenAt: r.frozenAt,
    amendments: r.amendments.map(({ seq, at, byName, reason, fields }) => ({ seq, at, byName, reason, fields })),
    createdAt: r.createdAt,
    openedAt: r.openedAt,
  };
}

export function stageAt(round: RoundDoc, index: number): Stage {
  const stage = round.config.stages[index];
  if (!stage) throw new Error(`round ${round.id} has no stage ${index}`);
  return stage;
}

/** The fields that always move with the state (the copies the indexes read). */
export function stateFields(
  round: RoundDoc,
  previous: Pick<NominationDoc, 'state' | 'stageEnteredAt'> | null,
  state: NominationState,
  now: Date,
): Pick<NominationDoc, 'state' | 'stageIndex' | 'status' | 'stageKind' | 'stageTier' | 'stageEnteredAt'> {
  const stage = stageAt(round, state.stageIndex);
  const moved = !previous || previous.state.stageIndex !== state.stageIndex || previous.state.status !== state.status;
  return {
    state: { stageIndex: state.stageIndex, status: state.status },
    stageIndex: state.stageIndex,
    status: state.status,
    stageKind: stage.kind,
    stageTier: stage.tier,
    stageEnteredAt: moved ? now.toISOString() : previous.stageEnteredAt,
  };
}

/** The notice this nomination is running now (at its present stage), if any. */
export function runningNotice(doc: Pick<NominationDoc, 'notices' | 'stageIndex'>): NoticeRecord | null {
  const last = doc.notices[doc.notices.length - 1];
  return last && last.outcome === null && last.stageIndex === doc.stageIndex ? last : null;
}

export function actorOf(grant: Grant): Actor {
  return {
    role: grant.role === 'departmentReviewer' ? 'departmentReviewer' : 'cadre',
    tier: grant.tier,
    ...(grant.department ? { department: grant.department } : {}),
  };
}

function fileIdsOf(doc: NominationDoc): string[] {
  const ids = [
    ...(doc.form.attachments ?? []).map((a) => a.fileId),
    ...(doc.form.publicationConsent ? [doc.form.publicationConsent.fileId] : []),
    ...doc.partyConsents.map((c) => c.documentFileId),
    ...(doc.inspection?.fileIds ?? []),
    ...(doc.submission?.reportFileId ? [doc.submission.reportFileId] : []),
  ];
  return [...new Set(ids)];
}

/** Every file id the nomination already holds: a save may name these again without an upload. */
export function knownFileIds(doc: NominationDoc | null): Set<string> {
  return new Set(doc ? fileIdsOf(doc) : []);
}

/**
 * The nomination as `viewer` may see it. Department opinions are shown in full to district cadres
 * and to the department that signed; lower tiers see who signed and when.
 */
export function presentNomination(
  ports: Pick<Ports, 'files'>,
  doc: NominationDoc,
  round: RoundDoc,
  viewer: Grant | null,
  now: Date,
): NominationView {
  const stage = stageAt(round, doc.stageIndex);
  const seesOpinion = (department: string) =>
    viewer !== null &&
    ((viewer.role === 'cadre' && viewer.tier === 'district') ||
      (viewer.role === 'departmentReviewer' && viewer.department === department));
  const consultation = doc.consultation;
  return {
    id: doc.id,
    version: doc.version,
    roundId: doc.roundId,
    orgId: doc.orgId,
    orgName: doc.orgName,
    state: { stageIndex: doc.state.stageIndex, status: doc.state.status },
    stage: { index: doc.stageIndex, kind: stage.kind, tier: stage.tier },
    form: doc.form,
    idNumberMasked: doc.idNumberMasked,
    recommendation: doc.recommendation,
    partyConsents: doc.partyConsents,
    notices: doc.notices.map((n) => ({
      ...(n.noticeId ? { noticeId: n.noticeId } : {}),
      stageIndex: n.stageIndex,
      tier: n.tier,
      opensAt: n.opensAt,
      closesAt: n.closesAt,
      firstDay: n.firstDay,
      lastDay: n.lastDay,
      days: n.days,
      periodZh: formatPeriodZh(n),
      periodStatus: noticeStatus(n, now),
      outcome: n.outcome,
      endedAt: n.endedAt,
      statement: n.statement,
    })),
    consultation: consultation
      ? {
          required: consultation.required,
          pending: consultation.required.filter((d) => !consultation.opinions.some((o) => o.department === d)),
          opinions: consultation.opinions.map((o) =>
            seesOpinion(o.department)
              ? {
                  department: o.department,
                  decision: o.decision,
                  comment: o.comment,
                  signerName: o.signerName,
                  signedAt: o.signedAt,
                }
              : { department: o.department, signedAt: o.signedAt },
          ),
          requestedAt: consultation.requestedAt,
          completedAt: consultation.completedAt,
          cancelledAt: consultation.cancelledAt,
        }
      : null,
    inspection: doc.inspection,
    determination: doc.determination,
    conferral: doc.conferral,
    submission: doc.submission,
    replaces: doc.replaces,
    replacedBy: doc.replacedBy,
    holdsSeat: doc.holdsSeat,
    deadlineAt: doc.deadlineAt,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    fileUrls: Object.fromEntries(fileIdsOf(doc).map((id) => [id, ports.files.urlOf(id)])),
    availableEvents: viewer ? availableEvents(round.config, doc.state, actorOf(viewer)) : [],
  };
}

export function presentRow(doc: NominationDoc) {
  return {
    id: doc.id,
    version: doc.version,
    roundId: doc.roundId,
    name: doc.name,
    orgId: doc.orgId,
    orgName: doc.orgName,
    titleSought: doc.titleSought,
    flags: doc.form.flags ?? [],
    state: { stageIndex: doc.state.stageIndex, status: doc.state.status },
    stage: { index: doc.stageIndex, kind: doc.stageKind, tier: doc.stageTier },
    deadlineAt: doc.deadlineAt,
    updatedAt: doc.updatedAt,
  };
}
