import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { InputOf, OutputOf } from '../../../shared/api';
import type { Reply } from '../../../shared/envelope';
import type { CallOptions } from '../../api/transport';
import { deferred, fail, ok } from '../../test/fixtures';
import { taroTest } from '../../test/taro-mock';
import { RedeemForm } from '.';

afterEach(() => taroTest.reset());

type RedeemInput = InputOf<'identity', 'redeemInvitation'>;
type RedeemReply = Reply<OutputOf<'identity', 'redeemInvitation'>>;

const GRANT: OutputOf<'identity', 'redeemInvitation'>['grant'] = {
  id: 'g1',
  role: 'cadre',
  orgId: 'o1',
  orgPathKey: '/o1/',
  orgName: '东湖社区卫生服务中心工会',
  tier: 'grassroots',
  capabilities: [],
  grantedAt: '2025-05-01T00:00:00Z',
};

function fakeRedeem(...replies: Array<RedeemReply | Promise<RedeemReply>>) {
  return jest.fn((_input: RedeemInput, _options?: CallOptions) => Promise.resolve(replies.shift() ?? fail('INTERNAL')));
}

/** Taro's H5 Input renders its `<input>` asynchronously: wait for it, then type. */
async function typeInto(label: string, value: string) {
  const host = await waitFor(() => {
    const el = document.querySelector(`[aria-label="${label}"] input, input[aria-label="${label}"]`);
    if (!el) throw new Error(`no input labelled ${label}`);
    return el as HTMLInputElement;
  });
  fireEvent.input(host, { target: { value } });
}

async function renderForm(redeem: ReturnType<typeof fakeRedeem>, onRedeemed = jest.fn()) {
  render(<RedeemForm redeem={redeem as never} onRedeemed={onRedeemed} />);
  await screen.findByText('兑换');
  return onRedeemed;
}

describe('RedeemForm', () => {
  it('asks for a code before sending anything', async () => {
    const redeem = fakeRedeem();
    await renderForm(redeem);
    fireEvent.click(screen.getByText('兑换'));
    await screen.findByText('请输入邀请码');
    expect(redeem).not.toHaveBeenCalled();
  });

  it('shows an invitation error next to the code field, in Chinese', async () => {
    const redeem = fakeRedeem(fail('INVITATION_EXPIRED'));
    await renderForm(redeem);
    await typeInto('邀请码', 'ABCD-EFGH-JKLM');
    fireEvent.click(screen.getByText('兑换'));
    const message = await screen.findByText('邀请码已过期，请联系发放人重新获取');
    // Placed in the code field, not at the foot of the form.
    expect(message.closest('.field')?.textContent).toContain('邀请码');
    expect(redeem).toHaveBeenCalledWith(
      { code: 'ABCD-EFGH-JKLM' },
      { requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) },
    );
  });

  it('puts a field issue under that field, with the rule when the message is generic', async () => {
    const redeem = fakeRedeem(
      fail('BAD_REQUEST', { issues: [{ path: ['displayName'], message: '填写的内容有误，请检查后重试' }] }),
    );
    await renderForm(redeem);
    await typeInto('邀请码', 'ABCD-EFGH-JKLM');
    await typeInto('称呼', '王师傅');
    fireEvent.click(screen.getByText('兑换'));
    const message = await screen.findByText('称呼请填写 1 至 20 个字');
    expect(message.closest('.field')?.textContent).toContain('称呼（选填）');
  });

  it('shows other errors under the form', async () => {
    await renderForm(fakeRedeem(fail('RATE_LIMITED')));
    await typeInto('邀请码', 'ABCD-EFGH-JKLM');
    fireEvent.click(screen.getByText('兑换'));
    const message = await screen.findByText('操作过于频繁，请稍后再试');
    expect(message.closest('.field')).toBeNull();
  });

  it('shows progress and ignores a second press while pending', async () => {
    const pending = deferred<RedeemReply>();
    const redeem = fakeRedeem(pending.promise);
    const onRedeemed = await renderForm(redeem);
    await typeInto('邀请码', 'ABCD-EFGH-JKLM');
    fireEvent.click(screen.getByText('兑换'));
    const busy = await screen.findByText('正在兑换…');
    fireEvent.click(busy);
    expect(redeem).toHaveBeenCalledTimes(1);
    // Taro's H5 button carries `disabled="false"` when enabled: read the property, not the attribute.
    const button = () => document.querySelector('taro-button-core') as HTMLElement & { disabled?: boolean };
    expect(button().disabled).toBe(true);
    expect(button().className).toContain('btn--busy');

    await act(async () => pending.resolve(ok({ grant: GRANT })));
    await screen.findByText('兑换成功：您已成为 东湖社区卫生服务中心工会 的工会干部');
    expect(onRedeemed).toHaveBeenCalledTimes(1);
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '兑换成功', icon: 'success' });
    expect(screen.getByText('兑换')).toBeTruthy();
    expect(button().disabled).toBe(false);
    expect(button().className).not.toContain('btn--busy');
  });

  it('reuses the request id when retrying after a network failure', async () => {
    const redeem = fakeRedeem(fail('NETWORK'), ok({ grant: GRANT }));
    await renderForm(redeem);
    await typeInto('邀请码', 'ABCD-EFGH-JKLM');
    fireEvent.click(screen.getByText('兑换'));
    await screen.findByText('网络连接失败，请检查网络后重试');
    fireEvent.click(screen.getByText('兑换'));
    await screen.findByText(/兑换成功/);
    const [first, second] = redeem.mock.calls.map((call) => call[1]?.requestId);
    expect(first).toBeTruthy();
    expect(second).toBe(first);
  });
});
