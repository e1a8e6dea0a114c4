/** The foot of a paged list: loading, the end, a failed page with retry, or 加载更多. */
import { Text, View } from '@tarojs/components';
import type { PagedList } from '../../hooks/use-paged-list';
import { ErrorState } from '../error-state';
import './index.scss';

export function ListFoot({ list }: { list: PagedList<unknown> }) {
  if (list.moreError) return <ErrorState compact message={list.moreError.message} onRetry={() => void list.retry()} />;
  if (list.loadingMore) return <Text className="list-foot">正在加载…</Text>;
  if (!list.hasMore) return <Text className="list-foot">没有更多了</Text>;
  // Scrolling loads more; the button is for readers who cannot scroll to the very end.
  return (
    <View className="list-foot list-foot--more" ariaRole="button" onClick={() => void list.loadMore()}>
      加载更多
    </View>
  );
}
