/** 首页 as a page: one `content.home` call; campaign mode or the usual header; events; the feed pages on. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { campaign, eventCard, fail, story } from '../../test/fixtures';
import { fakeBackend } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import HomePage from './index';

afterEach(() => taroTest.reset());

const NOW = '2027-05-08T02:00:00.000Z';
const at = <T,>(data: T) => ({ ok: true as const, data, serverTime: NOW });
const STORIES = [story(1), story(2), story(3)];
/** The campaign's featured cards, in its order: story-9 is not among the newest (not in the feed). */
const FEATURED = [story(3), story(9, { summary: '老街区里的“万能修理工”。', unitName: '花园物业服务公司' }), story(1)];

function home(withCampaign: boolean, events = [eventCard(1), eventCard(2, { kind: 'campus', signedUp: 120 })]) {
  return fakeBackend({
    'content.home': () =>
      at({
        campaign: withCampaign ? campaign({ featuredStories: FEATURED }) : null,
        stories: STORIES,
        nextCursor: 'c2',
        events,
      }),
    'content.listStories': () => at({ items: [story(4)], nextCursor: null }),
  });
}

describe('首页', () => {
  it('in the campaign: banner, theme, the six phrases, featured stories first, schedule, events — in one call', async () => {
    const { calls } = home(true);
    const { container } = render(<HomePage />);
    await screen.findByText('2027年劳模宣传月：劳动最光荣');
    expect(Array.from(container.querySelectorAll('.campaign__phrase')).map((el) => el.textContent)).toHaveLength(6);
    expect(screen.getByText('甘于奉献')).toBeTruthy();
    // Featured as the reply's cards in the campaign's order, above the feed, one not in the feed among them.
    expect(Array.from(container.querySelectorAll('.featured__title')).map((el) => el.textContent)).toEqual(
      FEATURED.map((s) => s.title),
    );
    expect(screen.getByText('老街区里的“万能修理工”。')).toBeTruthy();
    expect(screen.getByText('王9 · 花园物业服务公司')).toBeTruthy();
    expect(container.querySelector('.featured [aria-label="王9的故事封面"]')).toBeTruthy();
    expect(container.querySelectorAll('.story-card')).toHaveLength(3); // story-9 is not added to the feed
    expect(screen.getByText('宣传月日程')).toBeTruthy();
    expect(screen.getByText('劳模故事分享会')).toBeTruthy();
    expect(container.querySelector('.home-header')).toBeNull();
    expect(container.querySelectorAll('.event-card')).toHaveLength(2);
    expect(screen.getByText('名额已满（120人）')).toBeTruthy();
    // This year's events leave the year out (server time).
    expect(screen.getAllByText('5月20日 周四 14:00–16:00')).toHaveLength(2);
    expect(calls).toEqual([{ key: 'content.home', data: {} }]);

    fireEvent.click(container.querySelectorAll('.featured__row')[1]!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/reading/pages/story/index?id=story-9' });
    fireEvent.click(screen.getByText('第 1 场劳模大讲堂：匠心与创新'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/reading/pages/event/index?id=event-1' });
  });

  it('leaves campaign mode on the next refresh once the campaign is unpublished', async () => {
    let running = true;
    fakeBackend({
      'content.home': () =>
        at({
          campaign: running ? campaign({ featuredStories: FEATURED }) : null,
          stories: STORIES,
          nextCursor: null,
          events: [],
        }),
    });
    const { container } = render(<HomePage />);
    await screen.findByText('2027年劳模宣传月：劳动最光荣');
    running = false; // a district cadre took it down (promotion.unpublishCampaign)
    await act(async () => {
      await taroTest.fire('pullDownRefresh');
    });
    await screen.findByText('劳模风采');
    expect(container.querySelector('.campaign')).toBeNull();
    expect(container.querySelector('.featured')).toBeNull();
    expect(screen.queryByText('宣传月日程')).toBeNull();
  });

  it('pages on with listStories from the home cursor', async () => {
    const { calls } = home(false);
    render(<HomePage />);
    await screen.findByText(STORIES[0]!.title);
    act(() => void taroTest.fire('reachBottom'));
    await screen.findByText(story(4).title);
    expect(calls.map((c) => c.key)).toEqual(['content.home', 'content.listStories']);
    expect(calls[1]!.data).toEqual({ cursor: 'c2', limit: 10 });
  });

  it('outside the campaign: the usual header, no featured strip, and says when no event is coming', async () => {
    home(false, []);
    const { container } = render(<HomePage />);
    await screen.findByText('劳模风采');
    expect(container.querySelector('.campaign')).toBeNull();
    expect(container.querySelector('.featured')).toBeNull();
    expect(screen.getByText(/近期暂无活动/)).toBeTruthy();
  });

  it('shows one error with 重试 when home fails, and retry asks again', async () => {
    let failing = true;
    const { calls } = fakeBackend({
      'content.home': () =>
        failing ? fail('INTERNAL') : at({ campaign: null, stories: STORIES, nextCursor: null, events: [] }),
    });
    const { container } = render(<HomePage />);
    await screen.findByText('服务暂时不可用，请稍后重试');
    expect(container.querySelectorAll('.error-state')).toHaveLength(1);
    expect(screen.getByText('劳模风采')).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByText('重试'));
    await screen.findByText(STORIES[0]!.title);
    expect(calls.map((c) => c.key)).toEqual(['content.home', 'content.home']);
  });

  it('shows the open notice closing soonest as a card that opens it; none without one', async () => {
    fakeBackend({
      'content.home': () =>
        at({
          campaign: null,
          stories: STORIES,
          nextCursor: null,
          events: [],
          notice: {
            id: 'notice-9',
            title: '2027年示范区劳动模范推荐人选公示',
            tier: 'district',
            orgName: '示范区总工会',
            closesAt: '2027-05-11T16:00:00.000Z',
            nomineeCount: 12,
          },
        }),
    });
    const { container } = render(<HomePage />);
    await screen.findByText('2027年示范区劳动模范推荐人选公示');
    expect(screen.getByText('正在公示')).toBeTruthy();
    expect(screen.getByText('示范区总工会 · 公示人选 12 名')).toBeTruthy();
    expect(screen.getByText('公示截止：2027年5月12日 0:00')).toBeTruthy();
    // Server time 2027-05-08 10:00 in Shanghai: 3 days 14 hours left.
    expect(screen.getByText('还剩 3 天 14 小时')).toBeTruthy();
    fireEvent.click(container.querySelector('.notice-row')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/notice/index?id=notice-9' });
  });

  it('without an open notice there is no 正在公示 card', async () => {
    home(false);
    const { container } = render(<HomePage />);
    await screen.findByText(STORIES[0]!.title);
    expect(screen.queryByText('正在公示')).toBeNull();
    expect(container.querySelector('.notice-row')).toBeNull();
  });

  it('entries: 意见反馈 and 推荐线索 open the feedback form of their kind; 志愿服务基地 the bases', async () => {
    home(false);
    render(<HomePage />);
    fireEvent.click(await screen.findByText('意见反馈'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/public/pages/feedback/index?kind=feedback' });
    fireEvent.click(screen.getByText('推荐线索'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/public/pages/feedback/index?kind=lead' });
    fireEvent.click(screen.getByText('志愿服务基地'));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/reading/pages/bases/index' }));
  });
});
