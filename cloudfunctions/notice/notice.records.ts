/**
 * Stored shape of a public notice (公示). Shared contract between the `notice` function (which
 * owns it), the `nomination` function (which opens and closes a nominee's notice) and the
 * `objection` function (which files objections against a nominee of a notice).
 *
 * A notice is published by one organization (the unit, the middle-tier union or the district) for
 * one stage of one round, and lists the nominees it puts to the public. Its period is fixed when it
 * opens (decision 0004); its status (scheduled / open / closed) derives from `opensAt`, `closesAt`
 * and the clock, never from a stored flag. `settledAt` is set by the scheduler once the side
 * effects of the close have run (idempotent).
 */
import type { Tier } from '../../shared/org';
import type { NoticeRule } from '../../shared/selection/round';
import type { AuditedFields } from '../_platform/audit';

/** Where objections are received (受理异议的机构). */
export type NoticeOffice = {
  name: string;
  phone: string;
  address: string;
  email?: string;
};

/** A nominee as the public sees them: public fields only, copied when the notice opens. */
export type NoticeEntry = {
  nominationId: string;
  name: string;
  gender: 'male' | 'female' | null;
  unitName: string;
  position: string;
  titleSought: string;
  shortDeeds: string;
  /** `listed` while on the notice; `left` when returned, rejected, replaced or withdrawn meanwhile. */
  status: 'listed' | 'left';
  /** After the close: 公示无异议 when nothing was received, else the notice report. */
  statement: 'noObjection' | 'noticeReport' | null;
};

export type NoticePosting = {
  /** 张贴 dates (YYYY-MM-DD) and place, with photos of the posted notice (files port). */
  postedOn: string;
  removedOn: string | null;
  place: string;
  photoFileIds: string[];
  recordedAt: string;
};

export type NoticeDoc = AuditedFields & {
  id: string;
  version: number;
  roundId: string;
  roundName: string;
  stageIndex: number;
  /** The level of the notice: the tier of its stage. */
  tier: Tier;
  /**
   * Listed on the 公示 tab and home (district and middle-tier notices; a unit notice is reached from
   * its organization or its poster): one equality beside `closesAt`, so the list reads the index in
   * order instead of sorting every open notice of two tiers.
   */
  onTab: boolean;
  /** The publishing organization. */
  orgId: string;
  orgName: string;
  orgPathKey: string;
  title: string;
  rule: NoticeRule;
  /** Instants (ISO, +08:00 days) and the days of the period, from computeNoticePeriod or an override. */
  opensAt: string;
  closesAt: string;
  firstDay: string;
  lastDay: string;
  days: string[];
  /** How the dates were fixed: the calendar package, a district calendar override, or confirmed by the cadre. */
  periodSource: 'calendar' | 'override' | 'confirmed';
  office: NoticeOffice;
  entries: NoticeEntry[];
  /**
   * The round took objections after the period (until the conferral) when this notice opened: a
   * closed notice then still offers the form. The filing checks the round's current rule.
   */
  lateObjections?: boolean;
  /** Unit notices: the physical posting. */
  posting: NoticePosting | null;
  /** Set by the scheduler when the close's side effects ran; null before. */
  settledAt: string | null;
  /** The poster's code image (files port); null when making it failed (the poster then shows the path). */
  codeFileId?: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
};
