/**
 * Public notices on the client: the open list of the 公示 tab and one organization's notices (wired
 * to the page's scroll and pull-down), the organizations to filter by, and a clock that follows the
 * server's.
 */
import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Reply } from '../../shared/envelope';
import type { Org } from '../../shared/org';
import { notice, type NoticeCard } from '../api/notice';
import { org as orgApi } from '../api/org';
import { clockOffset } from '../lib/notice';
import { usePagedList, type Page, type PagedList } from './use-paged-list';
import { useRequest, type RequestResult } from './use-request';

const PAGE_SIZE = 10;

/** The server's time now, ticking every `tickMs` (countdowns), from the offset of the last reply. */
export function useServerNow(offsetMs: number, tickMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    const timer = setInterval(() => setNow(Date.now() + offsetMs), tickMs);
    return () => clearInterval(timer);
  }, [offsetMs, tickMs]);
  return now;
}

/** A paged list of notices wired to the page's scroll and pull-down, with the server's clock. */
function useNoticeList(
  fetchPage: (cursor: string | null) => Promise<Reply<Page<NoticeCard>>>,
  key: string,
): { list: PagedList<NoticeCard>; now: number } {
  const [offset, setOffset] = useState(0);
  const list = usePagedList<NoticeCard>(
    async (cursor) => {
      const reply = await fetchPage(cursor);
      if (reply.ok) setOffset(clockOffset(reply.serverTime));
      return reply;
    },
    (n) => n.id,
    key,
  );
  useReachBottom(() => {
    void list.loadMore();
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  return { list, now: useServerNow(offset) };
}

export function useOpenNotices(orgId: string | null): { list: PagedList<NoticeCard>; now: number } {
  return useNoticeList(
    (cursor) => notice.listOpen({ cursor, limit: PAGE_SIZE, ...(orgId ? { orgId } : {}) }),
    orgId ?? '',
  );
}

/** Every notice one organization published (unit notices too), open and closed, latest first. */
export function useOrgNotices(orgId: string): { list: PagedList<NoticeCard>; now: number } {
  return useNoticeList((cursor) => notice.listByOrg({ orgId, cursor, limit: PAGE_SIZE }), orgId);
}

/** The root of the organization tree (the district federation); null when there is none yet. */
function rootOrg(): Promise<Reply<Org | null>> {
  return orgApi
    .children({ parentId: null })
    .then((roots) =>
      roots.ok ? { ...roots, data: roots.data.items.find((o) => o.status === 'active') ?? null } : roots,
    );
}

export function useRootOrg(): RequestResult<Org | null> {
  return useRequest(rootOrg, []);
}

/** The organizations under the root (district, then middle tier) that publish notices: the filter chips. */
export function useNoticeOrgs(): RequestResult<Org[]> {
  return useRequest(async (): Promise<Reply<Org[]>> => {
    const roots = await rootOrg();
    if (!roots.ok) return roots;
    const root = roots.data;
    if (!root) return { ...roots, data: [] };
    const below = await orgApi.children({ parentId: root.id });
    if (!below.ok) return below;
    return { ...below, data: [root, ...below.data.items.filter((o) => o.status === 'active')] };
  }, []);
}
