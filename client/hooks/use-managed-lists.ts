/**
 * The cadre's own stories, events and volunteer bases, paged, wired to the page's scroll and pull-down, and fresh
 * again when the page shows after an edit elsewhere. Idle until the page knows my grant.
 */
import { useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { promotion, type ManagedBase, type ManagedEvent, type ManagedStory } from '../api/promotion';
import { failure } from '../api/transport';
import { usePagedList, type PagedList, type PageFetcher } from './use-paged-list';

function usePageList<T extends { id: string }>(fetch: PageFetcher<T>, grantId: string | null): PagedList<T> {
  const list = usePagedList<T>(
    (cursor) => (grantId ? fetch(cursor) : Promise.resolve(failure('NOT_FOUND'))),
    (item) => item.id,
    grantId ?? '',
  );
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  // The first show is the first load; later shows follow an edit on another page.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && grantId) void list.refresh();
    shown.current = true;
  });
  return list;
}

export function useManagedStories(grantId: string | null): PagedList<ManagedStory> {
  return usePageList((cursor) => promotion.listManagedStories({ cursor }), grantId);
}

export function useManagedEvents(grantId: string | null): PagedList<ManagedEvent> {
  return usePageList((cursor) => promotion.listManagedEvents({ cursor }), grantId);
}

export function useManagedBases(grantId: string | null): PagedList<ManagedBase> {
  return usePageList((cursor) => promotion.listManagedBases({ cursor }), grantId);
}
