/**
 * The campaign's featured stories, in its order, as compact rows above the feed. The home reply
 * names them by id; those among the loaded stories show (more appear as the feed pages on).
 */
import { Image, Text, View } from '@tarojs/components';
import type { StoryCard } from '../../api/content';
import { openStory } from '../../lib/routes';
import '../story-card/index.scss';
import './index.scss';

export function pickFeatured(ids: readonly string[], stories: readonly StoryCard[]): StoryCard[] {
  const byId = new Map(stories.map((s) => [s.id, s]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function FeaturedStories({ ids, stories }: { ids: readonly string[]; stories: readonly StoryCard[] }) {
  const featured = pickFeatured(ids, stories);
  if (featured.length === 0) return null;
  return (
    <View className="featured">
      <View className="section-title">宣传月推荐</View>
      <View className="card">
        {featured.map((s) => (
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
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
