import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OutputOf } from '../../../shared/api';
import type { PublicGrant } from '../../api/identity';
import { fail, ok } from '../../test/fixtures';
import { childrenOf, DISTRICT, fakeBackend, fakeCall, org, SUB_EAST, typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { InviteForm } from '.';

afterEach(() => taroTest.reset());

const DISTRICT_GRANT: PublicGrant = {
  id: 'grant-d',
  role: 'cadre',
  orgId: 'district',
  orgPathKey: '/district/',
  orgName: '示范区总工会',
  tier: 'district',
  capabilities: ['org.manage', 'grant.invite', 'nomination.review'],
  grantedAt: '2026-01-01T00:00:00Z',
};
const MIDDLE_GRANT: PublicGrant = {
  ...DISTRICT_GRANT,
  id: 'grant-m',
  orgId: 'sub-east',
  orgPathKey: '/district/sub-east/',
  orgName: '东湖街道总工会',
  tier: 'middle',
  capabilities: ['grant.invite', 'records.manage'],
};
const BUS = org('unit-bus', { name: '东湖公交客运公司工会' });

type Created = OutputOf<'identity', 'createInvitation'>;
const CREATED = { invitationId: 'i1', code: 'ABCD-EFGH-JKLM', expiresAt: '2026-05-04T10:00:00Z' };

beforeEach(() => {
  fakeBackend({
    'org.get': (d) => ok({ org: [DISTRICT, SUB_EAST].find((o) => o.id === d.id) }),
    'org.children': childrenOf([SUB_EAST, BUS]),
  });
});

function renderForm(granter: PublicGrant, ...replies: Array<ReturnType<typeof ok<Created>> | ReturnType<typeof fail>>) {
  const createInvitation = fakeCall<unknown, Created>(...replies);
  const onCreated = jest.fn();
  render(<InviteForm granter={granter} createInvitation={createInvitation as never} onCreated={onCreated} />);
  return { createInvitation, onCreated };
}

describe('InviteForm', () => {
  it('asks for the organization before sending', async () => {
    const { createInvitation } = renderForm(DISTRICT_GRANT);
    fireEvent.click(await screen.findByText('生成邀请码'));
    await screen.findByText('请选择组织');
    expect(createInvitation).not.toHaveBeenCalled();
  });

  it('offers only my own capabilities, and department reviewers only at the district tier', async () => {
    renderForm(MIDDLE_GRANT);
    await screen.findByText('生成邀请码');
    expect(screen.queryByText('部门审核人')).toBeNull();
    expect(screen.getByText('发放邀请码')).toBeTruthy();
    expect(screen.getByText('档案管理')).toBeTruthy();
    expect(screen.queryByText('组织管理')).toBeNull();
  });

  it('a department reviewer needs a department', async () => {
    const { createInvitation } = renderForm(DISTRICT_GRANT);
    fireEvent.click(await screen.findByText('部门审核人'));
    fireEvent.click(screen.getByText('生成邀请码'));
    await screen.findByText('请填写审核部门');
    await typeInto('审核部门', '局');
    fireEvent.click(screen.getByText('生成邀请码'));
    await screen.findByText('审核部门应为 2–30 个字');
    expect(createInvitation).not.toHaveBeenCalled();
  });

  it('picks a grassroots union by browsing below my organization, then creates the invitation', async () => {
    const { createInvitation, onCreated } = renderForm(DISTRICT_GRANT, ok(CREATED));
    fireEvent.click(await screen.findByText(/在「示范区总工会」的下级中选择/));
    // The picker lists the district's children; a cadre cannot be invited at my own level.
    fireEvent.click(await screen.findByText('东湖街道总工会'));
    await screen.findByText('东湖公交客运公司工会');
    expect(screen.getByText('选择「东湖街道总工会」')).toBeTruthy();
    const row = screen.getByText('东湖公交客运公司工会').closest('.org-row')!;
    fireEvent.click(row.querySelector('.org-action')!);
    await waitFor(() => expect(screen.queryByText('选择「东湖街道总工会」')).toBeNull());

    fireEvent.click(screen.getByText('推荐审核'));
    fireEvent.click(screen.getByText('7 天'));
    fireEvent.click(screen.getByText('生成邀请码'));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(createInvitation.mock.calls[0]![0]).toEqual({
      role: 'cadre',
      orgId: 'unit-bus',
      capabilities: ['nomination.review'],
      expiresInHours: 168,
    });
    expect(onCreated).toHaveBeenCalledWith({
      code: 'ABCD-EFGH-JKLM',
      expiresAt: '2026-05-04T10:00:00Z',
      orgName: '东湖公交客运公司工会',
      role: 'cadre',
    });
  });

  it('a reviewer may sit at my own organization', async () => {
    const { createInvitation } = renderForm(DISTRICT_GRANT, ok(CREATED));
    fireEvent.click(await screen.findByText('部门审核人'));
    fireEvent.click(screen.getByText(/在「示范区总工会」或其下级中选择/));
    fireEvent.click(await screen.findByText('选择「示范区总工会」'));
    await typeInto('审核部门', '区市场监管局');
    await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
    await waitFor(() => expect(createInvitation).toHaveBeenCalled());
    expect(createInvitation.mock.calls[0]![0]).toEqual({
      role: 'departmentReviewer',
      orgId: 'district',
      capabilities: [],
      expiresInHours: 72,
      department: '区市场监管局',
    });
  });

  it('shows a refusal from the server at the foot of the form', async () => {
    renderForm(MIDDLE_GRANT, fail('FORBIDDEN', { message: '不能授予自己没有的权限' }));
    fireEvent.click(await screen.findByText(/在「东湖街道总工会」的下级中选择/));
    const row = (await screen.findByText('东湖公交客运公司工会')).closest('.org-row')!;
    fireEvent.click(row.querySelector('.org-action')!);
    fireEvent.click(screen.getByText('生成邀请码'));
    expect(await screen.findByText('不能授予自己没有的权限')).toBeTruthy();
  });
});
