/**
 * Unsaved nomination form edits kept on the device, one per file (`new.<round>.<unit>` before the
 * first save), so a closed page or a crash never loses them. Never the ID number: it is typed again.
 * Cleared after a successful save.
 */
import Taro from '@tarojs/taro';
import { formDraftKey, isKeptForm, type KeptForm } from './nomination';

export type FormTarget = { id: string } | { roundId: string; orgId: string };

export function readFormDraft(target: FormTarget): KeptForm | null {
  try {
    const value: unknown = Taro.getStorageSync(formDraftKey(target));
    return isKeptForm(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeFormDraft(target: FormTarget, kept: KeptForm): void {
  try {
    Taro.setStorageSync(formDraftKey(target), kept);
  } catch {
    // Storage full: the edits stay on screen; saving to the server still works.
  }
}

export function clearFormDraft(target: FormTarget): void {
  try {
    Taro.removeStorageSync(formDraftKey(target));
  } catch {
    // Nothing to clear.
  }
}
