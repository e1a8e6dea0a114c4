/** Stored shapes of the nomination area. */
import type { NominationForm } from '../../shared/actions/nomination.schema';
import type { Tier } from '../../shared/org';
import type {
  DemocraticRecommendationRecord,
  NoticeRule,
  SelectionRoundConfig,
  StageKind,
  TargetLevel,
} from '../../shared/selection/round';
import type { NominationState, NominationStatus } from '../../shared/selection/workflow';
import type { AuditedFields } from '../_platform/audit';

export type RoundStatus = 'draft' | 'open' | 'closed';

export type Amendment = {
  seq: number;
  at: string;
  /** The openid of the cadre; replies show `byName` only. */
  by: string;
  byName: string;
  reason: string;
  fields: string[];
};

export type RoundDoc = AuditedFields & {
  id: string;
  version: number;
  status: RoundStatus;
  config: SelectionRoundConfig;
  /** Copied from the config for the index. */
  createdAt: string;
  createdBy: string;
  openedAt: string | null;
  frozenAt: string | null;
  amendments: Amendment[];
};

export type NoticeRecord = {
  /** The public notice (C.notices) that lists the nominee; absent on records from before notices existed. */
  noticeId?: string;
  stageIndex: number;
  tier: Tier;
  rule: NoticeRule;
  opensAt: string;
  closesAt: string;
  firstDay: string;
  lastDay: string;
  days: string[];
  outcome: 'closed' | 'left' | null;
  endedAt: string | null;
  statement: 'noObjection' | 'noticeReport' | null;
};

export type Opinion = {
  department: string;
  decision: 'agree' | 'disagree';
  comment: string;
  /** The signer's display name; who signed (their openid) is the chain entry's actor. */
  signerName: string;
  signedAt: string;
};

export type Consultation = {
  required: string[];
  opinions: Opinion[];
  requestedAt: string;
  completedAt: string | null;
  cancelledAt: string | null;
};

export type PartyConsent = {
  stageIndex: number;
  tier: Tier;
  signer: string;
  date: string;
  documentFileId: string;
  note?: string;
  recordedAt: string;
};

export type Honor = {
  title: string;
  kind: 'modelWorker' | 'advancedWorker';
  level: TargetLevel;
  year: number;
  issuer: string;
  documentNumber: string;
  date: string;
  roundId: string;
  nominationId: string;
};

export type NominationDoc = AuditedFields & {
  id: string;
  version: number;
  roundId: string;
  /** The nominating grassroots unit. */
  orgId: string;
  orgPathKey: string;
  orgName: string;
  state: NominationState;
  /** Copies of the state and its stage, for the indexes (set together with `state`, always). */
  stageIndex: number;
  status: NominationStatus;
  stageKind: StageKind;
  stageTier: Tier;
  stageEnteredAt: string;
  /** The running notice's close, else null: the 待办 deadline. */
  deadlineAt: string | null;
  form: NominationForm;
  /** Copies of form fields, for the indexes ('' while the draft lacks them). */
  name: string;
  titleSought: string;
  /** `110***********1234`; the number itself is in `nomineeIdentities`. */
  idNumberMasked: string | null;
  recommendation: (DemocraticRecommendationRecord & { recordedAt: string }) | null;
  partyConsents: PartyConsent[];
  notices: NoticeRecord[];
  consultation: Consultation | null;
  inspection: {
    date: string;
    inspectors: string[];
    summary: string;
    fileIds: string[];
    recordedAt: string;
  } | null;
  determination: {
    date: string;
    membersTotal: number;
    present: number;
    votesFor: number;
    votesAgainst: number;
    abstentions: number;
    recordedAt: string;
  } | null;
  conferral: {
    issuer: string;
    documentNumber: string;
    date: string;
    modelWorkerId: string;
    conferredAt: string;
  } | null;
  submission: {
    level: TargetLevel;
    date: string;
    documentNumber?: string;
    reportFileId?: string;
    submittedAt: string;
  } | null;
  replaces: string | null;
  replacedBy: string | null;
  holdsSeat: boolean;
  /** Each time a tier sent it up with its slate (decision 0007); absent on files that never went up. */
  sentUp?: SentUp[];
  /** Who created it is the actor of its chain's first entry. */
  createdAt: string;
  updatedAt: string;
};

/** A tier sending the nomination up with its slate, and the override it went up under, if any. */
export type SentUp = {
  tier: Tier;
  orgId: string;
  at: string;
  /** `<slate id>#<audit seq>` of the override that covered unmet composition rules, else null. */
  override: string | null;
};

/** id = `<roundId>:<orgId>`: a sending organization's slate in a round (decision 0007). */
export type SlateDoc = AuditedFields & {
  id: string;
  version: number;
  roundId: string;
  orgId: string;
  orgPathKey: string;
  tier: Tier;
  /** The latest written override; earlier ones are on the record's audit chain. */
  override: {
    reason: string;
    /** The openid of the cadre; replies show `byName`. */
    by: string;
    byName: string;
    at: string;
    /** The rules unmet when it was written (`ruleKey`): it covers these only. */
    ruleKeys: string[];
    /** The audit entry that recorded it. */
    seq: number;
  } | null;
  /** The last time a nomination went up with this slate (moves the version: going up is serialized). */
  lastSentAt: string | null;
  createdAt: string;
};

/** id = the nomination's id. Never returned, never listed. */
export type NomineeIdentityDoc = {
  id: string;
  version: number;
  /** Null once a cadre cleared it. */
  idNumber: string | null;
  updatedAt: string;
};

/** What this area reads and writes of a model worker record (the records issue owns the rest). */
export type ModelWorkerDoc = AuditedFields & {
  id: string;
  version: number;
  name: string;
  orgId: string;
  orgPathKey: string;
  status: string;
  publicationConsent?: boolean;
  gender?: string;
  unitName?: string;
  position?: string;
  honors?: Honor[];
  nominationIds?: string[];
};
