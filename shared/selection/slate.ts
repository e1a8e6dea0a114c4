/**
 * A slate (推荐名单) is what one organization sends up in a round: the nominations of its subtree
 * that have reached its tier (and those it already sent on), each holding a seat. Pure rules here:
 * where in the stage list a tier "goes up", the quota of the sending organization, and the
 * composition rules (比例结构) counted over the nominee flags. Decision 0007 explains the choices.
 */
import type { Tier } from '../org';
import { NOMINEE_FLAG_ZH, type CompositionRule, type NomineeFlag, type Quota, type Stage } from './round';

export const TIER_RANK: Record<Tier, number> = { grassroots: 0, middle: 1, district: 2 };

/**
 * The tier that sends its slate up with a move from stage `from` to stage `to`, or null:
 * - a move into a stage of a higher tier is the lower tier going up (in the default list: the unit's
 *   Party consent to the preliminary review, and the middle tier's Party consent with its
 *   recommendation report to the district);
 * - the final stage's event (`conferral` or `submission`) is the district's slate going out, to the
 *   conferral decision or to the city union with the district's recommendation report.
 * A return for correction moves down and is never going up.
 */
export function sendingTier(stages: readonly Stage[], from: number, to: number, final: boolean): Tier | null {
  const a = stages[from];
  const b = stages[to];
  if (!a || !b) return null;
  if (final) return a.tier;
  return TIER_RANK[b.tier] > TIER_RANK[a.tier] ? a.tier : null;
}

/** Composition rules are checked on slates of these tiers (a grassroots unit sends single files). */
export function compositionApplies(tier: Tier): boolean {
  return tier !== 'grassroots';
}

/** A stable key of a rule: an override covers the rules it names by key. */
export function ruleKey(rule: CompositionRule): string {
  return `${rule.flag}:${rule.measure}:${rule.min ?? ''}:${rule.max ?? ''}`;
}

export interface RuleCheck {
  key: string;
  flag: NomineeFlag;
  measure: 'share' | 'count';
  min: number | null;
  max: number | null;
  /** Nominees of the slate with the flag, and the slate's size. */
  count: number;
  total: number;
  /** Head counts the rule asks for on this slate (a share rounded up for a minimum, down for a maximum). */
  minCount: number | null;
  maxCount: number | null;
  met: boolean;
  /** `一线职工不少于40%（现为 1/3）`. */
  summaryZh: string;
}

/** Shares are compared in millionths, in integers: 0.3 × 10 must be 3, not 3.0000000000000004. */
const SCALE = 1_000_000;
const scaled = (share: number) => Math.round(share * SCALE);

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function boundsZh(rule: CompositionRule): string {
  const unit = (v: number) => (rule.measure === 'share' ? percent(v) : `${v}人`);
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`不少于${unit(rule.min)}`);
  if (rule.max !== undefined) parts.push(`不超过${unit(rule.max)}`);
  return `${NOMINEE_FLAG_ZH[rule.flag]}${parts.join('、')}`;
}

/**
 * Each rule against the flags of a slate's nominees (flags overlap: one nominee may count for
 * several rules). An empty slate meets every share rule and every count rule without a minimum.
 */
export function evaluateComposition(
  rules: readonly CompositionRule[],
  slateFlags: readonly (readonly NomineeFlag[])[],
): RuleCheck[] {
  const total = slateFlags.length;
  return rules.map((rule) => {
    const count = slateFlags.filter((flags) => flags.includes(rule.flag)).length;
    let met = true;
    let minCount: number | null = null;
    let maxCount: number | null = null;
    if (rule.measure === 'count') {
      if (rule.min !== undefined) {
        minCount = rule.min;
        met &&= count >= rule.min;
      }
      if (rule.max !== undefined) {
        maxCount = rule.max;
        met &&= count <= rule.max;
      }
    } else {
      if (rule.min !== undefined) {
        minCount = Math.ceil((scaled(rule.min) * total) / SCALE);
        met &&= total === 0 || count * SCALE >= scaled(rule.min) * total;
      }
      if (rule.max !== undefined) {
        maxCount = Math.floor((scaled(rule.max) * total) / SCALE);
        met &&= total === 0 || count * SCALE <= scaled(rule.max) * total;
      }
    }
    return {
      key: ruleKey(rule),
      flag: rule.flag,
      measure: rule.measure,
      min: rule.min ?? null,
      max: rule.max ?? null,
      count,
      total,
      minCount,
      maxCount,
      met,
      summaryZh: `${boundsZh(rule)}（现为 ${count}/${total}）`,
    };
  });
}

export interface QuotaCheck {
  seats: number | null;
  allowMoreCandidates: boolean;
  /** Nominations of the slate already sent on (conferred or submitted upward included). */
  sentUp: number;
  /** Nominations of the slate still at this organization's tier. */
  pending: number;
  /** `sentUp` over `seats` when more candidates than seats are not allowed. */
  over: boolean;
}

export function checkQuota(quota: Quota | undefined, sentUp: number, pending: number): QuotaCheck {
  const seats = quota?.seats ?? null;
  const allowMore = quota?.allowMoreCandidates ?? false;
  return {
    seats,
    allowMoreCandidates: allowMore,
    sentUp,
    pending,
    over: seats !== null && !allowMore && sentUp > seats,
  };
}

/**
 * Whether one more nomination may go up: it would make `sentUp + 1` files sent on, over the seats
 * of a quota that allows no more candidates than seats (差额 allowed: never over).
 */
export function wouldExceedQuota(quota: Quota | undefined, sentUp: number): boolean {
  return quota !== undefined && !quota.allowMoreCandidates && sentUp + 1 > quota.seats;
}

/** The unmet rules an override must name; an override covers them when it names every key. */
export function overrideCovers(
  overrideKeys: readonly string[] | null | undefined,
  unmet: readonly RuleCheck[],
): boolean {
  if (unmet.length === 0) return true;
  if (!overrideKeys) return false;
  return unmet.every((r) => overrideKeys.includes(r.key));
}
