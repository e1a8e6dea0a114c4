/**
 * 首页 in one call: `content.home` brings the running campaign, the first page of stories, the
 * next upcoming events and the open notice closing soonest; the story feed then pages on with
 * `listStories` from its `nextCursor`.
 * Pull-down refresh asks for `home` again (campaign and events included).
 */
import { useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { content, type Campaign, type EventCard, type HomeNotice, type StoryCard } from '../api/content';
import type { Reply } from '../../shared/envelope';
import { usePagedList, type Page, type PagedList } from './use-paged-list';

const PAGE_SIZE = 10;

export interface HomeExtras {
  campaign: Campaign | null;
  events: EventCard[];
  /** 正在公示: the open district or middle-tier notice closing soonest; null when none is open. */
  notice: HomeNotice | null;
  /** The server's time of the `home` reply: countdowns and "past" marks use it, not the phone's clock. */
  serverTime: string;
}

export interface HomeData {
  /** `null` until the first `home` reply. */
  extras: HomeExtras | null;
  feed: PagedList<StoryCard>;
}

export type HomeApi = Pick<typeof content, 'home' | 'listStories'>;

export function useHome(api: HomeApi = content): HomeData {
  const [extras, setExtras] = useState<HomeExtras | null>(null);
  // Only the latest `home` request may set the campaign and events.
  const latest = useRef(0);
  // Plain promises, not async/await: this is main-package code, and the transpiled state machine costs bytes.
  const fetchPage = (cursor: string | null): Promise<Reply<Page<StoryCard>>> => {
    if (cursor !== null) return api.listStories({ cursor, limit: PAGE_SIZE });
    const mine = ++latest.current;
    return api.home({}).then((reply) => {
      if (!reply.ok) return reply;
      const { campaign, events, notice, stories, nextCursor } = reply.data;
      if (mine === latest.current)
        setExtras({ campaign, events, notice: notice ?? null, serverTime: reply.serverTime });
      return { ok: true, data: { items: stories, nextCursor }, serverTime: reply.serverTime };
    });
  };
  const feed = usePagedList<StoryCard>(fetchPage, (s) => s.id);
  useReachBottom(() => {
    void feed.loadMore();
  });
  usePullDownRefresh(() => {
    void feed.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  return { extras, feed };
}
