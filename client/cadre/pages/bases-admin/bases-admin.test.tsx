/**
 * 志愿服务基地管理 as a page: the list with status, creating a base with leaders and areas, editing,
 * 下线 with a reason, 重新上线 after confirmation (CONFLICT reloads), the entry in 工作台.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { PublicGrant } from '../../../api/identity';
import type { ManagedBase } from '../../../api/promotion';
import { checkBase, initialBase } from '../../../hooks/use-base-form';
import { fail, ok } from '../../../test/fixtures';
import { childrenOf, fakeBackend, org, SUB_EAST, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import CadreHomePage from '../home/index';
import BasesAdminPage from './index';

afterEach(() => taroTest.reset());

const GRANT: PublicGrant = {
  id: 'g1',
  role: 'cadre',
  orgId: 'sub-east',
  orgPathKey: '/district/sub-east/',
  orgName: '东湖街道总工会',
  tier: 'middle',
  capabilities: ['content.manage'],
  grantedAt: '2026-01-01T00:00:00Z',
};

function base(id: string, over: Partial<ManagedBase> = {}): ManagedBase {
  return {
    id,
    version: 2,
    status: 'active',
    name: '东湖劳模志愿服务基地',
    orgId: 'sub-east',
    orgName: '东湖街道总工会',
    leaderModelWorkerIds: ['mw-09', 'mw-02'],
    leaderNames: ['吴德明', '王秀兰'],
    areas: ['dailyLife', 'medicine'],
    description: '由劳模带头，定期为社区居民提供家电维修、健康咨询等志愿服务。',
    ...over,
  };
}

type Handler = (d: Record<string, unknown>) => unknown;
function backend(bases: () => ManagedBase[], extra: Record<string, Handler> = {}) {
  return fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '街道干部', grants: [GRANT] }),
    'org.get': () => ok({ org: SUB_EAST }),
    'org.children': childrenOf([org('unit-hospital', { name: '东湖社区卫生服务中心工会' })]),
    'promotion.listManagedBases': () => ok({ items: bases(), nextCursor: null }),
    'promotion.listLeaderCandidates': () =>
      ok({
        items: [
          { id: 'mw-02', name: '王秀兰' },
          { id: 'mw-10', name: '郑丽华' },
        ],
        nextCursor: null,
      }),
    ...extra,
  });
}

describe('志愿服务基地管理', () => {
  it('lists my bases with status, areas and leaders, and the action each allows', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    backend(() => [
      base('base-01'),
      base('base-02', { status: 'closed', name: '滨河法律志愿服务基地', areas: ['law'] }),
    ]);
    render(<BasesAdminPage />);
    await screen.findByText('滨河法律志愿服务基地');
    expect(screen.getByText('展示中')).toBeTruthy();
    expect(screen.getByText('已下线')).toBeTruthy();
    expect(screen.getByText('生活服务 · 医疗')).toBeTruthy();
    expect(screen.getAllByText('带头劳模：吴德明、王秀兰')).toHaveLength(2);
    expect(screen.getByLabelText('下线「东湖劳模志愿服务基地」')).toBeTruthy();
    expect(screen.getByLabelText('重新上线「滨河法律志愿服务基地」')).toBeTruthy();
  });

  it('shows the empty state, then creates a base with its leaders and areas; checks come first', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    let saved = false;
    const { calls } = backend(() => (saved ? [base('b-new', { version: 1, name: '滨河法律志愿服务基地' })] : []), {
      'promotion.saveBase': () => {
        saved = true;
        return ok({ id: 'b-new', version: 1, status: 'active' });
      },
    });
    render(<BasesAdminPage />);
    await screen.findByText('还没有志愿服务基地');
    fireEvent.click(screen.getByText('新建基地'));
    fireEvent.click(await screen.findByText('创建基地'));
    await screen.findByText('请填写基地名称');
    expect(screen.getByText('请选择至少一位带头劳模')).toBeTruthy();
    expect(screen.getByText('请选择至少一个服务领域')).toBeTruthy();
    expect(calls.some((c) => c.key === 'promotion.saveBase')).toBe(false);

    await typeInto('基地名称', '滨河法律志愿服务基地');
    fireEvent.click(screen.getByLabelText('带头劳模'));
    fireEvent.click(await screen.findByLabelText('郑丽华'));
    fireEvent.click(screen.getByLabelText('王秀兰'));
    expect(screen.getByLabelText('郑丽华').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByText('完成（已选 2 位）'));
    await screen.findByText('郑丽华、王秀兰');
    fireEvent.click(screen.getByLabelText('法律'));
    await typeInto('基地介绍', '劳模带头为职工和居民提供法律咨询。');
    fireEvent.click(screen.getByText('创建基地'));
    await waitFor(() => expect(calls.some((c) => c.key === 'promotion.saveBase')).toBe(true));
    expect(calls.find((c) => c.key === 'promotion.saveBase')!.data).toEqual({
      base: {
        name: '滨河法律志愿服务基地',
        orgId: 'sub-east',
        leaderModelWorkerIds: ['mw-10', 'mw-02'],
        areas: ['law'],
        description: '劳模带头为职工和居民提供法律咨询。',
      },
    });
    await screen.findByText('滨河法律志愿服务基地');
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已创建', icon: 'success' });
  });

  it('edits a base with its version; the server’s issue lands on its field', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    const replies = [
      fail('NOT_FOUND', { issues: [{ path: ['base', 'leaderModelWorkerIds'], message: '带头劳模的档案不存在' }] }),
      ok({ id: 'base-01', version: 3, status: 'active' }),
    ];
    const { calls } = backend(() => [base('base-01')], { 'promotion.saveBase': () => replies.shift() });
    render(<BasesAdminPage />);
    fireEvent.click(await screen.findByLabelText('编辑「东湖劳模志愿服务基地」'));
    await screen.findByText('基地展示中：保存后修改立即对公众生效。');
    expect(screen.getByText('吴德明、王秀兰')).toBeTruthy();
    fireEvent.click(screen.getByText('保存修改'));
    const issue = await screen.findByText('带头劳模的档案不存在');
    expect(issue.closest('.field')?.textContent).toContain('带头劳模');
    fireEvent.click(screen.getByText('保存修改'));
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.saveBase')).toHaveLength(2));
    expect(calls.filter((c) => c.key === 'promotion.saveBase')[1]!.data).toMatchObject({
      id: 'base-01',
      version: 2,
      base: { leaderModelWorkerIds: ['mw-09', 'mw-02'], areas: ['dailyLife', 'medicine'] },
    });
  });

  it('下线 asks for the reason and sends it; 重新上线 is confirmed, and a CONFLICT reloads the version', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    let current = base('base-01');
    const sent: unknown[] = [];
    const { calls } = backend(() => [current], {
      'promotion.unpublishBase': (d) => {
        sent.push(d);
        current = { ...current, status: 'closed', version: 3 };
        return ok({ id: 'base-01', version: 3, status: 'closed' });
      },
      'promotion.publishBase': (d) => {
        sent.push(d);
        return d.version === 4 ? ok({ id: 'base-01', version: 5, status: 'active' }) : fail('CONFLICT');
      },
    });
    render(<BasesAdminPage />);
    fireEvent.click(await screen.findByLabelText('下线「东湖劳模志愿服务基地」'));
    await screen.findByText(/下线后公众在「志愿服务基地」中看不到它/);
    fireEvent.click(screen.getByText('确认下线'));
    await screen.findByText('请填写原因');
    expect(sent).toHaveLength(0);
    await typeInto('下线原因', '基地场地改造，暂停服务');
    fireEvent.click(screen.getByText('确认下线'));
    await screen.findByText('已下线');
    expect(sent[0]).toEqual({ id: 'base-01', version: 2, reason: '基地场地改造，暂停服务' });

    fireEvent.click(screen.getByLabelText('重新上线「东湖劳模志愿服务基地」'));
    current = { ...current, version: 4 }; // edited elsewhere meanwhile
    fireEvent.click(await screen.findByText('确认上线'));
    await screen.findByText('内容已被他人修改，请刷新后重试');
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.listManagedBases').length).toBe(3));
    fireEvent.click(screen.getByText('确认上线'));
    await waitFor(() => expect(screen.queryByText('确认上线')).toBeNull());
    expect(sent.slice(1)).toEqual([
      { id: 'base-01', version: 3 },
      { id: 'base-01', version: 4 },
    ]);
  });

  it('is reached from 工作台 next to 活动管理', async () => {
    backend(() => []);
    const { container } = render(<CadreHomePage />);
    await screen.findByText('志愿服务基地');
    const titles = Array.from(container.querySelectorAll('.nav-cell__title')).map((el) => el.textContent);
    expect(titles.indexOf('志愿服务基地')).toBe(titles.indexOf('活动管理') + 1);
    fireEvent.click(screen.getByText('志愿服务基地'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/cadre/pages/bases-admin/index?grant=g1' });
  });
});

describe('the base form’s checks', () => {
  it('mirror the schema: name 4–40, a leader, an area, a description of 10–500', () => {
    const v = initialBase(null, GRANT);
    expect(v.org).toEqual({ id: 'sub-east', name: '东湖街道总工会' });
    expect(checkBase({ ...v, name: '基地', description: '太短' })).toMatchObject({
      name: '基地名称应为 4–40 个字',
      leaderModelWorkerIds: '请选择至少一位带头劳模',
      areas: '请选择至少一个服务领域',
      description: '基地介绍应为 10–500 个字',
    });
  });
});
