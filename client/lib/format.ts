/** Display formatting in Chinese. Pure: no Taro, no clock. */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2025-04-30T16:30:00Z` → `2025年5月1日` (the date in Asia/Shanghai, which has no DST). */
export function formatDateZh(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** `2025-05-04T10:05:00Z` → `2025年5月4日 18:05` (Asia/Shanghai). */
export function formatDateTimeZh(iso: string): string {
  const date = formatDateZh(iso);
  if (!date) return '';
  const d = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS);
  return `${date} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** 9999 → `9999`, 12345 → `1.2万`. */
export function formatCount(n: number): string {
  if (n < 10_000) return String(Math.max(0, Math.floor(n)));
  const wan = Math.floor(n / 1_000) / 10;
  return `${wan % 1 === 0 ? wan.toFixed(0) : wan.toFixed(1)}万`;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function shanghai(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms + SHANGHAI_OFFSET_MS);
}

const hm = (d: Date) => `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;

/** An event's time: `5月12日 周三 9:00–11:00` (the year only when it differs from `nowIso`'s). */
export function formatEventTimeZh(startsAt: string, endsAt: string, nowIso?: string): string {
  const s = shanghai(startsAt);
  const e = shanghai(endsAt);
  if (!s || !e) return '';
  const now = nowIso ? shanghai(nowIso) : null;
  const year = now && now.getUTCFullYear() === s.getUTCFullYear() ? '' : `${s.getUTCFullYear()}年`;
  const day = `${year}${s.getUTCMonth() + 1}月${s.getUTCDate()}日 周${WEEKDAYS[s.getUTCDay()]}`;
  const sameDay = formatDateZh(startsAt) === formatDateZh(endsAt);
  return sameDay ? `${day} ${hm(s)}–${hm(e)}` : `${day} ${hm(s)} 至 ${formatDateTimeZh(endsAt)}`;
}

/** A plain date `2027-05-12` → `5月12日`. */
export function formatPlainDateZh(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${Number(m[2])}月${Number(m[3])}日` : date;
}

/** Whole days from `nowIso` to `endIso`, rounded up (a campaign ending tonight has 1 day left); 0 once past. */
export function daysLeft(endIso: string, nowIso: string): number {
  const diff = Date.parse(endIso) - Date.parse(nowIso);
  return Number.isNaN(diff) || diff <= 0 ? 0 : Math.ceil(diff / 86_400_000);
}

/** The plain date (Asia/Shanghai) of an instant: `2027-05-08`. */
export function plainDateOf(iso: string): string {
  const d = shanghai(iso);
  if (!d) return '';
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
