/**
 * A paged list in every state (cadres' lists, and 我的异议 / 我的反馈): skeleton rows while loading,
 * an error with retry, an empty state that says what to do (刷新, or the caller's action), the rows
 * (each in a CustomWrapper) and the list foot.
 */
import type { ReactNode } from 'react';
import { CustomWrapper, View } from '@tarojs/components';
import type { PagedList } from '../../hooks/use-paged-list';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { ListFoot } from '../list-foot';
import './index.scss';

export interface ManagedListProps<T extends { id: string }> {
  list: PagedList<T>;
  emptyTitle: string;
  emptyDescription: string;
  renderItem: (item: T) => ReactNode;
  /** The empty state's action; default 刷新. */
  emptyAction?: { text: string; onAction: () => void };
}

const SKELETONS = [0, 1, 2];

export function ManagedList<T extends { id: string }>({
  list,
  emptyTitle,
  emptyDescription,
  renderItem,
  emptyAction,
}: ManagedListProps<T>) {
  if (list.status === 'loading') {
    return (
      <View className="card managed-list" ariaLabel="正在加载">
        {SKELETONS.map((n) => (
          <View key={n} className="managed-list__skeleton">
            <View className="managed-list__bar" />
            <View className="managed-list__bar managed-list__bar--short" />
          </View>
        ))}
      </View>
    );
  }
  if (list.status === 'error') {
    return <ErrorState message={list.error?.message ?? ''} onRetry={() => void list.retry()} />;
  }
  if (list.status === 'empty') {
    return (
      <EmptyState
        title={emptyTitle}
        description={emptyDescription}
        actionText={emptyAction?.text ?? '刷新'}
        onAction={emptyAction?.onAction ?? (() => void list.refresh())}
      />
    );
  }
  return (
    <View className="card managed-list">
      {list.error ? <ErrorState compact message={list.error.message} onRetry={() => void list.retry()} /> : null}
      {list.items.map((item) => (
        <CustomWrapper key={item.id}>{renderItem(item)}</CustomWrapper>
      ))}
      <ListFoot list={list} />
    </View>
  );
}
