/** Page routes in one place, so a moved page (main package ↔ subpackage) is one edit. */
import Taro from '@tarojs/taro';

export const ROUTES = {
  home: '/pages/index/index',
  stories: '/pages/stories/index',
  notices: '/pages/notices/index',
  me: '/pages/me/index',
  story: '/reading/pages/story/index',
  cadreHome: '/cadre/pages/home/index',
  cadreOrgs: '/cadre/pages/orgs/index',
  cadreInvite: '/cadre/pages/invite/index',
} as const;

export function storyUrl(id: string): string {
  return `${ROUTES.story}?id=${encodeURIComponent(id)}`;
}

export function openStory(id: string): void {
  void Taro.navigateTo({ url: storyUrl(id) });
}

export function goHome(): void {
  void Taro.switchTab({ url: ROUTES.home });
}

export function openCadreHome(): void {
  void Taro.navigateTo({ url: ROUTES.cadreHome });
}
