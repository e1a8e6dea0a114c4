import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OutputOf } from '../../../shared/api';
import type { Reply } from '../../../shared/envelope';
import { fail, ok } from '../../test/fixtures';
import { fakeCall, org, typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { OrgRetireForm } from '.';

afterEach(() => taroTest.reset());

type RetireReply = Reply<OutputOf<'org', 'retireOrg'>>;
const BUS = org('unit-bus', { name: '东湖公交客运公司工会', version: 4 });

function renderForm(...replies: RetireReply[]) {
  const retireOrg = fakeCall<unknown, OutputOf<'org', 'retireOrg'>>(...replies);
  const handlers = { onDone: jest.fn(), onCancel: jest.fn(), onConflict: jest.fn() };
  render(<OrgRetireForm org={BUS} retireOrg={retireOrg as never} {...handlers} />);
  return { retireOrg, ...handlers };
}

describe('OrgRetireForm (irreversible: a confirmation with a reason)', () => {
  it('says what will happen and that it cannot be undone', async () => {
    renderForm();
    expect(await screen.findByText(/确定撤销「东湖公交客运公司工会」（基层工会）吗？/)).toBeTruthy();
    expect(screen.getByText(/此操作不可恢复/)).toBeTruthy();
  });

  it('requires a reason before anything is sent', async () => {
    const { retireOrg } = renderForm();
    fireEvent.click(await screen.findByText('确认撤销'));
    await screen.findByText('请填写原因');
    await typeInto('撤销原因', '撤');
    fireEvent.click(screen.getByText('确认撤销'));
    await screen.findByText('原因至少 2 个字');
    expect(retireOrg).not.toHaveBeenCalled();
  });

  it('cancelling sends nothing', async () => {
    const { retireOrg, onCancel } = renderForm();
    fireEvent.click(await screen.findByText('取消'));
    expect(onCancel).toHaveBeenCalled();
    expect(retireOrg).not.toHaveBeenCalled();
  });

  it('shows ORG_HAS_CHILDREN in Chinese', async () => {
    const { retireOrg, onDone } = renderForm(fail('ORG_HAS_CHILDREN'));
    await typeInto('撤销原因', '单位已注销');
    fireEvent.click(screen.getByText('确认撤销'));
    await screen.findByText('该组织下仍有在用的下级组织，请先处理下级组织');
    expect(retireOrg).toHaveBeenCalledWith(
      { id: 'unit-bus', version: 4, reason: '单位已注销' },
      { requestId: expect.any(String) },
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('on CONFLICT says so and asks the page to reload', async () => {
    const { onConflict } = renderForm(fail('CONFLICT'));
    await typeInto('撤销原因', '单位已注销');
    fireEvent.click(screen.getByText('确认撤销'));
    await screen.findByText('内容已被他人修改，请刷新后重试');
    expect(onConflict).toHaveBeenCalledTimes(1);
  });

  it('reports success', async () => {
    const { onDone } = renderForm(ok({ org: { ...BUS, status: 'retired', version: 5 } }));
    await typeInto('撤销原因', '单位已注销');
    fireEvent.click(screen.getByText('确认撤销'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ status: 'retired' })));
  });
});
