import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OutputOf } from '../../../shared/api';
import { ok } from '../../test/fixtures';
import { fakeCall, typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { GrantRevokeForm } from '.';

afterEach(() => taroTest.reset());

const GRANT = {
  grantId: 'g-7',
  version: 2,
  holderName: '王师傅',
  role: 'cadre' as const,
  orgName: '东湖公交客运公司工会',
  capabilities: [],
  grantedAt: '2026-04-01T00:00:00Z',
};

describe('GrantRevokeForm (irreversible: a confirmation with a reason)', () => {
  it('names whose access ends, and sends nothing without a reason', async () => {
    const revokeGrant = fakeCall<unknown, OutputOf<'identity', 'revokeGrant'>>();
    render(
      <GrantRevokeForm
        grant={GRANT}
        revokeGrant={revokeGrant as never}
        onDone={jest.fn()}
        onCancel={jest.fn()}
        onConflict={jest.fn()}
      />,
    );
    expect(await screen.findByText(/确定撤销 王师傅 在「东湖公交客运公司工会」的工会干部身份吗？/)).toBeTruthy();
    fireEvent.click(screen.getByText('确认撤销'));
    await screen.findByText('请填写原因');
    expect(revokeGrant).not.toHaveBeenCalled();
  });

  it('revokes with the version shown and the reason', async () => {
    const revokeGrant = fakeCall<unknown, OutputOf<'identity', 'revokeGrant'>>(ok({ revoked: true }));
    const onDone = jest.fn();
    render(
      <GrantRevokeForm
        grant={GRANT}
        revokeGrant={revokeGrant as never}
        onDone={onDone}
        onCancel={jest.fn()}
        onConflict={jest.fn()}
      />,
    );
    await typeInto('撤销原因', '岗位调整');
    fireEvent.click(screen.getByText('确认撤销'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(revokeGrant.mock.calls[0]![0]).toEqual({ grantId: 'g-7', version: 2, reason: '岗位调整' });
  });
});
