import { render, screen } from '@testing-library/react';
import { eventCard, fail, ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import MySignupsPage from './index';

afterEach(() => taroTest.reset());

describe('我的报名', () => {
  it('lists my sign-ups with their status, and the hours of a volunteer check-in', async () => {
    fakeBackend({
      'content.mySignups': () =>
        ok({
          items: [
            { event: eventCard(1), status: 'signedUp' },
            { event: eventCard(2), status: 'cancelled' },
            { event: eventCard(3, { kind: 'volunteer', hours: 3 }), status: 'checkedIn' },
          ],
          nextCursor: null,
        }),
    });
    const { container } = render(<MySignupsPage />);
    await screen.findByText('已签到 · 3 小时');
    expect(Array.from(container.querySelectorAll('.signup-status')).map((el) => el.textContent)).toEqual([
      '已报名',
      '已取消',
      '已签到 · 3 小时',
    ]);
    expect(screen.getByText('第 3 场劳模大讲堂：匠心与创新')).toBeTruthy();
  });

  it('says what to do when there is none', async () => {
    fakeBackend({ 'content.mySignups': () => ok({ items: [], nextCursor: null }) });
    render(<MySignupsPage />);
    await screen.findByText('还没有报名活动');
    expect(screen.getByText('查看近期活动')).toBeTruthy();
  });

  it('shows a failure with 重试', async () => {
    fakeBackend({ 'content.mySignups': () => fail('UNAUTHENTICATED') });
    render(<MySignupsPage />);
    await screen.findByText('请先登录后再操作');
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
