/**
 * Public notices on the client: the open list of the 公示 tab (wired to the page's scroll and
 * pull-down), the organizations to filter it by, and a clock that follows the server's.
 */
import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Reply } from '../../shared/envelope';
import type { Org } from '../../shared/org';
import { notice, type NoticeCard } from '../api/notice';
import { org as orgApi } from '../api/org';
import { clockOffset } from '../lib/notice';
import { usePagedList, type PagedList } from './use-paged-list';
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

export function useOpenNotices(orgId: string | null): { list: PagedList<NoticeCard>; now: number } {
  const [offset, setOffset] = useState(0);
  const list = usePagedList<NoticeCard>(
    async (cursor) => {
      const reply = await notice.listOpen({ cursor, limit: PAGE_SIZE, ...(orgId ? { orgId } : {}) });
      if (reply.ok) setOffset(clockOffset(reply.serverTime));
      return reply;
    },
    (n) => n.id,
    orgId ?? '',
  );
  useReachBottom(() => {
    void list.loadMore();
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  return { list, now: useServerNow(offset) };
}

/** The organizations under the root (district, then middle tier) that publish notices: the filter chips. */
export function useNoticeOrgs(): RequestResult<Org[]> {
  return useRequest(async (): Promise<Reply<Org[]>> => {
    const roots = await orgApi.children({ parentId: null });
    if (!roots.ok) return roots;
    const root = roots.data.items.find((o) => o.status === 'active');
    if (!root) return { ...roots, data: [] };
    const below = await orgApi.children({ parentId: root.id });
    if (!below.ok) return below;
    return { ...below, data: [root, ...below.data.items.filter((o) => o.status === 'active')] };
  }, []);
}
