/** The published stories list shared by 首页 and 劳模故事, wired to the page's scroll and pull-down. */
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { content, type StoryCard } from '../api/content';
import { usePagedList, type PagedList } from './use-paged-list';

const PAGE_SIZE = 10;

export function useStoryFeed(): PagedList<StoryCard> {
  const list = usePagedList<StoryCard>(
    (cursor) => content.listStories({ cursor, limit: PAGE_SIZE }),
    (story) => story.id,
  );
  useReachBottom(() => {
    void list.loadMore();
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  return list;
}
