import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OutputOf } from '../../../shared/api';
import { fail, ok } from '../../test/fixtures';
import { fakeCall, org, typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { OrgRenameForm } from '.';

afterEach(() => taroTest.reset());

const BUS = org('unit-bus', { name: '东湖公交客运公司工会', version: 2 });

describe('OrgRenameForm', () => {
  it('needs a different name and a reason', async () => {
    const renameOrg = fakeCall<unknown, OutputOf<'org', 'renameOrg'>>();
    render(
      <OrgRenameForm
        org={BUS}
        renameOrg={renameOrg as never}
        onDone={jest.fn()}
        onCancel={jest.fn()}
        onConflict={jest.fn()}
      />,
    );
    fireEvent.click(await screen.findByText('确认更名'));
    await screen.findByText('新名称与原名称相同');
    expect(screen.getByText('请填写原因')).toBeTruthy();
    expect(renameOrg).not.toHaveBeenCalled();
  });

  it('sends the new name with the version it was shown, and the reason', async () => {
    const renamed = { ...BUS, name: '东湖公交集团工会', version: 3 };
    const renameOrg = fakeCall<unknown, OutputOf<'org', 'renameOrg'>>(ok({ org: renamed }));
    const onDone = jest.fn();
    render(
      <OrgRenameForm
        org={BUS}
        renameOrg={renameOrg as never}
        onDone={onDone}
        onCancel={jest.fn()}
        onConflict={jest.fn()}
      />,
    );
    await typeInto('新名称', '东湖公交集团工会');
    await typeInto('更名原因', '企业更名');
    fireEvent.click(screen.getByText('确认更名'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(renamed));
    expect(renameOrg.mock.calls[0]![0]).toEqual({
      id: 'unit-bus',
      version: 2,
      name: '东湖公交集团工会',
      reason: '企业更名',
    });
  });

  it('puts a server issue under its field', async () => {
    const renameOrg = fakeCall<unknown, OutputOf<'org', 'renameOrg'>>(
      fail('BAD_REQUEST', { issues: [{ path: ['name'], message: '填写的内容有误，请检查后重试' }] }),
    );
    render(
      <OrgRenameForm
        org={BUS}
        renameOrg={renameOrg as never}
        onDone={jest.fn()}
        onCancel={jest.fn()}
        onConflict={jest.fn()}
      />,
    );
    await typeInto('新名称', '东湖公交集团工会');
    await typeInto('更名原因', '企业更名');
    fireEvent.click(screen.getByText('确认更名'));
    const message = await screen.findByText('组织名称应为 2–40 个字');
    expect(message.closest('.field')?.textContent).toContain('新名称');
  });
});
