/**
 * The 待办 count on the 我的 tab (index 3 in app.config.ts): set when there is something, removed
 * when there is nothing. A platform refusal (e.g. not on a tab page) is ignored: the count also
 * shows on the 工作台.
 */
import Taro from '@tarojs/taro';

export const ME_TAB_INDEX = 3;

export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

export function showTodoBadge(count: number): void {
  try {
    const done =
      count > 0
        ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: badgeText(count) })
        : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
    void Promise.resolve(done).catch(() => undefined);
  } catch {
    // No tab bar here.
  }
}
