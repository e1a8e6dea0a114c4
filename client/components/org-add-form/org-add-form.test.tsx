import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { OutputOf } from '../../../shared/api';
import type { Reply } from '../../../shared/envelope';
import { deferred, ok } from '../../test/fixtures';
import { buttonNamed, DISTRICT, fakeCall, org, SUB_EAST, typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { OrgAddForm } from '.';

afterEach(() => taroTest.reset());

type AddReply = Reply<OutputOf<'org', 'addOrg'>>;

function renderForm(parent = SUB_EAST, ...replies: Array<AddReply | Promise<AddReply>>) {
  const addOrg = fakeCall<unknown, OutputOf<'org', 'addOrg'>>(...replies);
  const onDone = jest.fn();
  render(<OrgAddForm parent={parent} addOrg={addOrg as never} onDone={onDone} onCancel={jest.fn()} />);
  return { addOrg, onDone };
}

describe('OrgAddForm', () => {
  it('asks for a name and, under the district, a kind, in Chinese, before sending anything', async () => {
    const { addOrg } = renderForm(DISTRICT);
    fireEvent.click(await screen.findByText('确认新增'));
    await screen.findByText('请填写组织名称');
    expect(screen.getByText('请选择组织类型')).toBeTruthy();
    // Only the kinds a district federation may have.
    for (const kind of ['街道总工会', '地区工会', '功能区工会', '产业工会'])
      expect(screen.getByText(kind)).toBeTruthy();
    expect(screen.queryByText('基层工会')).toBeNull();
    expect(addOrg).not.toHaveBeenCalled();
  });

  it('refuses a one-character name', async () => {
    const { addOrg } = renderForm();
    await typeInto('组织名称', '工');
    fireEvent.click(screen.getByText('确认新增'));
    await screen.findByText('组织名称应为 2–40 个字');
    expect(addOrg).not.toHaveBeenCalled();
  });

  it('sends a grassroots union under a subdistrict, shows progress, and cannot be pressed twice', async () => {
    const pending = deferred<AddReply>();
    const { addOrg, onDone } = renderForm(SUB_EAST, pending.promise);
    expect(screen.getByText('基层工会').getAttribute('aria-checked')).toBe('true');
    await typeInto('组织名称', '  东湖物流园工会 ');
    fireEvent.click(screen.getByText('确认新增'));
    fireEvent.click(await screen.findByText('正在新增…'));
    expect(addOrg).toHaveBeenCalledTimes(1);
    expect(buttonNamed('正在新增…').disabled).toBe(true);
    expect(addOrg).toHaveBeenCalledWith(
      { parentId: 'sub-east', name: '东湖物流园工会', kind: 'grassroots' },
      { requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) },
    );
    const created = org('new', { name: '东湖物流园工会' });
    await act(async () => pending.resolve(ok({ org: created })));
    expect(onDone).toHaveBeenCalledWith(created);
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已新增', icon: 'success' });
  });
});
