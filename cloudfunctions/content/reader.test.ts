/**
 * What readers do: the home page in one call (campaign mode in May), filters and search, one like
 * per person, views without a write per view, event sign-up within capacity, cancel, check-in.
 */
import type { EventDetail, StoryCard, StoryDetail } from '../../shared/actions/content.schema';
import { C } from '../_platform/collections';
import { rid, startTestApp, type TestApp } from '../_local/testing';
import type { NoticeDoc } from '../notice/notice.records';
import { FLUSH_VIEWS } from './story-stats';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

type Home = {
  campaign: { theme: string; spirit: string[]; featuredStories: StoryCard[] } | null;
  stories: StoryCard[];
  events: { id: string }[];
};

describe('home', () => {
  it('is one call with five reads, and switches to the campaign during its dates', async () => {
    app.clock.set(new Date('2026-12-01T02:00:00.000Z'));
    app.store.reset();
    const before = await app.call<Home>('content', 'home', {}, { openid: null });
    // Campaign, stories, events, the open notice, then the counters of the stories shown.
    expect(app.store.counts.reads).toBe(5);
    expect(before).toMatchObject({ ok: true, data: { campaign: null } });
    if (!before.ok) throw new Error(before.code);
    expect(before.data.stories).toHaveLength(10);
    expect(before.data.events.map((e) => e.id)).toEqual(['event-04', 'event-03', 'event-02']);

    app.clock.set(new Date('2027-05-08T02:00:00.000Z'));
    const may = await app.call<Home>('content', 'home', {}, { openid: null });
    expect(may).toMatchObject({ ok: true, data: { campaign: { theme: '2027年劳模宣传月：劳动最光荣' } } });
    if (!may.ok) throw new Error(may.code);
    expect(may.data.campaign!.spirit).toEqual(['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献']);

    app.clock.set(new Date('2027-06-02T02:00:00.000Z'));
    expect(await app.call<Home>('content', 'home', {}, { openid: null })).toMatchObject({
      ok: true,
      data: { campaign: null },
    });
  });

  it('brings the featured stories as cards in the campaign’s order: one batched read for those not on the page', async () => {
    app.clock.set(new Date('2027-05-08T02:00:00.000Z'));
    app.store.reset();
    const may = await app.call<Home>('content', 'home', {}, { openid: null });
    if (!may.ok) throw new Error(may.code);
    // story-02 is older than the first page of ten: campaign, stories, events, notice, then counters + story-02.
    expect(app.store.counts.reads).toBe(6);
    expect(may.data.stories.map((s) => s.id)).not.toContain('story-02');
    const featured = may.data.campaign!.featuredStories;
    expect(featured.map((s) => s.id)).toEqual(['story-12', 'story-05', 'story-02']);
    const likes = (await app.ports.store.get(C.storyStats, 'story-02'))!.likes as number;
    expect(featured[2]).toEqual({
      id: 'story-02',
      title: '社区里的“家庭医生”：守护三千户居民健康',
      summary: expect.stringContaining('王秀兰'),
      coverUrl: '/files/demo/cover-mw-02.svg',
      workerName: '王秀兰',
      unitName: '东湖社区卫生服务中心',
      tags: ['医疗卫生', '劳动模范', '2026'],
      likes,
      publishedAt: expect.any(String),
    });
    // A featured story on the page is the same card as in the feed.
    expect(featured[0]).toEqual(may.data.stories.find((s) => s.id === 'story-12'));

    // When every featured story is on the page: five reads.
    const campaign = (await app.ports.store.get(C.campaigns, 'campaign-2027'))!;
    await app.ports.store.update(C.campaigns, 'campaign-2027', campaign.version, {
      featuredStoryIds: ['story-11', 'story-05', 'story-12'],
    });
    app.store.reset();
    const onPage = await app.call<Home>('content', 'home', {}, { openid: null });
    if (!onPage.ok) throw new Error(onPage.code);
    expect(app.store.counts.reads).toBe(5);
    expect(onPage.data.campaign!.featuredStories.map((s) => s.id)).toEqual(['story-11', 'story-05', 'story-12']);

    // An unpublished featured story is left out.
    const s05 = (await app.ports.store.get(C.stories, 'story-05'))!;
    await app.ports.store.update(C.stories, 'story-05', s05.version, { status: 'unpublished' });
    const again = await app.call<Home>('content', 'home', {}, { openid: null });
    if (!again.ok) throw new Error(again.code);
    expect(again.data.campaign!.featuredStories.map((s) => s.id)).toEqual(['story-11', 'story-12']);
  });
});

