/**
 * 劳模故事: a search box (the start of a name or a title), filter chips (行业 / 类别 / 年份, one at a
 * time), and the paged feed of what matches, with an empty state that says what to try.
 */
import { View } from '@tarojs/components';
import type { EmptyStateProps } from '../../components/empty-state';
import { PageShell } from '../../components/page-shell';
import { StoryFeed } from '../../components/story-feed';
import { StoryFilterBar } from '../../components/story-filter-bar';
import { StorySearch } from '../../components/story-search';
import { useStoryFeed } from '../../hooks/use-story-feed';
import { useStoryQuery, type StoryQueryState } from '../../hooks/use-story-query';
import { DIMENSION_ZH, dimensionOf, filterLabel } from '../../lib/story-filters';

const THIS_YEAR = new Date().getFullYear();

function emptyOf(q: StoryQueryState): EmptyStateProps | undefined {
  const { filter, search } = q.query;
  if (search) {
    return {
      title: `没有找到与“${search}”有关的故事`,
      description: '按姓名或标题的开头查找：可以少输几个字再试（如只输姓氏），或清除搜索后按类别浏览。',
      actionText: '清除搜索',
      onAction: q.clearSearch,
    };
  }
  if (filter) {
    return {
      title: `暂无${DIMENSION_ZH[dimensionOf(filter)]}为“${filterLabel(filter)}”的故事`,
      description: '换一个筛选条件试试，或查看全部劳模故事。',
      actionText: '查看全部',
      onAction: q.clear,
    };
  }
  return undefined;
}

function headingOf(q: StoryQueryState): string {
  if (q.query.search) return `搜索“${q.query.search}”`;
  if (q.query.filter) return `劳模故事 · ${filterLabel(q.query.filter)}`;
  return '劳模故事';
}

export default function StoriesPage() {
  const q = useStoryQuery();
  const feed = useStoryFeed(q.query);
  return (
    <PageShell className="stories-page">
      <StorySearch state={q} />
      <StoryFilterBar state={q} thisYear={THIS_YEAR} />
      <View className="section-title">{headingOf(q)}</View>
      <StoryFeed list={feed} empty={emptyOf(q)} />
    </PageShell>
  );
}
