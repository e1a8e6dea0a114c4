/** A story in a list: 16:9 cover, two-line title, worker · unit, tags, likes. Tap opens the story. */
import { memo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { StoryCard as Story } from '../../api/content';
import { formatCount } from '../../lib/format';
import { openStory } from '../../lib/routes';
import './index.scss';

const MAX_TAGS = 3;

export interface StoryCardProps {
  story: Story;
  onOpen?: (id: string) => void;
}

export const StoryCard = memo(function StoryCard({ story, onOpen = openStory }: StoryCardProps) {
  return (
    <View className="story-card" ariaRole="link" onClick={() => onOpen(story.id)}>
      <View className="story-card__cover">
        <Image
          className="story-card__img"
          src={story.coverUrl}
          mode="aspectFill"
          lazyLoad
          ariaLabel={`${story.workerName}的故事封面`}
        />
      </View>
      <View className="story-card__body">
        <Text className="story-card__title">{story.title}</Text>
        <Text className="story-card__meta">
          {story.workerName} · {story.unitName}
        </Text>
        <View className="story-card__foot">
          <View className="story-card__tags">
            {story.tags.slice(0, MAX_TAGS).map((tag) => (
              <Text key={tag} className="story-card__tag">
                {tag}
              </Text>
            ))}
          </View>
          <View className="story-card__likes" ariaLabel={`${story.likes} 人点赞`}>
            赞 {formatCount(story.likes)}
          </View>
        </View>
      </View>
    </View>
  );
});

/** The placeholder shown while the first page loads, shaped like a card. */
export function StoryCardSkeleton() {
  return (
    <View className="story-card story-card--skeleton" ariaLabel="正在加载">
      <View className="story-card__cover skeleton-block" />
      <View className="story-card__body">
        <View className="skeleton-line" />
        <View className="skeleton-line skeleton-line--short" />
      </View>
    </View>
  );
}
