/**
 * The published stories list of 劳模故事 (all, one filter, or a search), wired to the page's scroll
 * and pull-down. A new query starts the list over from its skeleton.
 */
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { content, type StoryCard } from '../api/content';
import type { StoryQuery } from '../lib/story-filters';
import { usePagedList, type PagedList } from './use-paged-list';

const PAGE_SIZE = 10;

export function useStoryFeed(query: StoryQuery = {}): PagedList<StoryCard> {
  const { filter, search } = query;
  const list = usePagedList<StoryCard>(
    (cursor) =>
      search
        ? content.listStories({ search })
        : content.listStories({ cursor, limit: PAGE_SIZE, ...(filter ? { filter } : {}) }),
    (story) => story.id,
    JSON.stringify(query),
  );
  useReachBottom(() => {
    void list.loadMore();
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  return list;
}
