/**
 * The story as readers will see it: the cover cropped 16:9, title, worker · unit, the honour, and
 * the body through the reader's own `StoryBlocks`. Unfinished blocks are left out.
 */
import { Image, Text, View } from '@tarojs/components';
import { toRendered, type StoryDraft } from '../../lib/story-draft';
import { StoryBlocks } from '../story-blocks';
import './index.scss';

export function StoryPreview({ draft }: { draft: StoryDraft }) {
  // The reader's tags, in the server's order (content/story.service.ts `tagsOf`).
  const tags = [draft.industry.trim(), draft.category ?? '', draft.year.trim()].filter(Boolean);
  return (
    <View className="story-preview" ariaLabel="预览">
      <View className="story-preview__cover">
        {draft.cover?.url ? (
          <Image
            className="story-preview__img"
            src={draft.cover.url}
            mode="aspectFill"
            ariaLabel={`${draft.workerName}的故事封面`}
          />
        ) : null}
      </View>
      <View className="story-preview__head">
        <Text className="story-preview__title">{draft.title.trim() || '（未填写标题）'}</Text>
        <Text className="story-preview__meta">
          {draft.workerName.trim() || '劳模姓名'} · {draft.unitName.trim() || '工作单位'}
        </Text>
        <View className="story-preview__tags">
          {tags.map((tag) => (
            <Text key={tag} className="story-preview__tag">
              {tag}
            </Text>
          ))}
        </View>
      </View>
      <StoryBlocks blocks={toRendered(draft.blocks)} />
    </View>
  );
}
