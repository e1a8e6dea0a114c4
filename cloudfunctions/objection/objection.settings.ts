/**
 * The objection rules' configurable numbers. Defaults here; a deployment overrides them with
 * environment variables of the `objection` and `scheduler` functions (CloudBase `envVariables` in
 * their config.json, or the runner's environment). Read at call time, so a change needs no rebuild.
 */
export interface ObjectionSettings {
  /** Online filings per person (filerKey) per notice per Shanghai day. */
  dailyLimitPerNotice: number;
  /** Days from receipt to the reply deadline (dueAt). */
  dueDays: number;
  /** Days from the conclusion until the objector's identity is erased (identityEraseAt). */
  retentionDays: number;
  /** A content check slower than this counts as failed: the objection is stored `pending`. */
  contentCheckTimeoutMs: number;
}

export const DEFAULT_OBJECTION_SETTINGS: ObjectionSettings = {
  dailyLimitPerNotice: 5,
  dueDays: 15,
  retentionDays: 365,
  contentCheckTimeoutMs: 3000,
};

function positiveInt(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function objectionSettings(env: Record<string, string | undefined> = process.env): ObjectionSettings {
  const d = DEFAULT_OBJECTION_SETTINGS;
  return {
    dailyLimitPerNotice: positiveInt(env.LAOMO_OBJECTION_DAILY_LIMIT, d.dailyLimitPerNotice),
    dueDays: positiveInt(env.LAOMO_OBJECTION_DUE_DAYS, d.dueDays),
    retentionDays: positiveInt(env.LAOMO_OBJECTION_RETENTION_DAYS, d.retentionDays),
    contentCheckTimeoutMs: positiveInt(env.LAOMO_OBJECTION_CHECK_TIMEOUT_MS, d.contentCheckTimeoutMs),
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** 00:00 Asia/Shanghai of the day holding `now`, as an ISO instant (the daily limit's window). */
export function shanghaiDayStart(now: Date): string {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - SHANGHAI_OFFSET_MS).toISOString();
}

export function shanghaiYear(now: Date): number {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}