describe('home: the open notice', () => {
  const NOW = new Date('2026-10-10T02:00:00.000Z');
  async function insertNotice(id: string, tier: NoticeDoc['tier'], closesAt: string, listed = 2): Promise<void> {
    const entry = (n: number, status: 'listed' | 'left') => ({
      nominationId: `${id}-nom-${n}`,
      name: `人选${n}`,
      gender: null,
      unitName: '东湖公交客运公司',
      position: '驾驶员',
      titleSought: '示范区劳动模范',
      shortDeeds: '事迹',
      status,
      statement: null,
    });
    await app.ports.store.insert(C.notices, {
      id,
      roundId: 'round-2027',
      roundName: '2027年示范区劳动模范评选',
      stageIndex: 4,
      tier,
      onTab: tier !== 'grassroots',
      orgId: 'district',
      orgName: '示范区总工会',
      orgPathKey: '/district/',
      title: `${id} 推荐人选公示`,
      rule: { kind: 'workingDays', days: 5 },
      opensAt: '2026-10-08T00:00:00.000Z',
      closesAt,
      firstDay: '2026-10-08',
      lastDay: '2026-10-14',
      days: [],
      periodSource: 'calendar',
      office: { name: '评选办', phone: '010-12345678', address: '示范区工会大厦' },
      entries: [...Array.from({ length: listed }, (_, i) => entry(i + 1, 'listed')), entry(9, 'left')],
      posting: null,
      settledAt: null,
      createdAt: '2026-10-08T00:00:00.000Z',
      createdBy: 'demo-district',
      updatedAt: '2026-10-08T00:00:00.000Z',
    });
  }
  const homeNotice = async () => {
    const reply = await app.call<Home & { notice?: unknown }>('content', 'home', {}, { openid: null });
    if (!reply.ok) throw new Error(reply.code);
    return reply.data.notice;
  };

  it('brings the district or middle-tier notice closing soonest in one read; none when none is open', async () => {
    app.clock.set(NOW);
    expect(await homeNotice()).toBeUndefined();
    await insertNotice('n-closed', 'district', '2026-10-09T16:00:00.000Z');
    await insertNotice('n-unit', 'grassroots', '2026-10-11T16:00:00.000Z');
    await insertNotice('n-later', 'district', '2026-10-20T16:00:00.000Z');
    await insertNotice('n-middle', 'middle', '2026-10-14T16:00:00.000Z', 3);
    app.store.reset();
    expect(await homeNotice()).toEqual({
      id: 'n-middle',
      title: 'n-middle 推荐人选公示',
      tier: 'middle',
      orgName: '示范区总工会',
      closesAt: '2026-10-14T16:00:00.000Z',
      nomineeCount: 3,
    });
    expect(app.store.counts.reads).toBe(5);
    app.clock.set(new Date('2026-10-21T02:00:00.000Z'));
    expect(await homeNotice()).toBeUndefined();
  });
});

