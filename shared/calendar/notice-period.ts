/**
 * Notice periods (公示期): when a public notice opens and closes, under a round's rule of N working
 * days (China's statutory holidays and make-up working days, 调休) or N calendar days.
 * Decision record: docs/decisions/0004-notice-period.md.
 *
 * The definition, all in Asia/Shanghai:
 * - The period opens at the publication instant (objections are accepted from then on).
 * - Day 1 is the publication day when publication happens before 12:00 and the day counts (a working
 *   day under `workingDays`; any day under `calendarDays`); otherwise the next day that counts.
 *   Half a day or less is never counted as a whole day, so a period is never shorter than its rule.
 * - Days 2..N are the following days that count.
 * - The period closes at 24:00 at the end of day N, i.e. 00:00 of the next day (`closesAt`, exclusive).
 * - Under `workingDays`, every date examined must come from a published schedule (the package's data
 *   or a cadre's override); otherwise the answer is `CALENDAR_MISSING` with the years to confirm,
 *   never a guess. `calendarDays` does not depend on holidays and needs no schedule.
 *
 * Shanghai has been UTC+8 with no daylight saving since 1991, so local dates are computed with an
 * explicit +08:00 offset: the host's time zone never matters (nor does Intl time-zone data, which a
 * mini-program JS engine may lack).
 */
import * as z from 'zod/mini';
// The package's published data file (documented in its README for non-JS users): plain maps keyed by
// 'YYYY-MM-DD'. Its function API is not used because it builds those keys at import time with the
// host's local-time getters: under a UTC−x host zone (checked: America/New_York) every date shifts
// by a day, and isWorkday('2026-10-08') answers for 2026-10-07.
import shipped from 'chinese-days/dist/chinese-days.json';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

// ---------------------------------------------------------------------------------------------
// Rules and schedules

const ruleDays = z.int().check(z.gte(1), z.lte(30));

/** A round's notice rule: N working days (default 5) or N calendar days (some years use 7). */
export const noticeRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workingDays'), days: ruleDays }),
  z.object({ kind: z.literal('calendarDays'), days: ruleDays }),
]);
export type NoticeRule = z.infer<typeof noticeRuleSchema>;

const isoDate = z.string().check(z.refine((s) => isIsoDate(s), '日期应为有效的 YYYY-MM-DD'));

/**
 * A year's official holiday schedule (国务院办公厅关于某年部分节假日安排的通知) entered by a district
 * cadre. `holidays`: dates off (listing a whole 放假 range including its weekend days is fine);
 * `makeupWorkdays`: weekend dates that are working days (调休上班). A year's notice may move days at
 * the end of the previous December for New Year's Day (the 2019 notice: 2018-12-29 work, 12-30..31
 * off), so dates from 25 December of the previous year are accepted.
 */
export const yearScheduleSchema = z
  .object({
    year: z.int().check(z.gte(2000), z.lte(2100)),
    holidays: z.array(isoDate).check(z.maxLength(60)),
    makeupWorkdays: z.array(isoDate).check(z.maxLength(30)),
  })
  .check(
    z.superRefine((s, ctx) => {
      const inScope = (d: string) => d >= `${s.year - 1}-12-25` && d <= `${s.year}-12-31`;
      const issue = (path: (string | number)[], message: string) =>
        ctx.issues.push({ code: 'custom', message, input: s, path });
      s.holidays.forEach((d, i) => {
        if (isIsoDate(d) && !inScope(d)) issue(['holidays', i], `${d} 不属于 ${s.year} 年的安排`);
      });
      s.makeupWorkdays.forEach((d, i) => {
        if (!isIsoDate(d)) return;
        if (!inScope(d)) issue(['makeupWorkdays', i], `${d} 不属于 ${s.year} 年的安排`);
        else if (isWeekday(d)) issue(['makeupWorkdays', i], `${d} 不是周末，无需调休上班`);
        if (s.holidays.includes(d)) issue(['makeupWorkdays', i], `${d} 不能既放假又上班`);
      });
    }),
  );
export type YearSchedule = z.infer<typeof yearScheduleSchema>;

