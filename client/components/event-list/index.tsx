/** A paged list of events in every state: skeleton, empty (what to do), error with retry, items, foot. */
import type { ReactNode } from 'react';
import { CustomWrapper, View } from '@tarojs/components';
import type { EventCard as Event } from '../../api/content';
import type { PagedList } from '../../hooks/use-paged-list';
import { EmptyState, type EmptyStateProps } from '../empty-state';
import { ErrorState } from '../error-state';
import { EventCard, EventCardSkeleton } from '../event-card';
import { ListFoot } from '../list-foot';

export interface EventListProps<T> {
  list: PagedList<T>;
  eventOf: (item: T) => Event;
  empty: EmptyStateProps;
  badgeOf?: (item: T) => ReactNode;
}

export function EventList<T>({ list, eventOf, empty, badgeOf }: EventListProps<T>) {
  if (list.status === 'loading') {
    return (
      <View className="event-list">
        <EventCardSkeleton />
        <EventCardSkeleton />
      </View>
    );
  }
  if (list.status === 'error') {
    return <ErrorState message={list.error?.message ?? ''} onRetry={() => void list.retry()} />;
  }
  if (list.status === 'empty') return <EmptyState {...empty} />;
  return (
    <View className="event-list">
      {list.error ? (
        <ErrorState compact message={`刷新失败：${list.error.message}`} onRetry={() => void list.retry()} />
      ) : null}
      {list.items.map((item) => {
        const event = eventOf(item);
        return (
          // One wrapper per card: on weapp a change re-renders one card, not the list.
          <CustomWrapper key={event.id}>
            <EventCard event={event} badge={badgeOf?.(item)} />
          </CustomWrapper>
        );
      })}
      <ListFoot list={list as PagedList<unknown>} />
    </View>
  );
}
