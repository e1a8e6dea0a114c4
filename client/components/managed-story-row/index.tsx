/** A story in 故事管理: cover, two-line title, worker · unit, status, 待人工复核, unsaved edits on this device. */
import { memo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { ManagedStory } from '../../api/promotion';
import { formatDateZh } from '../../lib/format';
import { StatusChip, STORY_STATUS } from '../status-chip';
import './index.scss';

export interface ManagedStoryRowProps {
  story: ManagedStory;
  /** Unsaved edits of this story are kept on the device. */
  hasDraft: boolean;
  onOpen: (id: string) => void;
}

export const ManagedStoryRow = memo(function ManagedStoryRow({ story, hasDraft, onOpen }: ManagedStoryRowProps) {
  const status = STORY_STATUS[story.status];
  return (
    <View className="managed-story" ariaRole="link" onClick={() => onOpen(story.id)}>
      <View className="managed-story__cover">
        <Image className="managed-story__img" src={story.coverUrl} mode="aspectFill" lazyLoad ariaLabel="封面" />
      </View>
      <View className="managed-story__body">
        <Text className="managed-story__title">{story.title}</Text>
        <Text className="managed-story__meta">
          {story.workerName} · {story.unitName}
        </Text>
        <View className="managed-story__chips">
          <StatusChip tone={status.tone} text={status.text} />
          {story.needsReview ? <StatusChip tone="warn" text="待人工复核" /> : null}
          {hasDraft ? <StatusChip tone="warn" text="本机有未保存的修改" /> : null}
          {story.publishedAt ? <Text className="muted">{formatDateZh(story.publishedAt)}</Text> : null}
        </View>
      </View>
    </View>
  );
});
