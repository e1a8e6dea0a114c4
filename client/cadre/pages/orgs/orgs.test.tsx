/** 组织管理 as a page: browsing, who gets the tools, confirmation before retiring, CONFLICT reloads. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Org } from '../../../../shared/org';
import { fail, ok } from '../../../test/fixtures';
import { childrenOf, DISTRICT, fakeBackend, org, SUB_EAST, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import OrgsPage from './index';

afterEach(() => taroTest.reset());

const ALL = ['org.manage', 'grant.invite', 'nomination.review', 'content.manage', 'records.manage'] as const;
const me = (tier: 'district' | 'middle', orgId: string, orgName: string, capabilities: readonly string[]) =>
  ok({
    signedIn: true,
    displayName: '张干部',
    grants: [
      {
        id: 'g1',
        role: 'cadre',
        orgId,
        orgPathKey: `/${orgId}/`,
        orgName,
        tier,
        capabilities,
        grantedAt: '2026-01-01T00:00:00Z',
      },
    ],
  });

function backend(orgs: Org[], meReply = me('district', 'district', '示范区总工会', ALL), extra = {}) {
  return fakeBackend({
    'identity.me': () => meReply,
    'org.get': (d) => ok({ org: [DISTRICT, ...orgs].find((o) => o.id === d.id) }),
    'org.children': childrenOf(orgs),
    ...extra,
  });
}

const BUS = org('unit-bus', { name: '东湖公交客运公司工会', version: 2 });
const TREE = [SUB_EAST, { ...SUB_EAST, id: 'area-river', name: '滨河地区工会', kind: 'area' as const }, BUS];

describe('组织管理', () => {
  it('lists the level below my organization with kind and status, and opens a level and back', async () => {
    const { calls } = backend(TREE);
    render(<OrgsPage />);
    await screen.findByText('东湖街道总工会');
    expect(screen.getByText('地区工会')).toBeTruthy();
    expect(screen.getAllByText('在用')).toHaveLength(2);
    expect(calls.find((c) => c.key === 'org.children')?.data).toMatchObject({ parentId: 'district' });

    fireEvent.click(screen.getByText('东湖街道总工会'));
    await screen.findByText('东湖公交客运公司工会');
    expect(document.querySelector('.org-trail')?.textContent).toBe('示范区总工会›东湖街道总工会');
    fireEvent.click(screen.getByText('示范区总工会'));
    await screen.findByText('滨河地区工会');
  });

  it('gives a district cadre the tools; retiring first asks for confirmation and a reason', async () => {
    const { calls } = backend(TREE);
    render(<OrgsPage />);
    await screen.findByText('新增下级组织');
    expect(screen.getByText('从表格导入')).toBeTruthy();
    const row = (await screen.findByText('滨河地区工会')).closest('.org-row')!;
    fireEvent.click(Array.from(row.querySelectorAll('.org-action')).find((el) => el.textContent === '撤销')!);
    await screen.findByText(/确定撤销「滨河地区工会」（地区工会）吗？/);
    expect(calls.some((c) => c.key === 'org.retireOrg')).toBe(false);
    fireEvent.click(screen.getByText('确认撤销'));
    await screen.findByText('请填写原因');
    expect(calls.some((c) => c.key === 'org.retireOrg')).toBe(false);
  });

  it('lets a middle-tier holder of 组织管理 browse without tools', async () => {
    backend(TREE, me('middle', 'sub-east', '东湖街道总工会', ['org.manage']));
    render(<OrgsPage />);
    await screen.findByText('东湖公交客运公司工会');
    expect(screen.queryByText('新增下级组织')).toBeNull();
    expect(document.querySelector('.org-action')).toBeNull();
  });

  it('tells a cadre without 组织管理 so', async () => {
    backend(TREE, me('middle', 'sub-east', '东湖街道总工会', ['grant.invite']));
    render(<OrgsPage />);
    expect(await screen.findByText('您没有组织管理权限')).toBeTruthy();
  });

  it('on CONFLICT says so, reloads the list, and retries with the new version', async () => {
    let tree = TREE;
    const renames: Array<Record<string, unknown>> = [];
    const { calls } = backend(TREE, undefined, {
      'org.children': (d: Record<string, unknown>) => childrenOf(tree)(d),
      'org.renameOrg': (d: Record<string, unknown>) => {
        renames.push(d);
        return d.version === 5 ? ok({ org: { ...SUB_EAST, name: String(d.name), version: 6 } }) : fail('CONFLICT');
      },
    });
    render(<OrgsPage />);
    const row = (await screen.findByText('东湖街道总工会')).closest('.org-row')!;
    fireEvent.click(Array.from(row.querySelectorAll('.org-action')).find((el) => el.textContent === '更名')!);
    await typeInto('新名称', '东湖街道工会联合会');
    await typeInto('更名原因', '机构改革');
    tree = TREE.map((o) => (o.id === 'sub-east' ? { ...o, version: 5 } : o)); // someone else changed it
    fireEvent.click(screen.getByText('确认更名'));
    await screen.findByText('内容已被他人修改，请刷新后重试');
    await waitFor(() => expect(calls.filter((c) => c.key === 'org.children')).toHaveLength(2));
    fireEvent.click(screen.getByText('确认更名'));
    await waitFor(() => expect(renames).toHaveLength(2));
    expect(renames.map((r) => r.version)).toEqual([3, 5]);
  });
});