// ---------------------------------------------------------------------------------------------
// Calendars

/** Where working days come from. `isWorkday` takes a Shanghai calendar date, 'YYYY-MM-DD'. */
export interface WorkCalendar {
  /** Whether `year`'s official schedule is known (for a year without it, `isWorkday` is a guess). */
  hasDataFor(year: number): boolean;
  isWorkday(date: string): boolean;
}

const SHIPPED_HOLIDAYS = new Set(Object.keys(shipped.holidays));
const SHIPPED_MAKEUP_WORKDAYS = new Set(Object.keys(shipped.workdays));
/**
 * The years the installed package covers, read from its data rather than hard-coded: a year is
 * covered when it has at least one statutory holiday dated January to November. Every covered year
 * has New Year's Day and the Spring Festival there; December is left out because it can hold only the
 * next year's New Year arrangement (2022-12-31 belongs to the 2023 notice).
 */
const SHIPPED_YEARS = new Set([...SHIPPED_HOLIDAYS].filter((d) => d.slice(5, 7) !== '12').map(yearOf));

/** The official schedules shipped by `chinese-days` (2004 through 2026 in 1.5.7). */
export const chineseDaysCalendar: WorkCalendar = {
  hasDataFor: (year) => SHIPPED_YEARS.has(year),
  isWorkday: (date) =>
    SHIPPED_MAKEUP_WORKDAYS.has(assertIsoDate(date)) || (isWeekday(date) && !SHIPPED_HOLIDAYS.has(date)),
};

/**
 * `base`, with the schedules entered by district cadres on top. A year with an override counts as
 * having data and the override alone decides it (an empty override is a plain Monday-to-Friday year,
 * whatever the package says); a date an override lists explicitly (such as a late-December date in
 * the next year's schedule) follows that override.
 */
