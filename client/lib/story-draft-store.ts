/**
 * Unsaved story edits kept on the device, one per story (`new` for a story not yet saved), so a
 * closed page, a call or a crash never loses them. Cleared after a successful save.
 */
import Taro from '@tarojs/taro';
import type { StoryDraft } from './story-draft';

const PREFIX = 'laomo.storyDraft.';

export interface StoredDraft {
  /** The story's version the edits started from (null: a new story). */
  baseVersion: number | null;
  /** When the edits were last kept (ms since the epoch). */
  keptAt: number;
  draft: StoryDraft;
}

export const draftKey = (storyId: string | null) => `${PREFIX}${storyId ?? 'new'}`;

function isStored(value: unknown): value is StoredDraft {
  if (!value || typeof value !== 'object') return false;
  const draft = (value as { draft?: unknown }).draft;
  return (
    !!draft &&
    typeof draft === 'object' &&
    Array.isArray((draft as { blocks?: unknown }).blocks) &&
    typeof (draft as { title?: unknown }).title === 'string'
  );
}

export function readDraft(storyId: string | null): StoredDraft | null {
  try {
    const value: unknown = Taro.getStorageSync(draftKey(storyId));
    return isStored(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeDraft(storyId: string | null, stored: StoredDraft): void {
  try {
    Taro.setStorageSync(draftKey(storyId), stored);
  } catch {
    // Storage full: the edits stay on screen; saving to the server still works.
  }
}

export function clearDraft(storyId: string | null): void {
  try {
    Taro.removeStorageSync(draftKey(storyId));
  } catch {
    // Nothing to clear.
  }
}
