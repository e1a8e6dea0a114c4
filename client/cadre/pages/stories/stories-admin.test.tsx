/** 故事管理 and the 工作台 entries to it: who sees what, statuses, 待人工复核, paging, edits kept on the device. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import CadreHomePage from '../home/index';
import CadreStoriesPage from './index';

afterEach(() => taroTest.reset());

const grant = (id: string, tier: 'district' | 'middle', capabilities: string[]) => ({
  id,
  role: 'cadre',
  orgId: tier === 'district' ? 'district' : 'sub-east',
  orgPathKey: tier === 'district' ? '/district/' : '/district/sub-east/',
  orgName: tier === 'district' ? '示范区总工会' : '东湖街道总工会',
  tier,
  capabilities,
  grantedAt: '2026-01-01T00:00:00Z',
});
const me = (...grants: ReturnType<typeof grant>[]) => ok({ signedIn: true, displayName: '干部', grants });

const story = (n: number, status: 'draft' | 'published' | 'unpublished', needsReview = false) => ({
  id: `s${n}`,
  version: 1,
  status,
  title: `第 ${n} 篇故事`,
  workerName: `王${n}`,
  unitName: '东湖社区卫生服务中心',
  coverUrl: '/files/c.png',
  needsReview,
  publishedAt: status === 'published' ? '2026-04-01T02:00:00.000Z' : null,
});

describe('工作台 entries', () => {
  it('content managers get 故事管理 and 活动管理; 宣传月设置 only at the district', async () => {
    fakeBackend({ 'identity.me': () => me(grant('g1', 'middle', ['content.manage'])) });
    const street = render(<CadreHomePage />);
    await screen.findByText('故事管理');
    expect(screen.getByText('活动管理')).toBeTruthy();
    expect(screen.queryByText('宣传月设置')).toBeNull();
    street.unmount();

    fakeBackend({ 'identity.me': () => me(grant('g2', 'district', ['content.manage'])) });
    render(<CadreHomePage />);
    fireEvent.click(await screen.findByText('宣传月设置'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/cadre/pages/campaign-edit/index?grant=g2' });
  });

  it('a cadre without 内容管理 sees none of them', async () => {
    fakeBackend({ 'identity.me': () => me(grant('g1', 'middle', ['grant.invite'])) });
    render(<CadreHomePage />);
    await screen.findByText('邀请与授权');
    expect(screen.queryByText('故事管理')).toBeNull();
    expect(screen.queryByText('活动管理')).toBeNull();
  });
});

describe('故事管理', () => {
  it('lists every status with 待人工复核, pages on, and opens the editor', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    taroTest.storage.set('laomo.storyDraft.s3', { draft: { title: 'x', blocks: [] }, baseVersion: 1, keptAt: 1 });
    const { calls } = fakeBackend({
      'identity.me': () => me(grant('g1', 'middle', ['content.manage'])),
      'promotion.listManagedStories': (d) =>
        d.cursor
          ? ok({ items: [story(4, 'draft')], nextCursor: null })
          : ok({ items: [story(1, 'draft', true), story(2, 'published'), story(3, 'unpublished')], nextCursor: 'c2' }),
    });
    render(<CadreStoriesPage />);
    await screen.findByText('第 1 篇故事');
    expect(screen.getByText('待人工复核')).toBeTruthy();
    expect(screen.getByText('已发布')).toBeTruthy();
    expect(screen.getByText('已下线')).toBeTruthy();
    expect(screen.getByText('本机有未保存的修改').closest('.managed-story')?.textContent).toContain('第 3 篇故事');

    taroTest.fire('reachBottom');
    await screen.findByText('第 4 篇故事');
    expect(calls.filter((c) => c.key === 'promotion.listManagedStories').map((c) => c.data.cursor ?? null)).toEqual([
      null,
      'c2',
    ]);

    fireEvent.click(screen.getByText('第 2 篇故事'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/cadre/pages/story-edit/index?grant=g1&id=s2' });
    fireEvent.click(screen.getByText('新建故事'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/cadre/pages/story-edit/index?grant=g1' });
  });

  it('pull-to-refresh reloads the list; an empty list says what to do', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    const { calls } = fakeBackend({
      'identity.me': () => me(grant('g1', 'middle', ['content.manage'])),
      'promotion.listManagedStories': () => ok({ items: [], nextCursor: null }),
    });
    render(<CadreStoriesPage />);
    await screen.findByText('还没有故事');
    taroTest.fire('pullDownRefresh');
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.listManagedStories')).toHaveLength(2));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
  });
});
