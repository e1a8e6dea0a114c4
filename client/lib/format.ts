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
