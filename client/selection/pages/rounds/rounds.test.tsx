/** 评选轮次: the list, creating from the defaults, opening, and a frozen round's amendment with a reason. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { grant, meWith, round } from '../../../test/nomination-fixtures';
import { taroTest } from '../../../test/taro-mock';
import RoundsPage from './index';

jest.setTimeout(30_000);
afterEach(() => taroTest.reset());

const rowOf = (r: ReturnType<typeof round>) => ({
  id: r.id,
  version: r.version,
  status: r.status,
  name: r.config.name,
  year: r.config.year,
  targetLevel: r.config.targetLevel,
  frozenAt: r.frozenAt,
  createdAt: r.createdAt,
});

describe('评选轮次', () => {
  it('a district cadre creates a round from the default configuration and opens it', async () => {
    const draft = round({ id: 'round-new', status: 'draft', openedAt: null });
    const { calls } = fakeBackend({
      'identity.me': () => meWith(grant('g0', 'district')),
      'nomination.listRounds': () => ok({ items: [], nextCursor: null }),
      'nomination.createRound': () => ok({ round: draft }),
      'nomination.getRound': () => ok({ round: draft }),
      'nomination.openRound': () => ok({ round: { ...draft, status: 'open', version: 3 } }),
      'nomination.listReviewerDepartments': () => ok({ items: [] }),
    });
    render(<RoundsPage />);
    await screen.findByText('还没有评选');
    fireEvent.click(screen.getByText('新建评选'));
    await typeInto('评选名称', '2026年度区劳动模范评选');
    await typeInto('年度', '2026');
    fireEvent.click(screen.getByText('评选环节与公示规则'));
    await typeInto('第 9 环节公示天数', '7');
    fireEvent.click(screen.getByText('创建评选'));
    await waitFor(() => expect(calls.some((c) => c.key === 'nomination.createRound')).toBe(true));
    const config = calls.find((c) => c.key === 'nomination.createRound')!.data.config as {
      name: string;
      year: number;
      stages: { kind: string; tier: string; noticeRule?: { days: number } }[];
      titles: unknown[];
    };
    expect(config.name).toBe('2026年度区劳动模范评选');
    expect(config.year).toBe(2026);
    expect(config.stages).toHaveLength(11);
    expect(config.stages[8]).toEqual({
      kind: 'notice',
      tier: 'district',
      noticeRule: { kind: 'workingDays', days: 7 },
    });
    expect(config.titles).toHaveLength(2);

    fireEvent.click(await screen.findByText('开放推荐', { selector: 'taro-button-core, taro-button-core *' }));
    fireEvent.click(screen.getByText('确认开放'));
    await waitFor(() =>
      expect(calls.find((c) => c.key === 'nomination.openRound')?.data).toEqual({ id: 'round-new', version: 2 }),
    );
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已开放推荐', icon: 'success' }));
  });

  it('a frozen round: the amendments show; a change is checked, reviewed, and needs a reason', async () => {
    const frozen = round({
      frozenAt: '2026-09-01T02:00:00Z',
      amendments: [
        { seq: 1, at: '2026-09-10T02:00:00Z', byName: '区干部', reason: '市总工会调整名额', fields: ['quotas'] },
      ],
    });
    const { calls } = fakeBackend({
      'identity.me': () => meWith(grant('g0', 'district')),
      'nomination.listRounds': () => ok({ items: [rowOf(frozen)], nextCursor: null }),
      'nomination.getRound': () => ok({ round: frozen }),
      'nomination.listReviewerDepartments': () => ok({ items: [] }),
      'org.get': () => fail('NOT_FOUND'),
      'nomination.amendRound': () => fail('CONFLICT'),
    });
    render(<RoundsPage />);
    fireEvent.click(await screen.findByText('2026年度区劳动模范评选'));
    expect(await screen.findByText('理由：市总工会调整名额')).toBeTruthy();
    expect(screen.getByText('修改：名额')).toBeTruthy();
    fireEvent.click(screen.getByText('修订规则'));
    fireEvent.click(screen.getByText('事迹字数上限'));
    await typeInto('简要事迹上限（字）', '10');
    fireEvent.click(screen.getByText('保存修改'));
    expect(
      await screen.findByText('简要事迹上限 50–2000 字，详细事迹上限 200–10000 字，且简要不多于详细'),
    ).toBeTruthy();
    expect(screen.getByText('有 1 处需要修改，已展开相应部分')).toBeTruthy();
    await typeInto('简要事迹上限（字）', '800');
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('简要事迹：500 字 → 800 字')).toBeTruthy();
    fireEvent.click(screen.getByText('确认修订'));
    expect(await screen.findByText('评选规则已冻结，修改须填写 2–200 字的理由')).toBeTruthy();
    expect(calls.some((c) => c.key === 'nomination.amendRound')).toBe(false);
    await typeInto('修订理由', '按市总工会通知放宽字数');
    fireEvent.click(screen.getByText('确认修订'));
    await waitFor(() => expect(calls.some((c) => c.key === 'nomination.amendRound')).toBe(true));
    expect(calls.find((c) => c.key === 'nomination.amendRound')!.data).toMatchObject({
      id: 'round-2026',
      version: 2,
      reason: '按市总工会通知放宽字数',
      config: { deedLimits: { shortMax: 800, longMax: 2000 } },
    });
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '评选已被他人修改，已刷新为最新内容', icon: 'none' }),
    );
  });

  it('other cadres read rounds but cannot create or change them', async () => {
    fakeBackend({
      'identity.me': () => meWith(grant('g1', 'grassroots')),
      'nomination.listRounds': () => ok({ items: [rowOf(round())], nextCursor: null }),
      'nomination.getRound': () => ok({ round: round() }),
    });
    render(<RoundsPage />);
    fireEvent.click(await screen.findByText('2026年度区劳动模范评选'));
    await screen.findByText('查看本届推荐');
    expect(screen.queryByText('新建评选')).toBeNull();
    expect(screen.queryByText('修改')).toBeNull();
    fireEvent.click(screen.getByText('查看本届推荐'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/selection/pages/nominations/index?roundId=round-2026' });
  });
});
