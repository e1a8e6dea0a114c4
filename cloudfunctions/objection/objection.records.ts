/**
 * Stored shapes of objections (异议). Shared contract between the `objection` function (which owns
 * them), the `nomination` function (whose closeNotice / confer read the counts) and the `notice`
 * function (which writes a notice's statement or report after its close).
 *
 * Confidentiality: the objector's identity is never on the objection. It lives in
 * `objectorIdentities` (id = the objection's id), read only by the handling cadres through an
 * audited action; sealed after the case is concluded; erased at `identityEraseAt`.
 */
import type { Tier } from '../../shared/org';
import type { AuditedFields } from '../_platform/audit';

export type ObjectionStatus = 'received' | 'verifying' | 'concluded';
/** 属实 / 部分属实 / 不属实 / 无法核实 */
export type ObjectionFinding = 'substantiated' | 'partlySubstantiated' | 'unsubstantiated' | 'unverifiable';

export type ObjectionDoc = AuditedFields & {
  id: string;
  version: number;
  /** The case number shown to the objector (e.g. YY-2027-000123). */
  caseNo: string;
  noticeId: string;
  nominationId: string;
  roundId: string;
  nomineeName: string;
  /** The notice's level and publishing organization: its cadres handle the case. */
  tier: Tier;
  orgId: string;
  orgPathKey: string;
  channel: 'online' | 'phone' | 'letter';
  objectorKind: 'person' | 'unit' | 'anonymous';
  facts: string;
  evidenceFileIds: string[];
  /** Filed after the period closed (before the conferral): accepted and flagged. */
  late: boolean;
  /** The content check's verdict; `pending` while a failed check waits for its retry. */
  contentCheck: 'pass' | 'review' | 'pending';
  status: ObjectionStatus;
  finding: ObjectionFinding | null;
  /** Hash of the filer's openid (online filings): 我的异议, the daily limit. Null when erased or entered by a cadre. */
  filerKey: string | null;
  dueAt: string;
  identitySealedAt: string | null;
  /** When the identity is to be erased (set at the conclusion: + the retention period). */
  identityEraseAt: string | null;
  identityErasedAt: string | null;
  createdAt: string;
  updatedAt: string;

  // Added by the objection function (issue 4). Readers of the fields above need none of these.
  /** The notice's title and stage (closeNotice counts the objections of the running notice's stage). */
  noticeTitle: string;
  stageIndex: number;
  orgName: string;
  /** The nominating unit's path: its cadres (below the notice) see that a case exists, nothing more. */
  nomineeOrgPathKey: string;
  /** 线索: how the facts can be verified (witnesses, where the evidence is). */
  leads: string;
  /** The content check's retries while `pending`; `contentRisky` when a retry found the text risky. */
  contentCheckAttempts: number;
  contentRisky: boolean;
  /** 承办人 (a name) and the cadres' internal notes: never shown to the objector. */
  assignee: string | null;
  /**
   * When the 承办人 named is an active reviewing cadre of the case's line: their openid and grant
   * (set by `assign`), so a revocation of that grant hands the case over. Null for anyone else;
   * absent on cases assigned before these fields existed.
   */
  assigneeId?: string | null;
  assigneeGrantId?: string | null;
  notes: ObjectionNote[];
  /** A verification handed to a lower-tier organization: the facts only, never the identity. */
  verification: ObjectionVerificationRecord | null;
  /** Copy of `verification.orgPathKey` for the index (null when none). */
  verificationOrgPathKey: string | null;
  /** The reply to the objector, with the finding. */
  reply: string | null;
  concludedAt: string | null;
  /** Who entered a phone or letter objection (openid); null online. */
  recordedBy: string | null;
};

export type ObjectionNote = { at: string; byName: string; text: string };

export type ObjectionVerificationRecord = {
  orgId: string;
  orgName: string;
  orgPathKey: string;
  instructions: string;
  requestedAt: string;
  requestedBy: string;
  dueAt: string;
  findings: string | null;
  reportedAt: string | null;
  reportedByName: string | null;
};

export type ObjectorIdentityDoc = AuditedFields & {
  id: string;
  version: number;
  kind: 'person' | 'unit';
  name: string;
  /** Verified through the phone port (online), or as told (phone/letter). */
  phone: string;
  /** A unit's contact person and its seal statement (盖章说明). */
  contact?: string;
  sealStatement?: string;
  /** The filer's openid, for the subscribe message on conclusion; erased with the rest. */
  openid: string | null;
  erasedAt: string | null;
  /** Set at the conclusion: from then on only an audited unseal reads it. */
  sealedAt: string | null;
  /** How often it was read (each reading is also an entry of this record's audit chain). */
  readCount: number;
};

/** What a nomination's workflow needs to know about the objections to it in one notice. */
export type ObjectionCounts = {
  received: number;
  open: number;
  substantiated: boolean;
  /** Late objections (whatever the notice) not concluded yet: they block the conferral. */
  lateOpen: number;
};
