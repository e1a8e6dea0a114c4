/**
 * The editor's bottom bar: the message of the last failed step, 保存 (progress, no double press), and
 * 发布 (a draft or an unpublished story) or 下线 (a published one), each confirmed in a sheet.
 */
import { Button, View } from '@tarojs/components';
import type { StoryMeta } from '../../hooks/use-story-editor';
import './index.scss';

export interface StoryEditBarProps {
  meta: StoryMeta | null;
  error: string | null;
  saving: boolean;
  busy: boolean;
  onSave: () => void;
  onPublish: () => void;
  onUnpublish: () => void;
}

export function StoryEditBar({ meta, error, saving, busy, onSave, onPublish, onUnpublish }: StoryEditBarProps) {
  const published = meta?.status === 'published';
  return (
    <View className="story-edit-bar">
      {error ? (
        <View className="story-edit-bar__error" ariaRole="alert">
          {error}
        </View>
      ) : null}
      <View className="story-edit-bar__buttons">
        <Button className={saving ? 'btn btn--busy' : 'btn'} disabled={busy} onClick={onSave}>
          {saving ? '正在保存…' : published ? '保存修改' : '保存草稿'}
        </Button>
        {published ? (
          <Button className="btn story-edit-bar__second" disabled={busy} onClick={onUnpublish}>
            下线
          </Button>
        ) : (
          <Button className="btn btn--primary story-edit-bar__second" disabled={busy} onClick={onPublish}>
            {meta?.status === 'unpublished' ? '重新发布' : '发布'}
          </Button>
        )}
      </View>
    </View>
  );
}
