/** Page routes in one place, so a moved page (main package ↔ subpackage) is one edit. */
import Taro from '@tarojs/taro';

export const ROUTES = {
  home: '/pages/index/index',
  stories: '/pages/stories/index',
  notices: '/pages/notices/index',
  me: '/pages/me/index',
  story: '/reading/pages/story/index',
  events: '/reading/pages/events/index',
  event: '/reading/pages/event/index',
  bases: '/reading/pages/bases/index',
  base: '/reading/pages/base/index',
  mySignups: '/reading/pages/my-signups/index',
  cadreHome: '/cadre/pages/home/index',
  cadreOrgs: '/cadre/pages/orgs/index',
  cadreInvite: '/cadre/pages/invite/index',
  cadreStories: '/cadre/pages/stories/index',
  cadreStoryEdit: '/cadre/pages/story-edit/index',
  cadreEvents: '/cadre/pages/events-admin/index',
  cadreBases: '/cadre/pages/bases-admin/index',
  cadreCampaign: '/cadre/pages/campaign-edit/index',
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

export function eventUrl(id: string): string {
  return `${ROUTES.event}?id=${encodeURIComponent(id)}`;
}

export function openEvent(id: string): void {
  void Taro.navigateTo({ url: eventUrl(id) });
}

export function openBase(id: string): void {
  void Taro.navigateTo({ url: `${ROUTES.base}?id=${encodeURIComponent(id)}` });
}

/** A list page of the reading subpackage: events, bases, my sign-ups. */
export function openPage(route: (typeof ROUTES)['events' | 'bases' | 'mySignups']): void {
  void Taro.navigateTo({ url: route });
}