describe('stories', () => {
  const list = async (data: Record<string, unknown>) => {
    const reply = await app.call<{ items: StoryCard[] }>('content', 'listStories', data, { openid: null });
    if (!reply.ok) throw new Error(reply.code);
    return reply.data.items;
  };

  it('filters by industry, category and year', async () => {
    expect((await list({ filter: { industry: '电力' } })).map((s) => s.workerName).sort()).toEqual(
      ['张海峰', '黄伟'].sort(),
    );
    expect((await list({ filter: { category: '五一劳动奖章' } })).every((s) => s.tags.includes('五一劳动奖章'))).toBe(
      true,
    );
    expect(await list({ filter: { year: 2025 } })).toHaveLength(4);
  });

  it('searches by the start of a name or a title', async () => {
    expect((await list({ search: '林小' })).map((s) => s.id)).toEqual(['story-12']);
    expect((await list({ search: '高压线' })).map((s) => s.id)).toEqual(['story-11']);
    expect(await list({ search: '不存在的人' })).toEqual([]);
  });

  it('allows one like per person', async () => {
    const like = (openid: string) =>
      app.call<{ likes: number }>('content', 'likeStory', { id: 'story-01' }, { openid });
    const start = (await app.ports.store.get(C.storyStats, 'story-01'))!.likes as number;
    expect(await like('demo-public')).toMatchObject({ ok: true, data: { likes: start + 1 } });
    expect(await like('demo-public')).toMatchObject({ ok: true, data: { likes: start + 1 } });
    expect(await like('demo-worker')).toMatchObject({ ok: true, data: { likes: start + 2 } });
    expect(await app.call('content', 'likeStory', { id: 'story-01' }, { openid: null })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    const detail = await app.call<StoryDetail>('content', 'getStory', { id: 'story-01' }, { openid: 'demo-public' });
    expect(detail).toMatchObject({ ok: true, data: { liked: true, likes: start + 2 } });
  });

  it('counts views without a database write per view, in batches', async () => {
    const start = (await app.ports.store.get(C.storyStats, 'story-02'))!.views as number;
    app.store.reset();
    for (let i = 0; i < FLUSH_VIEWS - 1; i++)
      await app.call('content', 'getStory', { id: 'story-02' }, { openid: null });
    expect(app.store.counts.writes).toBe(0);
    const reply = await app.call<StoryDetail>('content', 'getStory', { id: 'story-02' }, { openid: null });
    expect(app.store.counts.writes).toBe(1);
    expect(reply).toMatchObject({ ok: true });
    expect((await app.ports.store.get(C.storyStats, 'story-02'))!.views).toBe(start + FLUSH_VIEWS);
  });
});

describe('events', () => {
  const personas = Array.from({ length: 50 }, (_, i) => `reader-${i}`);

  it('50 parallel sign-ups for the last 10 seats yield exactly 10', async () => {
    app.clock.set(new Date('2026-12-01T02:00:00.000Z'));
    const replies = await Promise.all(
      personas.map((openid) => app.call('content', 'signUp', { eventId: 'event-03' }, { openid, requestId: rid() })),
    );
    const ok = replies.filter((r) => r.ok);
    expect(ok).toHaveLength(10);
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && (r.code === 'EVENT_FULL' || r.code === 'CONFLICT'))).toBe(
      true,
    );
    expect(await app.ports.store.count(C.signups, { eventId: 'event-03', status: 'signedUp' })).toBe(10);
    expect(await app.ports.store.get(C.events, 'event-03')).toMatchObject({ signedUp: 10 });
  });

  it('one sign-up per person; cancel frees the seat; check-in by code credits volunteer hours', async () => {
    app.clock.set(new Date('2026-12-01T02:00:00.000Z'));
    const signUp = () =>
      app.call('content', 'signUp', { eventId: 'event-04' }, { openid: 'demo-public', requestId: rid() });
    expect(await signUp()).toMatchObject({ ok: true, data: { signedUp: 1 } });
    expect(await signUp()).toMatchObject({ ok: true, data: { status: 'signedUp', signedUp: 1 } });
    expect(
      await app.call('content', 'cancelSignUp', { eventId: 'event-04' }, { openid: 'demo-public', requestId: rid() }),
    ).toMatchObject({ ok: true });
    expect(await app.ports.store.get(C.events, 'event-04')).toMatchObject({ signedUp: 0 });
    expect(await signUp()).toMatchObject({ ok: true, data: { signedUp: 1 } });

    const event = (await app.ports.store.get(C.events, 'event-04'))!;
    const checkIn = (code: string) =>
      app.call('content', 'checkIn', { eventId: 'event-04', code }, { openid: 'demo-public', requestId: rid() });
    expect(await checkIn(String(event.checkinCode))).toMatchObject({ ok: false, code: 'EVENT_CLOSED' });
    app.clock.set(new Date(new Date(String(event.startsAt)).getTime() + 600_000));
    expect(await checkIn('000000')).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await checkIn(String(event.checkinCode))).toMatchObject({
      ok: true,
      data: { status: 'checkedIn', hours: 3 },
    });

    const mine = await app.call<{ items: { event: { id: string }; status: string }[] }>(
      'content',
      'mySignups',
      {},
      { openid: 'demo-public' },
    );
    expect(mine).toMatchObject({ ok: true, data: { items: [{ event: { id: 'event-04' }, status: 'checkedIn' }] } });
    const detail = await app.call<EventDetail>('content', 'getEvent', { id: 'event-04' }, { openid: 'demo-public' });
    expect(detail).toMatchObject({ ok: true, data: { mySignup: { status: 'checkedIn' } } });
    expect(JSON.stringify(detail)).not.toContain(String(event.checkinCode));
  });

  it('refuses a sign-up after the event', async () => {
    app.clock.set(new Date('2028-01-01T00:00:00.000Z'));
    expect(
      await app.call('content', 'signUp', { eventId: 'event-01' }, { openid: 'demo-public', requestId: rid() }),
    ).toMatchObject({ ok: false, code: 'EVENT_CLOSED' });
  });
});