export function withOverrides(base: WorkCalendar, overrides: readonly YearSchedule[]): WorkCalendar {
  const years = new Set<number>();
  const listed = new Map<string, boolean>(); // date → is a working day
  for (const raw of overrides) {
    const schedule = yearScheduleSchema.parse(raw);
    if (years.has(schedule.year)) throw new Error(`two calendar overrides for ${schedule.year}`);
    years.add(schedule.year);
    const entries: [string, boolean][] = [
      ...schedule.holidays.map((d): [string, boolean] => [d, false]),
      ...schedule.makeupWorkdays.map((d): [string, boolean] => [d, true]),
    ];
    for (const [date, work] of entries) {
      if (listed.has(date) && listed.get(date) !== work) throw new Error(`calendar overrides disagree on ${date}`);
      listed.set(date, work);
    }
  }
  return {
    hasDataFor: (year) => years.has(year) || base.hasDataFor(year),
    isWorkday: (date) => {
      const work = listed.get(assertIsoDate(date));
      if (work !== undefined) return work;
      return years.has(yearOf(date)) ? isWeekday(date) : base.isWorkday(date);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The period

export type NoticePeriod = {
  ok: true;
  /** The publication instant, ISO (UTC). */
  opensAt: string;
  /** 00:00 Asia/Shanghai after the last counted day, ISO (UTC); the period is open strictly before it. */
  closesAt: string;
  firstDay: string;
  lastDay: string;
  /** Every counted day, 'YYYY-MM-DD' in Asia/Shanghai, for the UI to show exact dates. */
  days: string[];
};
export type NoticePeriodResult = NoticePeriod | { ok: false; reason: 'CALENDAR_MISSING'; years: number[] };

/** Publication at or after this local hour does not count its own day. */
const SAME_DAY_CUTOFF_HOUR = 12;
/** A guard against a calendar with no working days at all (30 working days never need this many). */
const MAX_DAYS_WALKED = 366;

export function computeNoticePeriod(input: {
  start: Date;
  rule: NoticeRule;
  calendar: WorkCalendar;
}): NoticePeriodResult {
  const { kind, days: n } = noticeRuleSchema.parse(input.rule);
  const { start, calendar } = input;
  if (Number.isNaN(start.getTime())) throw new RangeError('start is not a valid instant');

  const local = new Date(start.getTime() + SHANGHAI_OFFSET_MS); // read with UTC getters only
  const publicationDay = local.toISOString().slice(0, 10);
  let day = local.getUTCHours() < SAME_DAY_CUTOFF_HOUR ? publicationDay : addDays(publicationDay, 1);

  const needed = new Set<number>();
  const days: string[] = [];
  for (let walked = 0; days.length < n; walked++, day = addDays(day, 1)) {
    if (walked >= MAX_DAYS_WALKED) throw new Error(`no ${n} working days within ${MAX_DAYS_WALKED} days of ${day}`);
    if (kind === 'calendarDays') {
      days.push(day);
      continue;
    }
    for (const year of yearsGoverning(day)) needed.add(year);
    if (calendar.isWorkday(day)) days.push(day);
  }

  // Years without data were walked as plain weekday calendars; the dates would be a guess.
  const missing = [...needed].filter((year) => !calendar.hasDataFor(year)).sort((a, b) => a - b);
  if (missing.length > 0) return { ok: false, reason: 'CALENDAR_MISSING', years: missing };

  const lastDay = days[days.length - 1]!;
  return {
    ok: true,
    opensAt: start.toISOString(),
    closesAt: shanghaiMidnight(addDays(lastDay, 1)),
    firstDay: days[0]!,
    lastDay,
    days,
  };
}

/**
 * The schedules that decide whether `date` is a working day: its own year's, and in the last week of
 * December also the next year's, whose New Year's Day arrangement may move those days (it did for
 * 2018-12-29..31 and 2007-12-29..31; never earlier than the 29th).
 */
function yearsGoverning(date: string): number[] {
  const year = yearOf(date);
  return date.slice(5) >= '12-25' ? [year, year + 1] : [year];
}

// ---------------------------------------------------------------------------------------------
// Status and display

export type NoticeStatus = 'scheduled' | 'open' | 'closed';
type StoredPeriod = { opensAt: string; closesAt: string };

/** From the stored instants and the clock only: open on [opensAt, closesAt). */
export function noticeStatus(period: StoredPeriod, now: Date): NoticeStatus {
  const t = now.getTime();
  if (t < Date.parse(period.opensAt)) return 'scheduled';
  return t < Date.parse(period.closesAt) ? 'open' : 'closed';
}

/** Milliseconds until the period closes; 0 once it has closed. */
export function remainingMs(period: StoredPeriod, now: Date): number {
  return Math.max(0, Date.parse(period.closesAt) - now.getTime());
}

const WEEKDAY_ZH = '日一二三四五六';

/** '2026年10月8日（星期四）至2026年10月13日（星期二）'; a one-day period shows one date. */
export function formatPeriodZh(period: { firstDay: string; lastDay: string }): string {
  const one = (date: string) => {
    const [y, m, d] = assertIsoDate(date).split('-').map(Number);
    return `${y}年${m}月${d}日（星期${WEEKDAY_ZH[utcMidnight(date).getUTCDay()]}）`;
  };
  return period.firstDay === period.lastDay ? one(period.firstDay) : `${one(period.firstDay)}至${one(period.lastDay)}`;
}

// ---------------------------------------------------------------------------------------------
// Calendar dates as 'YYYY-MM-DD', computed on UTC midnights so the host zone never enters.

function utcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function isIsoDate(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    !Number.isNaN(utcMidnight(s).getTime()) &&
    utcMidnight(s).toISOString().startsWith(s)
  );
}

function assertIsoDate(s: string): string {
  if (!isIsoDate(s)) throw new RangeError(`not a YYYY-MM-DD date: ${s}`);
  return s;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function isWeekday(date: string): boolean {
  const wd = utcMidnight(date).getUTCDay();
  return wd >= 1 && wd <= 5;
}

function addDays(date: string, n: number): string {
  return new Date(utcMidnight(date).getTime() + n * DAY_MS).toISOString().slice(0, 10);
}

/** 00:00 Asia/Shanghai on `date`, as an ISO instant (UTC). */
function shanghaiMidnight(date: string): string {
  return new Date(utcMidnight(date).getTime() - SHANGHAI_OFFSET_MS).toISOString();
}
