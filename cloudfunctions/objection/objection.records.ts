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
};

/** What a nomination's workflow needs to know about the objections to it in one notice. */
export type ObjectionCounts = {
  received: number;
  open: number;
  substantiated: boolean;
  /** Late objections (whatever the notice) not concluded yet: they block the conferral. */
  lateOpen: number;
};
