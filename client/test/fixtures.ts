/** Test data shaped by the shared schemas. */
import type { Campaign, EventCard, EventDetail, StoryCard } from '../api/content';
import type { ErrorReply, OkReply } from '../../shared/envelope';
import { ERROR_MESSAGES_ZH, type ErrorCode } from '../../shared/errors';

export function story(n: number, overrides: Partial<StoryCard> = {}): StoryCard {
  return {
    id: `story-${n}`,
    title: `第 ${n} 个劳模故事：三十年坚守一线的技术能手`,
    summary: '摘要',
    coverUrl: `/files/cover-${n}.jpg`,
    workerName: `王${n}`,
    unitName: '示范区公交集团',
    tags: ['工匠', '技术创新'],
    likes: 12,
    publishedAt: '2025-04-30T16:00:00Z',
    ...overrides,
  };
}

export function ok<T>(data: T): OkReply<T> {
  return { ok: true, data, serverTime: '2025-05-01T00:00:00Z' };
}

export function fail(code: ErrorCode, extra: Partial<ErrorReply> = {}): ErrorReply {
  return { ok: false, code, message: ERROR_MESSAGES_ZH[code], ...extra };
}

/** A promise with its resolve exposed, to hold a reply until the test releases it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** The demo campaign of May 2027 (as `content.home` returns it in its dates). */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'campaign-2027',
    theme: '2027年劳模宣传月：劳动最光荣',
    startsAt: '2027-04-30T16:00:00.000Z',
    endsAt: '2027-05-31T16:00:00.000Z',
    bannerUrl: '/files/demo/campaign-2027.svg',
    spirit: ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'],
    featuredStories: [story(3), story(1)],
    schedule: [
      { date: '2027-05-01', title: '启动仪式暨劳模故事发布' },
      { date: '2027-05-08', title: '劳模故事分享会' },
      { date: '2027-05-20', title: '劳模大讲堂：匠心与创新' },
    ],
    ...overrides,
  };
}

export function eventCard(n: number, overrides: Partial<EventCard> = {}): EventCard {
  return {
    id: `event-${n}`,
    kind: 'lecture',
    title: `第 ${n} 场劳模大讲堂：匠心与创新`,
    startsAt: '2027-05-20T06:00:00.000Z',
    endsAt: '2027-05-20T08:00:00.000Z',
    place: '示范区职工之家报告厅',
    capacity: 120,
    signedUp: 12,
    orgName: '示范区总工会',
    ...overrides,
  };
}

export function eventDetail(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    ...eventCard(1),
    description: '劳模大讲堂。欢迎职工和市民报名参加，名额有限，报满即止。',
    mySignup: null,
    ...overrides,
  };
}
