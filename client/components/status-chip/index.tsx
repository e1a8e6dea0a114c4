/** A record's status in a list or a header: 草稿, 已发布, 已下线, 已取消, 待人工复核 … */
import { Text } from '@tarojs/components';
import './index.scss';

export type ChipTone = 'draft' | 'live' | 'off' | 'warn';

export function StatusChip({ tone, text }: { tone: ChipTone; text: string }) {
  return <Text className={`status-chip status-chip--${tone}`}>{text}</Text>;
}

export const STORY_STATUS: Record<'draft' | 'published' | 'unpublished', { tone: ChipTone; text: string }> = {
  draft: { tone: 'draft', text: '草稿' },
  published: { tone: 'live', text: '已发布' },
  unpublished: { tone: 'off', text: '已下线' },
};

export const EVENT_STATUS: Record<'draft' | 'published' | 'cancelled', { tone: ChipTone; text: string }> = {
  draft: { tone: 'draft', text: '草稿' },
  published: { tone: 'live', text: '已发布' },
  cancelled: { tone: 'off', text: '已取消' },
};
