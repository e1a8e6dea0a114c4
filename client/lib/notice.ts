/** Public notices on the client: routes, countdowns on the server's clock, labels. Pure but for routing. */
import Taro from '@tarojs/taro';

export const NOTICE_ROUTES = {
  notice: '/public/pages/notice/index',
  orgNotices: '/public/pages/org-notices/index',
  poster: '/public/pages/poster/index',
  objection: '/public/pages/objection/index',
  noticeOpen: '/selection/pages/notice-open/index',
  noticesAdmin: '/selection/pages/notices-admin/index',
  calendar: '/selection/pages/calendar/index',
} as const;

export function noticeUrl(id: string): string {
  return `${NOTICE_ROUTES.notice}?id=${encodeURIComponent(id)}`;
}

export function posterUrl(id: string): string {
  return `${NOTICE_ROUTES.poster}?id=${encodeURIComponent(id)}`;
}

export function objectionUrl(noticeId: string, nominationId: string): string {
  return `${NOTICE_ROUTES.objection}?noticeId=${encodeURIComponent(noticeId)}&nominationId=${encodeURIComponent(nominationId)}`;
}

export function openNotice(id: string): void {
  void Taro.navigateTo({ url: noticeUrl(id) });
}

/** One organization's notices (unit notices too); without `orgId` the page asks for the organization. */
export function orgNoticesUrl(orgId?: string): string {
  return orgId ? `${NOTICE_ROUTES.orgNotices}?orgId=${encodeURIComponent(orgId)}` : NOTICE_ROUTES.orgNotices;
}

export function openOrgNotices(orgId?: string): void {
  void Taro.navigateTo({ url: orgNoticesUrl(orgId) });
}

/** The server clock minus the device clock, from a reply's `serverTime` (countdowns never trust the device). */
export function clockOffset(serverTime: string, deviceNow: number = Date.now()): number {
  const t = Date.parse(serverTime);
  return Number.isNaN(t) ? 0 : t - deviceNow;
}

/** `还剩 3 天 4 小时` / `还剩 2 小时 5 分` / `不到 1 分钟` / `已结束`. */
export function countdownZh(closesAt: string, serverNow: number): string {
  const ms = Date.parse(closesAt) - serverNow;
  if (ms <= 0) return '已结束';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return '不到 1 分钟';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `还剩 ${days} 天 ${hours} 小时`;
  return `还剩 ${hours} 小时 ${minutes % 60} 分`;
}

export const TIER_NOTICE_ZH = { district: '区级公示', middle: '街道（地区）公示', grassroots: '单位公示' } as const;
export const GENDER_ZH = { male: '男', female: '女' } as const;

/** `2027-01-01 2027-01-02，2027-01-03` → the dates, in order, without repeats. */
export function parseDates(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))].sort();
}
