/** The top of the story editor: status, unsaved edits (restored ones can be thrown away), 编辑 / 预览. */
import { Text, View } from '@tarojs/components';
import type { StoryMeta } from '../../hooks/use-story-editor';
import { StatusChip, STORY_STATUS } from '../status-chip';
import './index.scss';

export interface StoryEditHeadProps {
  meta: StoryMeta | null;
  dirty: boolean;
  restored: boolean;
  notice: string | null;
  onDiscard: () => void;
  mode: 'edit' | 'preview';
  onMode: (mode: 'edit' | 'preview') => void;
}

export function StoryEditHead({ meta, dirty, restored, notice, onDiscard, mode, onMode }: StoryEditHeadProps) {
  const status = meta ? STORY_STATUS[meta.status] : { tone: 'draft' as const, text: '新故事' };
  return (
    <View className="story-edit-head">
      <View className="story-edit-head__status">
        <StatusChip tone={status.tone} text={status.text} />
        {meta?.needsReview ? <StatusChip tone="warn" text="待人工复核" /> : null}
        <Text className="muted">{dirty ? '有未保存的修改（已暂存在本机）' : meta ? '已保存' : ''}</Text>
      </View>
      {restored ? (
        <View className="story-edit-head__notice" ariaRole="status">
          <Text>已恢复您上次未保存的修改。</Text>
          <View className="story-edit-head__link" ariaRole="button" onClick={onDiscard}>
            放弃修改
          </View>
        </View>
      ) : null}
      {meta?.status === 'published' ? (
        <Text className="muted story-edit-head__hint">这篇故事已发布：保存后修改立即对读者生效。</Text>
      ) : null}
      {notice ? (
        <View className="story-edit-head__notice" ariaRole="status">
          {notice}
        </View>
      ) : null}
      <View className="story-edit-head__tabs" ariaRole="tablist">
        {(['edit', 'preview'] as const).map((m) => (
          <View
            key={m}
            className={m === mode ? 'story-edit-head__tab story-edit-head__tab--on' : 'story-edit-head__tab'}
            ariaRole="tab"
            aria-selected={m === mode}
            onClick={() => onMode(m)}
          >
            {m === 'edit' ? '编辑' : '预览'}
          </View>
        ))}
      </View>
    </View>
  );
}
