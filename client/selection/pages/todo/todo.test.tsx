/** 待办 and its badges: the order the server gives (nearest deadline first), the 工作台 entry's count, the 我的 tab. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MePage from '../../../pages/me/index';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { grant, meWith, row } from '../../../test/nomination-fixtures';
import { taroTest } from '../../../test/taro-mock';
import CadreHomePage from '../../../cadre/pages/home/index';
import TodoPage from './index';

afterEach(() => taroTest.reset());

// The platform as the subscribe tap sees it (the transport stays on the test backend).
let weapp = false;
jest.mock('../../../lib/subscribe', () => ({
  ...jest.requireActual('../../../lib/subscribe'),
  canSubscribe: () => weapp,
}));

const item = (n: number, ready: boolean, deadlineAt: string | null) => ({
  ...row(n, { deadlineAt }),
  ready,
  waitingSince: '2026-10-01T00:00:00Z',
});

describe('待办', () => {
  it('lists what awaits me in the server’s order, marks running notices, opens a file, and sets the tab badge', async () => {
    fakeBackend({
      'identity.me': () => meWith(grant('g1', 'grassroots')),
      'nomination.todo': () =>
        ok({
          items: [
            item(1, true, '2026-10-09T10:00:00.000Z'),
            item(2, false, '2026-10-13T10:00:00.000Z'),
            item(3, true, null),
          ],
          count: 3,
          readyCount: 2,
        }),
      'objection.todo': () => ok({ open: 3, overdue: 1, reviewFlagged: 0, verifications: 0 }),
    });
    render(<TodoPage />);
    await screen.findByText('共 3 项待办，其中 2 项现在可以办理');
    // The objection cases handled by this organization, overdue ones counted.
    await screen.findByText('3 件办理中，1 件已逾期');
    const names = Array.from(document.querySelectorAll('.nomination-row__name'), (el) => el.textContent);
    expect(names).toEqual(['李1', '李2', '李3']);
    expect(screen.getAllByText('公示期未满')).toHaveLength(1);
    expect(screen.getByText('截止 2026年10月9日 18:00')).toBeTruthy();
    await waitFor(() => expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '3' }));
    fireEvent.click(screen.getByText('李2'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/selection/pages/nomination/index?id=nom-2' });
  });

  it('nothing to do: the empty state, and the badge is removed; a failure can be retried', async () => {
    let failing = true;
    fakeBackend({
      'identity.me': () => meWith(grant('g1', 'grassroots')),
      'nomination.todo': () => (failing ? fail('NETWORK') : ok({ items: [], count: 0, readyCount: 0 })),
    });
    render(<TodoPage />);
    await screen.findByText('加载失败');
    failing = false;
    fireEvent.click(await screen.findByText('重试'));
    await screen.findByText('暂无待办');
    await waitFor(() => expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 }));
  });

  describe('订阅待办提醒', () => {
    const TEMPLATES = [
      { key: 'nominationTodo', id: 'tpl-todo' },
      { key: 'nominationDeadline', id: 'tpl-deadline' },
      { key: 'handover', id: 'tpl-handover' },
      { key: 'noticeClosed', id: 'tpl-closed' },
    ];
    const backend = () =>
      fakeBackend({
        'identity.me': () =>
          ok({
            signedIn: true,
            displayName: '干部',
            grants: [grant('g1', 'grassroots')],
            subscribeTemplates: TEMPLATES,
          }),
        'nomination.todo': () => ok({ items: [item(1, true, null)], count: 1, readyCount: 1 }),
      });
    afterEach(() => {
      weapp = false;
    });

    it('weapp: asks consent for the to-do, deadline and hand-over templates on a tap, and can ask again', async () => {
      weapp = true;
      backend();
      jest.mocked(Taro.requestSubscribeMessage).mockResolvedValue({
        errMsg: 'requestSubscribeMessage:ok',
        'tpl-todo': 'accept',
        'tpl-deadline': 'reject',
        'tpl-handover': 'accept',
      } as never);
      render(<TodoPage />);
      fireEvent.click(await screen.findByText('订阅待办提醒'));
      await screen.findByText(/已订阅：有新的待办或临近截止时/);
      expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({
        tmplIds: ['tpl-todo', 'tpl-deadline', 'tpl-handover'],
        entityIds: [],
      });
      jest.mocked(Taro.requestSubscribeMessage).mockRejectedValueOnce(new Error('requestSubscribeMessage:fail'));
      fireEvent.click(screen.getByText('订阅待办提醒'));
      await screen.findByText(/未订阅：待办仍会显示在这里/);
    });

    it('H5 has no subscribe messages: no button', async () => {
      backend();
      render(<TodoPage />);
      await screen.findByText('李1');
      expect(screen.queryByText('订阅待办提醒')).toBeNull();
    });

    it('weapp without configured templates: no button', async () => {
      weapp = true;
      fakeBackend({
        'identity.me': () => meWith(grant('g1', 'grassroots')),
        'nomination.todo': () => ok({ items: [], count: 0, readyCount: 0 }),
      });
      render(<TodoPage />);
      await screen.findByText('暂无待办');
      expect(screen.queryByText('订阅待办提醒')).toBeNull();
    });
  });

  it('the 工作台 shows 推荐管理, 评选轮次 and 待办 with its count', async () => {
    const { calls } = fakeBackend({
      'identity.me': () => meWith(grant('g2', 'district')),
      'nomination.todo': () => ok({ items: [item(1, true, null)], count: 5, readyCount: 5 }),
    });
    render(<CadreHomePage />);
    await screen.findByText('5 项推荐等待您办理');
    expect(screen.getByText('5').className).toContain('nav-cell__badge');
    expect(calls.find((c) => c.key === 'nomination.todo')!.data).toEqual({ limit: 1 });
    fireEvent.click(screen.getByText('推荐管理'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/selection/pages/nominations/index' });
    fireEvent.click(screen.getByText('评选轮次'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/selection/pages/rounds/index' });
    fireEvent.click(screen.getByText('待办', { selector: '.nav-cell__title' }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/selection/pages/todo/index' });
  });

  it('我的: a cadre gets the count on the tab and the 工作台 entry; someone else gets no call and no badge', async () => {
    fakeBackend({
      'identity.me': () => meWith(grant('g1', 'grassroots')),
      'nomination.todo': () => ok({ items: [], count: 120, readyCount: 1 }),
    });
    const cadre = render(<MePage />);
    await waitFor(() => expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '99+' }));
    expect(await screen.findByText('99+')).toBeTruthy();
    cadre.unmount();
    taroTest.reset();

    const { calls } = fakeBackend({ 'identity.me': () => ok({ signedIn: true, displayName: '市民', grants: [] }) });
    render(<MePage />);
    await waitFor(() => expect(calls.some((c) => c.key === 'identity.me')).toBe(true));
    expect(calls.some((c) => c.key === 'nomination.todo')).toBe(false);
    expect(Taro.setTabBarBadge).not.toHaveBeenCalled();
  });
});
