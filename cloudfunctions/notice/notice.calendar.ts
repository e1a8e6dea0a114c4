/**
 * Notice periods as the notice function fixes them (decision 0004): the package's schedules with
 * the district's calendar overrides on top, or, for a year nobody has entered, the days a cadre
 * confirms. The overrides are one audited singleton in `meta` (id `calendarOverrides`): computing a
 * period reads one document.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { PeriodPlan } from '../../shared/actions/notice.schema';
import {
  chineseDaysCalendar,
  computeNoticePeriod,
  formatPeriodZh,
  withOverrides,
  yearScheduleSchema,
  type NoticePeriod,
  type NoticeRule,
  type WorkCalendar,
  type YearSchedule,
} from '../../shared/calendar/notice-period';
import { AppError, type FieldIssue } from '../../shared/errors';
import type { AuditedFields } from '../_platform/audit';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Store } from '../_platform/store/store.port';
import { holderName } from '../nomination/nomination.view';

export const CALENDAR_META_ID = 'calendarOverrides';

export type StoredOverride = YearSchedule & { enteredAt: string; enteredByName: string };

export type CalendarMetaDoc = AuditedFields & {
  id: string;
  version: number;
  schedules: StoredOverride[];
  updatedAt: string;
};

export async function loadOverrides(store: Store): Promise<CalendarMetaDoc | null> {
  return store.get<CalendarMetaDoc>(C.meta, CALENDAR_META_ID);
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function isRealDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00.000Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
}

/** 00:00 Asia/Shanghai on `date`, as an ISO instant. */
export function shanghaiMidnight(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS).toISOString();
}

/** The Shanghai date of an instant, and whether it is before noon (decision 0004's cut-off). */
function shanghaiDay(at: Date): { day: string; morning: boolean } {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return { day: local.toISOString().slice(0, 10), morning: local.getUTCHours() < 12 };
}

export function periodPreview(p: Pick<NoticePeriod, 'firstDay' | 'lastDay' | 'days' | 'closesAt'>) {
  return { firstDay: p.firstDay, lastDay: p.lastDay, days: p.days, closesAt: p.closesAt, periodZh: formatPeriodZh(p) };
}

export type Planned =
  | { ok: true; period: NoticePeriod; source: 'calendar' | 'override' }
  | { ok: false; years: number[]; proposal: NoticePeriod };

/**
 * The period of a notice published at `start`. `override` when an override decided any of its days
 * differently from the package, or supplied a year the package lacks; CALENDAR_MISSING otherwise
 * comes with a proposal that treats the missing years as plain Monday-to-Friday years.
 */
export function planPeriod(start: Date, rule: NoticeRule, overrides: readonly YearSchedule[]): Planned {
  const calendar: WorkCalendar =
    overrides.length > 0 ? withOverrides(chineseDaysCalendar, overrides) : chineseDaysCalendar;
  const result = computeNoticePeriod({ start, rule, calendar });
  if (result.ok) {
    if (overrides.length === 0) return { ok: true, period: result, source: 'calendar' };
    const base = computeNoticePeriod({ start, rule, calendar: chineseDaysCalendar });
    const same = base.ok && base.days.join() === result.days.join();
    return { ok: true, period: result, source: same ? 'calendar' : 'override' };
  }
  const guess = computeNoticePeriod({
    start,
    rule,
    calendar: { hasDataFor: () => true, isWorkday: (d) => calendar.isWorkday(d) },
  });
  if (!guess.ok) throw new Error('a calendar that knows every year still misses one');
  return { ok: false, years: result.years, proposal: guess };
}

export function planToReply(plan: Planned): PeriodPlan {
  return plan.ok
    ? { ok: true, source: plan.source, ...periodPreview(plan.period) }
    : { ok: false, reason: 'CALENDAR_MISSING', years: plan.years, proposal: periodPreview(plan.proposal) };
}

/**
 * The days a cadre confirms for a period the calendar cannot compute: the rule's number of days,
 * ascending, none before day 1 as decision 0004 defines it (the publication day only before noon).
 */
