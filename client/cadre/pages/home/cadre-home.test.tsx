/** 工作台: the notice entries (公示管理, 节假日安排) next to the nomination entries, for the grants that can use them. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { grant, meWith } from '../../../test/nomination-fixtures';
import { taroTest } from '../../../test/taro-mock';
import CadreHomePage from './index';

afterEach(() => taroTest.reset());

function backend(me: ReturnType<typeof meWith>) {
  fakeBackend({
    'identity.me': () => me,
    'nomination.todo': () => ok({ items: [], count: 0, readyCount: 0 }),
    'objection.todo': () => ok({ open: 0, overdue: 0, reviewFlagged: 0, verifications: 0 }),
  });
}

describe('工作台 notice entries', () => {
  it('a district nomination cadre gets 公示管理 and 节假日安排', async () => {
    backend(meWith(grant('g1', 'district')));
    render(<CadreHomePage />);
    fireEvent.click(await screen.findByText('公示管理'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/selection/pages/notices-admin/index' });
    fireEvent.click(screen.getByText('节假日安排'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/selection/pages/calendar/index' });
  });

  it('a middle-tier or unit nomination cadre gets 公示管理 only (the calendar is the district’s)', async () => {
    backend(meWith(grant('g2', 'grassroots')));
    render(<CadreHomePage />);
    await screen.findByText('公示管理');
    expect(screen.queryByText('节假日安排')).toBeNull();
  });

  it('a cadre without 推荐审核 (content only) gets neither', async () => {
    backend(meWith(grant('g3', 'district', { capabilities: ['content.manage'] })));
    render(<CadreHomePage />);
    await screen.findByText('故事管理');
    expect(screen.queryByText('公示管理')).toBeNull();
    expect(screen.queryByText('节假日安排')).toBeNull();
  });
});
