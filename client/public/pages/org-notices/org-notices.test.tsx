/** One organization's notices: reached by orgId (a notice's publisher) or by picking the organization (公示 tab). */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Org } from '../../../../shared/org';
import NoticesPage from '../../../pages/notices/index';
import { ok } from '../../../test/fixtures';
import { childrenOf, DISTRICT, fakeBackend, SUB_EAST } from '../../../test/forms';
import { noticeCard, publicNotice } from '../../../test/notice-fixtures';
import { taroTest } from '../../../test/taro-mock';
import NoticePage from '../notice/index';
import OrgNoticesPage from './index';

afterEach(() => taroTest.reset());

const UNIT: Org = {
  id: 'unit-bus',
  version: 1,
  name: '东湖公交客运公司工会',
  kind: 'grassroots',
  parentId: 'sub-east',
  pathKey: '/district/sub-east/unit-bus/',
  status: 'active',
};
const ORGS = [DISTRICT, SUB_EAST, UNIT];
const UNIT_NOTICE = noticeCard(7, {
  title: '东湖公交推荐人选单位公示',
  tier: 'grassroots',
  orgId: 'unit-bus',
  orgName: UNIT.name,
});
const CLOSED = noticeCard(3, { title: '东湖公交上一届单位公示', tier: 'grassroots', status: 'closed' });

function backend() {
  return fakeBackend({
    'org.children': childrenOf(ORGS),
    'org.get': (d) => ok({ org: ORGS.find((o) => o.id === d.id) }),
    'notice.listByOrg': (d) =>
      ok(d.orgId === 'unit-bus' ? { items: [UNIT_NOTICE, CLOSED], nextCursor: 'c2' } : { items: [], nextCursor: null }),
  });
}

describe('单位公示', () => {
  it('by orgId: the organization’s notices, open and closed, paging on, each opening its page', async () => {
    taroTest.setRouterParams({ orgId: 'unit-bus' });
    const { calls } = backend();
    render(<OrgNoticesPage />);
    await screen.findByText('东湖公交推荐人选单位公示');
    expect(screen.getByText('东湖公交客运公司工会', { selector: '.org-notices__name' })).toBeTruthy();
    expect(screen.getByText('单位公示', { selector: '.status-chip--live' })).toBeTruthy();
    expect(screen.getByText('公示已结束')).toBeTruthy();
    expect(calls.find((c) => c.key === 'notice.listByOrg')!.data).toEqual({
      orgId: 'unit-bus',
      cursor: null,
      limit: 10,
    });
    fireEvent.click(screen.getByText('东湖公交推荐人选单位公示'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/notice/index?id=notice-7' });
    act(() => void taroTest.fire('reachBottom'));
    await waitFor(() =>
      expect(calls.filter((c) => c.key === 'notice.listByOrg').at(-1)?.data).toMatchObject({ cursor: 'c2' }),
    );
    const share = taroTest.fire('shareAppMessage') as { title: string; path: string };
    expect(share).toEqual({
      title: '东湖公交客运公司工会的公示',
      path: '/public/pages/org-notices/index?orgId=unit-bus',
    });
  });

  it('without orgId: the picker opens on the tree; picking a unit lists its notices; an empty one says so', async () => {
    const { calls } = backend();
    render(<OrgNoticesPage />);
    // The district itself can be chosen: it has published nothing here.
    fireEvent.click(await screen.findByText('选择「示范区总工会」'));
    await screen.findByText('这个单位还没有发布公示');
    fireEvent.click(screen.getByText('换一个单位'));
    fireEvent.click(await screen.findByText('东湖街道总工会'));
    const row = (await screen.findByText('东湖公交客运公司工会')).closest('.org-row')!;
    fireEvent.click(row.querySelector('.org-action--primary')!);
    await screen.findByText('东湖公交推荐人选单位公示');
    expect(calls.filter((c) => c.key === 'notice.listByOrg').map((c) => c.data.orgId)).toEqual([
      'district',
      'unit-bus',
    ]);
  });

  it('the 公示 tab links here with 按单位查看; a notice links here from its publisher', async () => {
    fakeBackend({
      'org.children': childrenOf(ORGS),
      'notice.listOpen': () => ok({ items: [], nextCursor: null }),
      'notice.getNotice': () => ok({ notice: publicNotice({ orgId: 'unit-bus', orgName: UNIT.name }) }),
    });
    const tab = render(<NoticesPage />);
    fireEvent.click(await screen.findByText('按单位查看 ›'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/public/pages/org-notices/index' });
    tab.unmount();
    taroTest.setRouterParams({ id: 'notice-1' });
    render(<NoticePage />);
    fireEvent.click(await screen.findByLabelText('查看东湖公交客运公司工会发布的全部公示'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/public/pages/org-notices/index?orgId=unit-bus' });
  });
});
