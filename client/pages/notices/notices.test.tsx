/** 公示 tab: open notices with countdowns on the server's clock, filter by organization, paging, empty state. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ok } from '../../test/fixtures';
import { childrenOf, DISTRICT, fakeBackend, SUB_EAST } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { noticeCard } from '../../test/notice-fixtures';
import NoticesPage from './index';

afterEach(() => taroTest.reset());

describe('公示', () => {
  it('lists open notices with the countdown from the server’s time and opens one', async () => {
    // ok() answers with serverTime 2025-05-01T00:00:00Z: 1 day 16 hours before the close.
    const { calls } = fakeBackend({
      'org.children': childrenOf([DISTRICT, SUB_EAST]),
      'notice.listOpen': () => ok({ items: [noticeCard(1)], nextCursor: 'c2' }),
    });
    render(<NoticesPage />);
    await screen.findByText('2027年区级劳动模范评选推荐人选公示（第1批）');
    await screen.findByText(/^还剩 1 天 1[56] 小时$/);
    expect(screen.getByText('公示时间：2025年4月28日（星期一）至2025年5月2日（星期五）')).toBeTruthy();
    fireEvent.click(screen.getByText('2027年区级劳动模范评选推荐人选公示（第1批）'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/notice/index?id=notice-1' });
    taroTest.fire('reachBottom');
    await waitFor(() =>
      expect(calls.filter((c) => c.key === 'notice.listOpen').at(-1)?.data).toMatchObject({ cursor: 'c2' }),
    );
  });

  it('filters by the publishing organization and says so when nothing is open there', async () => {
    const { calls } = fakeBackend({
      'org.children': childrenOf([DISTRICT, SUB_EAST]),
      'notice.listOpen': (d) => ok({ items: d.orgId ? [] : [noticeCard(1)], nextCursor: null }),
    });
    render(<NoticesPage />);
    fireEvent.click(await screen.findByText('东湖街道总工会'));
    await screen.findByText('「东湖街道总工会」当前没有正在公示的名单');
    expect(calls.filter((c) => c.key === 'notice.listOpen').at(-1)?.data).toMatchObject({ orgId: 'sub-east' });
    fireEvent.click(screen.getByText('查看全部'));
    await screen.findByText('2027年区级劳动模范评选推荐人选公示（第1批）');
  });

  it('shows an error with retry', async () => {
    let fail = true;
    fakeBackend({
      'org.children': childrenOf([]),
      'notice.listOpen': () =>
        fail
          ? { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' }
          : ok({ items: [noticeCard(2)], nextCursor: null }),
    });
    render(<NoticesPage />);
    await screen.findByText('服务暂时不可用，请稍后重试');
    fail = false;
    fireEvent.click(screen.getByText('重试'));
    await screen.findByText('2027年区级劳动模范评选推荐人选公示（第2批）');
  });
});
