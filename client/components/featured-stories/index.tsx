/**
 * The campaign's featured stories, in its order, as compact rows above the feed. The home reply
 * brings them as story cards (cover, title, worker, unit, summary), whether or not they are among
 * the newest stories of the feed.
 */
import { Image, Text, View } from '@tarojs/components';
import type { StoryCard } from '../../api/content';
import { openStory } from '../../lib/routes';
import '../story-card/index.scss';
import './index.scss';

export function FeaturedStories({ stories }: { stories: readonly StoryCard[] }) {
  if (stories.length === 0) return null;
  return (
    <View className="featured">
      <View className="section-title">宣传月推荐</View>
      <View className="card">
        {stories.map((s) => (
          <View key={s.id} className="featured__row" ariaRole="link" onClick={() => openStory(s.id)}>
            <View className="featured__cover">
              <Image
                className="featured__img"
                src={s.coverUrl}
                mode="aspectFill"
                lazyLoad
                ariaLabel={`${s.workerName}的故事封面`}
              />
            </View>
            <View className="featured__text">
              <Text className="featured__title">{s.title}</Text>
              <Text className="featured__meta">
                {s.workerName} · {s.unitName}
              </Text>
              <Text className="featured__summary">{s.summary}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
