/** The notice page: public fields, period and countdown, how to object (open only), the final list when closed, sharing. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { publicNotice } from '../../../test/notice-fixtures';
import { taroTest } from '../../../test/taro-mock';
import NoticePage from './index';

afterEach(() => taroTest.reset());

describe('公示详情', () => {
  it('an open notice: nominees, exact dates, countdown, the office, and 我要提出异议 for each nominee', async () => {
    taroTest.setRouterParams({ id: 'notice-1' });
    const { calls } = fakeBackend({ 'notice.getNotice': () => ok({ notice: publicNotice() }) });
    render(<NoticePage />);
    await screen.findByText('1. 孙雅琴');
    expect(calls).toEqual([{ key: 'notice.getNotice', data: { id: 'notice-1' } }]);
    expect(screen.getByText('公示时间：2025年4月28日（星期一）至2025年5月2日（星期五）（5个工作日）')).toBeTruthy();
    await screen.findByText(/^距公示结束还剩 1 天 1[56] 小时$/);
    expect(screen.getByText('女，西山实验小学，语文教师')).toBeTruthy();
    expect(screen.getByText('电话：010-12345678')).toBeTruthy();
    const buttons = screen.getAllByText('我要提出异议');
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/public/pages/objection/index?noticeId=notice-1&nominationId=nom-2',
    });
    const share = taroTest.fire('shareAppMessage') as { path: string };
    expect(share.path).toBe('/public/pages/notice/index?id=notice-1');
    expect(taroTest.fire('shareTimeline')).toMatchObject({ query: 'id=notice-1' });
  });

  it('a closed notice shows only the final list: no deeds, no objection button, no office', async () => {
    taroTest.setRouterParams({ scene: 'notice-1' });
    fakeBackend({
      'notice.getNotice': () =>
        ok({ notice: publicNotice({ status: 'closed', entries: publicNotice().entries.slice(0, 1) }) }),
    });
    render(<NoticePage />);
    await screen.findByText('公示期已结束，以下为最终名单。');
    expect(screen.getByText('1. 孙雅琴')).toBeTruthy();
    expect(screen.queryByText('我要提出异议')).toBeNull();
    expect(screen.queryByText('从教二十五年，创设“阅读种子”课程。')).toBeNull();
    expect(screen.queryByText('受理异议')).toBeNull();
  });

  it('a closed notice whose round still takes late objections offers the form, flagged late', async () => {
    taroTest.setRouterParams({ id: 'notice-1' });
    fakeBackend({
      'notice.getNotice': () => ok({ notice: publicNotice({ status: 'closed', lateObjections: true }) }),
    });
    render(<NoticePage />);
    await screen.findByText('公示期已结束，以下为最终名单。');
    expect(screen.getByText(/表彰决定作出前/)).toBeTruthy();
    expect(screen.queryByText('我要提出异议')).toBeNull();
    expect(screen.getByText('受理异议')).toBeTruthy();
    fireEvent.click(screen.getAllByText('提出异议（逾期受理）')[1]!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: expect.stringContaining('nominationId=nom-2') as unknown as string,
    });
  });

  it('a missing notice says so, with retry', async () => {
    taroTest.setRouterParams({ id: 'gone' });
    fakeBackend({ 'notice.getNotice': () => fail('NOT_FOUND', { message: '公示不存在' }) });
    render(<NoticePage />);
    await screen.findByText('公示不存在');
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
