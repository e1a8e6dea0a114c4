/** The lists of the events pages: upcoming events (by kind), volunteer bases, a base, my sign-ups. */
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { content, type BaseCard, type EventCard, type EventKind, type MySignup } from '../api/content';
import { failure } from '../api/transport';
import { usePagedList, type PagedList, type PageFetcher } from './use-paged-list';
import { useRequest, type RequestResult } from './use-request';

/** A paged list that follows the page's scroll and pull-down (the page config enables both). */
function usePageList<T>(fetchPage: PageFetcher<T>, keyOf: (item: T) => string, resetKey = ''): PagedList<T> {
  const list = usePagedList(fetchPage, keyOf, resetKey);
  useReachBottom(() => {
    void list.loadMore();
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  return list;
}

/** Upcoming events, soonest first; `kind` null: every kind. */
export function useEventList(kind: EventKind | null): PagedList<EventCard> {
  return usePageList(
    (cursor) => content.listEvents({ cursor, ...(kind ? { kind } : {}) }),
    (e) => e.id,
    kind ?? 'all',
  );
}

export function useBaseList(): PagedList<BaseCard> {
  return usePageList(
    (cursor) => content.listBases({ cursor }),
    (b) => b.id,
  );
}

export function useMySignups(): PagedList<MySignup> {
  return usePageList(
    (cursor) => content.mySignups({ cursor }),
    (s) => s.event.id,
  );
}

/** The route's `id`, decoded (a bad escape is kept as it came). */
export function useRouteId(): string {
  const value = useRouter().params.id;
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A volunteer base (by the route's `id`) and its activities. */
export function useBase(): { id: string; base: RequestResult<BaseCard>; events: PagedList<EventCard> } {
  const id = useRouteId();
  const base = useRequest(() => (id ? content.getBase({ id }) : Promise.resolve(failure('NOT_FOUND'))), [id]);
  const events = usePagedList(
    (cursor) => (id ? content.listEvents({ cursor, baseId: id }) : Promise.resolve(failure('NOT_FOUND'))),
    (e) => e.id,
    id,
  );
  useReachBottom(() => {
    void events.loadMore();
  });
  usePullDownRefresh(() => {
    void Promise.all([base.reload(), events.refresh()]).finally(() => Taro.stopPullDownRefresh());
  });
  return { id, base, events };
}