export function confirmedPeriod(start: Date, rule: NoticeRule, days: readonly string[]): NoticePeriod {
  const issues: FieldIssue[] = [];
  const at = (i: number, message: string) => issues.push({ path: ['confirmedDays', i], message });
  const { day, morning } = shanghaiDay(start);
  const earliest = morning ? day : addDays(day, 1);
  days.forEach((d, i) => {
    if (!isRealDate(d)) at(i, `${d} 不是有效日期`);
    else if (d < earliest) at(i, `公示期不能早于 ${earliest}（中午12时后发布的，从次日起算）`);
    else if (i > 0 && d <= days[i - 1]!) at(i, '日期应按先后顺序排列，且不能重复');
    else if (d > addDays(earliest, 366)) at(i, '日期超出一年');
  });
  if (days.length !== rule.days) {
    issues.push({ path: ['confirmedDays'], message: `公示期应为 ${rule.days} 天，已确认 ${days.length} 天` });
  }
  if (issues.length > 0) throw new AppError('BAD_REQUEST', issues[0]!.message, { issues });
  const firstDay = days[0]!;
  const lastDay = days[days.length - 1]!;
  return {
    ok: true,
    opensAt: start.toISOString(),
    closesAt: shanghaiMidnight(addDays(lastDay, 1)),
    firstDay,
    lastDay,
    days: [...days],
  };
}

/** The years the installed package covers (for the calendar page). */
export function packageYears(around: number): number[] {
  const years: number[] = [];
  for (let y = around - 3; y <= around + 2; y++) if (chineseDaysCalendar.hasDataFor(y)) years.push(y);
  return years;
}

function calendarReply(ctx: CallContext, doc: CalendarMetaDoc | null): OutputOf<'notice', 'listCalendarOverrides'> {
  const year = Number(new Date(ctx.now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 4));
  return {
    items: [...(doc?.schedules ?? [])]
      .sort((a, b) => b.year - a.year)
      .map((s) => ({
        year: s.year,
        holidays: s.holidays,
        makeupWorkdays: s.makeupWorkdays,
        enteredAt: s.enteredAt,
        enteredByName: s.enteredByName,
      })),
    version: doc?.version ?? null,
    packageYears: packageYears(year),
  };
}

export async function listCalendarOverrides(ctx: CallContext): Promise<OutputOf<'notice', 'listCalendarOverrides'>> {
  return calendarReply(ctx, await loadOverrides(ctx.ports.store));
}

/**
 * Enters or replaces one year's schedule. A period already stored never moves (decision 0004): only
 * notices opened from now on use it.
 */
export async function saveCalendarOverride(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'saveCalendarOverride'>,
): Promise<OutputOf<'notice', 'saveCalendarOverride'>> {
  const checked = yearScheduleSchema.safeParse({
    year: input.schedule.year,
    holidays: [...new Set(input.schedule.holidays)].sort(),
    makeupWorkdays: [...new Set(input.schedule.makeupWorkdays)].sort(),
  });
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => ({
      path: ['schedule', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: /[\u4e00-\u9fff]/.test(i.message) ? i.message : '日期有误',
    }));
    throw new AppError('BAD_REQUEST', issues[0]?.message, { issues });
  }
  const schedule = checked.data;
  const doc = await loadOverrides(ctx.ports.store);
  if ((doc?.version ?? null) !== input.version) {
    throw new AppError('CONFLICT', undefined, { current: calendarReply(ctx, doc) });
  }
  const grant = ctx.grants[0]!;
  const entry: StoredOverride = {
    ...schedule,
    enteredAt: ctx.now.toISOString(),
    enteredByName: holderName(grant),
  };
  const schedules = [...(doc?.schedules ?? []).filter((s) => s.year !== schedule.year), entry].sort(
    (a, b) => a.year - b.year,
  );
  try {
    withOverrides(chineseDaysCalendar, schedules);
  } catch {
    throw new AppError('BAD_REQUEST', '与相邻年份已录入的安排在年末日期上不一致，请核对', {
      issues: [{ path: ['schedule', 'holidays'], message: '与相邻年份已录入的安排在年末日期上不一致' }],
    });
  }
  const now = ctx.now.toISOString();
  const audit = { action: 'calendar.saveYear', reason: `${schedule.year}年：${input.reason}` };
  let next: CalendarMetaDoc;
  if (!doc) {
    next = { id: CALENDAR_META_ID, version: 1, schedules, updatedAt: now };
    ctx.uow.insertAudited(C.meta, { id: CALENDAR_META_ID, schedules, updatedAt: now }, audit);
  } else {
    ctx.uow.updateAudited(C.meta, doc, { schedules, updatedAt: now }, audit);
    next = { ...doc, schedules, updatedAt: now, version: doc.version + 1 };
  }
  return calendarReply(ctx, next);
}
