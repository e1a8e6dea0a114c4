/** A list of story cards in every state: skeleton, empty, error with retry, items, paging foot. */
import { CustomWrapper, View } from '@tarojs/components';
import type { StoryCard as Story } from '../../api/content';
import type { PagedList } from '../../hooks/use-paged-list';
import { EmptyState, type EmptyStateProps } from '../empty-state';
import { ErrorState } from '../error-state';
import { StoryCard, StoryCardSkeleton } from '../story-card';
import './index.scss';

const SKELETONS = [0, 1, 2];

export interface StoryFeedProps {
  list: PagedList<Story>;
  /** What to say (and offer) when nothing matches; the default speaks of an empty library. */
  empty?: EmptyStateProps;
}

export function StoryFeed({ list, empty }: StoryFeedProps) {
  if (list.status === 'loading') {
    return (
      <View className="story-feed">
        {SKELETONS.map((n) => (
          <StoryCardSkeleton key={n} />
        ))}
      </View>
    );
  }
  if (list.status === 'error') {
    return <ErrorState message={list.error?.message ?? ''} onRetry={() => void list.retry()} />;
  }
  if (list.status === 'empty') {
    if (empty) return <EmptyState {...empty} />;
    return (
      <EmptyState
        title="还没有发布劳模故事"
        description="劳模故事经工会审核发布后会显示在这里。下拉页面可以刷新，也可以先去「公示」看看正在进行的评选。"
        actionText="刷新"
        onAction={() => void list.refresh()}
      />
    );
  }
  return (
    <View className="story-feed">
      {list.error ? (
        <ErrorState compact message={`刷新失败：${list.error.message}`} onRetry={() => void list.retry()} />
      ) : null}
      {list.items.map((story) => (
        // Each card in its own wrapper: on weapp a change re-renders one card, not the page.
        <CustomWrapper key={story.id}>
          <StoryCard story={story} />
        </CustomWrapper>
      ))}
      <FeedFoot list={list} />
    </View>
  );
}

function FeedFoot({ list }: { list: PagedList<Story> }) {
  if (list.moreError) return <ErrorState compact message={list.moreError.message} onRetry={() => void list.retry()} />;
  // The same element type in every state: swapping a View for a Text would make Taro re-send the
  // whole list (every card already shown) instead of one text node when a page starts loading.
  if (list.loadingMore) return <View className="story-feed__foot">正在加载…</View>;
  if (!list.hasMore) return <View className="story-feed__foot">没有更多了</View>;
  // More exists: scrolling loads it; the button is for readers who cannot scroll to the very end.
  return (
    <View className="story-feed__foot story-feed__more" ariaRole="button" onClick={() => void list.loadMore()}>
      加载更多
    </View>
  );
}
