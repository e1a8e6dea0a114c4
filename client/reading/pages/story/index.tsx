/** Story detail: cover, title, worker, views, the like button, body blocks; shareable to a chat and to Moments. */
import { useEffect } from 'react';
import { CustomWrapper, Image, Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LikeButton } from '../../../components/like-button';
import { PageShell } from '../../../components/page-shell';
import { StoryBlocks } from '../../../components/story-blocks';
import { useStory } from '../../../hooks/use-story';
import { formatCount, formatDateZh } from '../../../lib/format';
import { goHome, storyUrl } from '../../../lib/routes';
import './index.scss';

export default function StoryPage() {
  const story = useStory();
  const title = story.data?.title;

  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [title]);
  useShareAppMessage(() => ({ title: title ?? '劳模故事', path: storyUrl(story.id) }));
  useShareTimeline(() => ({ title: title ?? '劳模故事', query: `id=${encodeURIComponent(story.id)}` }));

  if (story.status === 'error' && story.error.code === 'NOT_FOUND') {
    return (
      <PageShell>
        <EmptyState
          title="故事不存在或已下线"
          description="链接可能已失效。可以回到首页，看看其他劳模故事。"
          actionText="返回首页"
          onAction={goHome}
        />
      </PageShell>
    );
  }
  if (story.status === 'error') {
    return (
      <PageShell>
        <ErrorState message={story.error.message} onRetry={() => void story.reload()} />
      </PageShell>
    );
  }
  if (!story.data) {
    return (
      <PageShell className="story story--loading">
        <View className="story__cover skeleton-block" ariaLabel="正在加载" />
        <View className="story__head">
          <View className="skeleton-line" />
          <View className="skeleton-line skeleton-line--short" />
          <View className="skeleton-line" />
        </View>
      </PageShell>
    );
  }

  const s = story.data;
  return (
    <PageShell className="story">
      <View className="story__cover">
        <Image className="story__img" src={s.coverUrl} mode="aspectFill" ariaLabel={`${s.workerName}的故事封面`} />
      </View>
      <View className="story__head">
        <Text className="story__title">{s.title}</Text>
        <Text className="story__meta">
          {s.workerName} · {s.unitName}
        </Text>
        <View className="story__sub">
          <Text className="muted story__date">
            {formatDateZh(s.publishedAt)} · 阅读 {formatCount(s.views)}
          </Text>
          {/* Its own wrapper: on weapp a like re-renders the button, not the story. */}
          <CustomWrapper>
            <LikeButton key={s.id} storyId={s.id} liked={s.liked} likes={s.likes} />
          </CustomWrapper>
        </View>
        {s.tags.length > 0 ? (
          <View className="story__tags">
            {s.tags.map((tag) => (
              <Text key={tag} className="story__tag">
                {tag}
              </Text>
            ))}
          </View>
        ) : null}
      </View>
      <StoryBlocks blocks={s.blocks} />
    </PageShell>
  );
}
