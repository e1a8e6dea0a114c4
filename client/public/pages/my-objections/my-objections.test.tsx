/** 我的异议: my cases with status and finding, opening the case; the empty state; a failure with retry. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import MyObjectionsPage from './index';

afterEach(() => taroTest.reset());

const CASE = {
  id: 'o1',
  caseNo: 'YY-2026-AB12CD34',
  nomineeName: '孙雅琴',
  noticeTitle: '2027年区级劳动模范评选推荐人选公示',
  status: 'concluded',
  finding: 'unsubstantiated',
  late: true,
  createdAt: '2026-10-10T02:00:00.000Z',
};

describe('我的异议', () => {
  it('lists my cases with status and finding, and opens one', async () => {
    fakeBackend({ 'objection.mine': () => ok({ items: [CASE], nextCursor: null }) });
    render(<MyObjectionsPage />);
    await screen.findByText('对「孙雅琴」的异议');
    expect(screen.getByText(/案件编号 YY-2026-AB12CD34 · 2026年10月10日提交 · 逾期受理 · 核查结论：/)).toBeTruthy();
    fireEvent.click(screen.getByText('对「孙雅琴」的异议'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/objection-case/index?id=o1' });
  });

  it('says what to do when there is none, and a failure can be retried', async () => {
    let failing = true;
    fakeBackend({
      'objection.mine': () => (failing ? fail('NETWORK') : ok({ items: [], nextCursor: null })),
    });
    render(<MyObjectionsPage />);
    await screen.findByText('加载失败');
    failing = false;
    fireEvent.click(screen.getByText('重试'));
    await screen.findByText('还没有异议');
    expect(screen.getByText('刷新')).toBeTruthy();
  });
});
