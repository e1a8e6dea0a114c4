/** The cadres' queue: filters, 分派 to a colleague, 回复, 办结 (final, with a text), CONFLICT, and the gate by capability. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AdminFeedback } from '../../../api/feedback';
import type { PublicGrant } from '../../../api/identity';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import FeedbackAdminPage from './index';

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

function item(id: string, over: Partial<AdminFeedback> = {}): AdminFeedback {
  return {
    id,
    version: 2,
    kind: 'feedback',
    status: 'received',
    orgId: 'unit-bus',
    orgName: '东湖公交客运公司工会',
    content: '公交站台的劳模宣传栏字太小。',
    lead: null,
    contact: '13800001111',
    contactMasked: '138****1111',
    replies: [],
    createdAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    closedAt: null,
    eraseAt: null,
    needsReview: true,
    checkPending: false,
    assigneeName: null,
    assignedToMe: false,
    erased: false,
    ...over,
  };
}

function backend(
  items: () => AdminFeedback[],
  extra: Record<string, (d: Record<string, unknown>) => unknown> = {},
  grant = GRANT,
) {
  return fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '街道干部', grants: [grant] }),
    'feedback.list': () => ok({ items: items(), nextCursor: null }),
    ...extra,
  });
}

describe('意见反馈与推荐线索（干部）', () => {
  it('lists the open feedback of my subtree with the full contact and flags; the filters go to the server', async () => {
    taroTest.setRouterParams({ grant: 'g1', kind: 'feedback' });
    const { calls } = backend(() => [item('a')]);
    render(<FeedbackAdminPage />);
    await screen.findByText('公交站台的劳模宣传栏字太小。');
    expect(screen.getByText('联系方式：13800001111')).toBeTruthy();
    expect(screen.getByText('内容待人工复核')).toBeTruthy();
    expect(screen.queryByText('推荐线索')).toBeNull(); // no 档案管理: no kind toggle
    expect(calls.find((c) => c.key === 'feedback.list')?.data).toEqual({
      kind: 'feedback',
      grantId: 'g1',
      cursor: null,
      status: 'open',
    });
    fireEvent.click(screen.getByText('只看分派给我的'));
    await waitFor(() =>
      expect(calls.filter((c) => c.key === 'feedback.list').pop()?.data).toMatchObject({
        assignedToMe: true,
        status: 'open',
      }),
    );
    fireEvent.click(screen.getByText('全部'));
    await waitFor(() =>
      expect(calls.filter((c) => c.key === 'feedback.list').pop()?.data).toMatchObject({ status: 'all' }),
    );
  });

  it('assigns to a colleague from the people who reach the item', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    const { calls } = backend(() => [item('a')], {
      'feedback.assignees': () =>
        ok({
          items: [
            { grantId: 'g1', name: '街道干部', orgName: '东湖街道总工会', isMe: true },
            { grantId: 'g9', name: '区总工会干部', orgName: '示范区总工会', isMe: false },
          ],
        }),
      'feedback.assign': () => ok({ id: 'a', version: 3, status: 'processing' }),
    });
    render(<FeedbackAdminPage />);
    fireEvent.click(await screen.findByText('分派'));
    await screen.findByText('街道干部（我）');
    fireEvent.click(screen.getByLabelText('分派给区总工会干部'));
    await waitFor(() =>
      expect(calls.find((c) => c.key === 'feedback.assign')?.data).toEqual({ id: 'a', version: 2, grantId: 'g9' }),
    );
    await waitFor(() => expect(screen.queryByText('分派办理人')).toBeNull());
  });

  it('replies, and closes only with a text after saying it is final; a CONFLICT reloads and the retry sends the new version', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    let version = 2;
    const closes: unknown[] = [];
    const { calls } = backend(() => [item('a', { version })], {
      'feedback.reply': () => ok({ id: 'a', version: 3, status: 'processing' }),
      'feedback.close': (d) => {
        closes.push(d);
        return d.version === 3 ? ok({ id: 'a', version: 4, status: 'closed' }) : fail('CONFLICT');
      },
    });
    render(<FeedbackAdminPage />);
    fireEvent.click(await screen.findByText('回复'));
    await typeInto('回复内容', '感谢反馈，正在联系制作单位。');
    fireEvent.click(screen.getByText('发送回复'));
    await waitFor(() =>
      expect(calls.find((c) => c.key === 'feedback.reply')?.data).toEqual({
        id: 'a',
        version: 2,
        text: '感谢反馈，正在联系制作单位。',
      }),
    );

    fireEvent.click(await screen.findByText('办结'));
    await screen.findByText(/此操作不可撤销/);
    fireEvent.click(screen.getByText('确认办结'));
    await screen.findByText('请填写办结说明（至少 2 个字）');
    await typeInto('办结说明', '宣传栏已更换为大字版。');
    version = 3; // someone else acted meanwhile: the page still holds version 2
    fireEvent.click(screen.getByText('确认办结'));
    await screen.findByText('内容已被他人修改，请刷新后重试');
    await waitFor(() => expect(calls.filter((c) => c.key === 'feedback.list').length).toBeGreaterThanOrEqual(3));
    fireEvent.click(screen.getByText('确认办结'));
    await waitFor(() => expect(closes).toHaveLength(2));
    expect(closes[1]).toEqual({ id: 'a', version: 3, text: '宣传栏已更换为大字版。' });
  });

  it('leads need 档案管理: without it, the page says so', async () => {
    taroTest.setRouterParams({ grant: 'g1', kind: 'lead' });
    const { calls } = backend(() => []);
    render(<FeedbackAdminPage />);
    await screen.findByText('您没有档案管理权限，不能办理推荐线索');
    expect(calls.some((c) => c.key === 'feedback.list')).toBe(false);
  });
});
