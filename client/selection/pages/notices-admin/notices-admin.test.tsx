/** 公示管理: my notices with status and statements; a unit notice's posting form. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { PublicGrant } from '../../../api/identity';
import { ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { adminNotice } from '../../../test/notice-fixtures';
import { taroTest } from '../../../test/taro-mock';
import NoticesAdminPage from './index';

afterEach(() => taroTest.reset());

// The platform as the subscribe tap sees it (the transport stays on the test backend).
let weapp = false;
jest.mock('../../../lib/subscribe', () => ({
  ...jest.requireActual('../../../lib/subscribe'),
  canSubscribe: () => weapp,
}));

const GRANT: PublicGrant = {
  id: 'g1',
  role: 'cadre',
  orgId: 'unit-bus',
  orgPathKey: '/district/sub-east/unit-bus/',
  orgName: '东湖公交客运公司工会',
  tier: 'grassroots',
  capabilities: ['nomination.review'],
  grantedAt: '2026-01-01T00:00:00Z',
};

it('lists my notices, links to the poster, and records a unit notice’s posting', async () => {
  const unit = adminNotice({
    id: 'n-unit',
    tier: 'grassroots',
    title: '东湖公交推荐人选单位公示',
    status: 'closed',
    settledAt: '2025-05-03T00:00:00.000Z',
    entries: adminNotice().entries.map((e, i) => ({ ...e, statement: i === 0 ? 'noticeReport' : 'noObjection' })),
  });
  const { calls } = fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '基层干部', grants: [GRANT] }),
    'notice.myNotices': () => ok({ items: [unit], nextCursor: null }),
    'notice.recordPosting': () => ok({ notice: { ...unit, version: 2 } }),
  });
  render(<NoticesAdminPage />);
  await screen.findByText('东湖公交推荐人选单位公示');
  expect(screen.getByText('公示 2 名 · 1 名须出具公示情况报告')).toBeTruthy();
  expect(screen.getByText('尚未登记张贴情况')).toBeTruthy();
  fireEvent.click(screen.getByText('公示海报'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/poster/index?id=n-unit' });
  fireEvent.click(screen.getByText('登记张贴'));
  await typeInto('张贴地点', '公司一楼公告栏');
  fireEvent.click(screen.getByText('保存'));
  await waitFor(() => expect(calls.some((c) => c.key === 'notice.recordPosting')).toBe(true));
  expect(calls.find((c) => c.key === 'notice.recordPosting')!.data).toEqual({
    id: 'n-unit',
    version: 1,
    postedOn: '2025-04-28',
    removedOn: null,
    place: '公司一楼公告栏',
    photoFileIds: [],
  });
});

it('weapp: 订阅公示结束提醒 asks consent for the notice-closed template only', async () => {
  weapp = true;
  fakeBackend({
    'identity.me': () =>
      ok({
        signedIn: true,
        displayName: '基层干部',
        grants: [GRANT],
        subscribeTemplates: [
          { key: 'nominationTodo', id: 'tpl-todo' },
          { key: 'noticeClosed', id: 'tpl-closed' },
        ],
      }),
    'notice.myNotices': () => ok({ items: [], nextCursor: null }),
  });
  render(<NoticesAdminPage />);
  fireEvent.click(await screen.findByText('订阅公示结束提醒'));
  await waitFor(() =>
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tpl-closed'], entityIds: [] }),
  );
  weapp = false;
});
