/**
 * Objections: 我的异议 and the cadres' case list as paged lists wired to the page's scroll and
 * pull-down (fresh again when the page shows after a case was handled elsewhere).
 */
import { useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { objection, type MyObjection, type ObjectionCaseSummary } from '../api/objection';
import { failure } from '../api/transport';
import { usePagedList, type PagedList, type PageFetcher } from './use-paged-list';

function usePageList<T extends { id: string }>(fetch: PageFetcher<T>, resetKey: string, idle = false): PagedList<T> {
  const list = usePagedList<T>(idle ? () => Promise.resolve(failure('NOT_FOUND')) : fetch, (item) => item.id, resetKey);
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && !idle) void list.refresh();
    shown.current = true;
  });
  return list;
}

export function useMyObjections(): PagedList<MyObjection> {
  return usePageList((cursor) => objection.mine({ cursor }), 'mine');
}

export type CaseFilter = {
  scope: 'handling' | 'verifying' | 'redacted';
  status: 'all' | 'received' | 'verifying' | 'concluded';
  overdue: boolean;
  reviewFlagged: boolean;
};

export function useObjectionCases(grantId: string | null, filter: CaseFilter): PagedList<ObjectionCaseSummary> {
  return usePageList(
    (cursor) =>
      objection.listCases({
        grantId: grantId ?? undefined,
        scope: filter.scope,
        cursor,
        ...(filter.status !== 'all' ? { status: filter.status } : {}),
        ...(filter.overdue ? { overdue: true } : {}),
        ...(filter.reviewFlagged ? { reviewFlagged: true } : {}),
      }),
    `${grantId ?? ''}|${JSON.stringify(filter)}`,
    grantId === null,
  );
}
