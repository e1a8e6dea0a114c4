/**
 * Dates and times as cadres enter them: a calendar date and a wall-clock time in Asia/Shanghai
 * (UTC+8, no DST), turned into the instants the server stores, and back. Pure: no Taro, no clock.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

export interface DateTimeParts {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
}

/** `2027-05-20T06:00:00Z` → `{ date: '2027-05-20', time: '14:00' }`. */
export function shanghaiParts(iso: string): DateTimeParts {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return { date: '', time: '' };
  const d = new Date(ms + OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** `('2027-05-20', '14:00')` → `2027-05-20T14:00:00+08:00` (what the schemas accept). */
export function shanghaiInstant(date: string, time = '00:00'): string {
  return `${date}T${time}:00+08:00`;
}

/** The calendar day `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date in Asia/Shanghai. */
export function todayShanghai(nowMs: number): string {
  return shanghaiParts(new Date(nowMs).toISOString()).date;
}

/** Is `a` (date and time) strictly before `b`? Both in the same zone, so plain comparison works. */
export function isBefore(a: DateTimeParts, b: DateTimeParts): boolean {
  return `${a.date}T${a.time}` < `${b.date}T${b.time}`;
}

/** `2027-05-20` → `2027年5月20日`. */
export function dateZh(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** An event's time on one line: `2027年5月20日 14:00–16:00`, or both dates when it spans days. */
export function eventTimeZh(startsAt: string, endsAt: string): string {
  const s = shanghaiParts(startsAt);
  const e = shanghaiParts(endsAt);
  if (!s.date) return '';
  if (s.date === e.date) return `${dateZh(s.date)} ${s.time}–${e.time}`;
  return `${dateZh(s.date)} ${s.time} – ${dateZh(e.date)} ${e.time}`;
}
