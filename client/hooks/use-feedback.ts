/**
 * Feedback and leads: the district (the default organization of the form), 我的反馈 and the cadres'
 * queue as paged lists wired to the page's scroll and pull-down.
 */
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Org } from '../../shared/org';
import { feedback, type AdminFeedback, type FeedbackKind, type MyFeedback } from '../api/feedback';
import { org as orgApi } from '../api/org';
import { failure } from '../api/transport';
import { usePagedList, type PagedList, type PageFetcher } from './use-paged-list';
import { useRequest, type RequestResult } from './use-request';

function usePageList<T extends { id: string }>(fetch: PageFetcher<T>, resetKey: string): PagedList<T> {
  const list = usePagedList<T>(fetch, (item) => item.id, resetKey);
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  return list;
}

/** The root of the tree (the district federation): where feedback goes unless the sender picks another. */
export function useDistrict(): RequestResult<Org | null> {
  return useRequest(async () => {
    const reply = await orgApi.children({ parentId: null });
    return reply.ok ? { ...reply, data: reply.data.items[0] ?? null } : reply;
  }, []);
}

export function useMyFeedback(): PagedList<MyFeedback> {
  return usePageList((cursor) => feedback.mine({ cursor }), 'mine');
}

export type QueueFilter = { status: 'open' | 'closed' | 'all'; assignedToMe: boolean };

export function useFeedbackQueue(
  grantId: string | null,
  kind: FeedbackKind,
  filter: QueueFilter,
): PagedList<AdminFeedback> {
  return usePageList(
    (cursor) =>
      grantId
        ? feedback.list({
            kind,
            grantId,
            cursor,
            status: filter.status,
            ...(filter.assignedToMe ? { assignedToMe: true } : {}),
          })
        : Promise.resolve(failure('NOT_FOUND')),
    `${grantId ?? ''}|${kind}|${filter.status}|${filter.assignedToMe ? 'me' : 'all'}`,
  );
}
