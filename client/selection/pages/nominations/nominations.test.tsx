/** 推荐管理: rows in Chinese, filters and search sent to the server, paging, refresh, empty and error states. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { grant, meWith, round, row } from '../../../test/nomination-fixtures';
import { taroTest } from '../../../test/taro-mock';
import NominationsPage from './index';

afterEach(() => taroTest.reset());

const ROUNDS = ok({
  items: [
    {
      id: 'round-2026',
      version: 2,
      status: 'open',
      name: '区劳动模范评选',
      year: 2026,
      targetLevel: 'district',
      frozenAt: null,
      createdAt: '2026-03-01T00:00:00Z',
    },
  ],
  nextCursor: null,
});

describe('推荐管理', () => {
  it('lists rows with unit, title, stage and status in Chinese and the deadline; pages on; opens a file', async () => {
    const { calls } = fakeBackend({
      'identity.me': () => meWith(grant('g2', 'middle')),
      'nomination.listRounds': () => ROUNDS,
      'nomination.listNominations': (d) =>
        d.cursor
          ? ok({
              items: [
                row(3, {
                  deadlineAt: null,
                  state: { stageIndex: 3, status: 'submitted' },
                  stage: { index: 3, kind: 'preliminaryReview', tier: 'middle' },
                }),
              ],
              nextCursor: null,
            })
          : ok({ items: [row(1), row(2)], nextCursor: 'c2' }),
    });
    render(<NominationsPage />);
    await screen.findByText('李1');
    await screen.findByText('2026 区劳动模范评选');
    expect(screen.getAllByText('基层公示').length).toBe(2);
    expect(screen.getAllByText('公示中').length).toBe(2);
    expect(screen.getAllByText('截止 2026年10月13日 18:00').length).toBe(2);
    taroTest.fire('reachBottom');
    await screen.findByText('李3');
    expect(screen.getByText(/初审$/)).toBeTruthy();
    expect(screen.getByText('待办理')).toBeTruthy();
    expect(screen.getByText('无截止时间')).toBeTruthy();
    expect(calls.filter((c) => c.key === 'nomination.listNominations').map((c) => c.data.cursor ?? null)).toEqual([
      null,
      'c2',
    ]);
    fireEvent.click(screen.getByText('李2'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/selection/pages/nomination/index?id=nom-2' });
  });

  it('sends round, stage, title, flag and name search as filters, and links to the slate', async () => {
    const { calls } = fakeBackend({
      'identity.me': () => meWith(grant('g2', 'middle')),
      'nomination.listRounds': () => ROUNDS,
      'nomination.getRound': () => ok({ round: round() }),
      'nomination.listNominations': () => ok({ items: [row(1)], nextCursor: null }),
    });
    render(<NominationsPage />);
    await screen.findByText('李1');
    fireEvent.click(screen.getByText('2026 区劳动模范评选'));
    fireEvent.click(await screen.findByText('2. 基层公示'));
    fireEvent.click(screen.getAllByText('区劳动模范').find((el) => el.className.includes('kind-chips'))!);
    fireEvent.click(screen.getByText('女性'));
    await typeInto('按姓名搜索', '李');
    fireEvent.click(screen.getByText('搜索'));
    await waitFor(() =>
      expect(calls.filter((c) => c.key === 'nomination.listNominations').at(-1)!.data).toEqual({
        roundId: 'round-2026',
        stageIndex: 1,
        title: '区劳动模范',
        flag: 'woman',
        search: '李',
        cursor: null,
        limit: 20,
      }),
    );
    fireEvent.click(screen.getByText('查看推荐名单'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/selection/pages/slate/index?roundId=round-2026&orgId=sub-east',
    });
    expect(screen.queryByText('新建推荐')).toBeNull();
  });

  it('a grassroots cadre starts a new nomination in an open round', async () => {
    taroTest.setRouterParams({ roundId: 'round-2026' });
    fakeBackend({
      'identity.me': () => meWith(grant('g1', 'grassroots')),
      'nomination.listRounds': () => ROUNDS,
      'nomination.getRound': () => ok({ round: round() }),
      'nomination.listNominations': () => ok({ items: [], nextCursor: null }),
    });
    render(<NominationsPage />);
    fireEvent.click(await screen.findByText('新建推荐'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/selection/pages/nomination-edit/index?roundId=round-2026&orgId=unit-bus',
    });
    expect(screen.getByText('没有符合条件的推荐')).toBeTruthy();
  });

  it('empty, error with retry, and pull-to-refresh', async () => {
    let fails = true;
    const { calls } = fakeBackend({
      'identity.me': () => meWith(grant('g2', 'middle')),
      'nomination.listRounds': () => ROUNDS,
      'nomination.listNominations': () => (fails ? fail('NETWORK') : ok({ items: [], nextCursor: null })),
    });
    render(<NominationsPage />);
    await screen.findByText('加载失败');
    await screen.findByText('2026 区劳动模范评选');
    fails = false;
    fireEvent.click(await screen.findByText('重试'));
    await screen.findByText('还没有推荐');
    taroTest.fire('pullDownRefresh');
    await waitFor(() => expect(calls.filter((c) => c.key === 'nomination.listNominations')).toHaveLength(3));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
  });
});
