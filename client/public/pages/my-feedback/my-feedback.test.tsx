/** 我的反馈: my items with replies and a masked contact; withdraw and delete personal data after confirmation; CONFLICT. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MyFeedback } from '../../../api/feedback';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import MyFeedbackPage from './index';

afterEach(() => taroTest.reset());

function item(id: string, over: Partial<MyFeedback> = {}): MyFeedback {
  return {
    id,
    version: 1,
    kind: 'feedback',
    status: 'received',
    orgName: '示范区总工会',
    content: '希望劳模故事能增加语音朗读。',
    lead: null,
    contactMasked: '139****5678',
    replies: [],
    createdAt: '2026-11-20T02:00:00.000Z',
    closedAt: null,
    eraseAt: null,
    ...over,
  };
}

describe('我的反馈', () => {
  it('lists my items with the replies and the contact masked', async () => {
    fakeBackend({
      'feedback.mine': () =>
        ok({
          items: [
            item('a', {
              kind: 'lead',
              status: 'processing',
              content: null,
              lead: { name: '孙慧敏', unit: '东湖社区卫生服务中心', reason: '坚持上门送药十二年。' },
              replies: [
                {
                  at: '2026-11-24T02:00:00.000Z',
                  text: '感谢推荐，我们已请单位工会了解情况。',
                  byOrg: '东湖街道总工会',
                },
              ],
            }),
            item('b', { status: 'refused', content: null }),
          ],
          nextCursor: null,
        }),
    });
    render(<MyFeedbackPage />);
    await screen.findByText('被推荐人：孙慧敏（东湖社区卫生服务中心）');
    expect(screen.getByText('感谢推荐，我们已请单位工会了解情况。')).toBeTruthy();
    expect(screen.getByText('东湖街道总工会 回复 · 2026年11月24日 10:00')).toBeTruthy();
    expect(screen.getByText('处理中')).toBeTruthy();
    expect(screen.getByText('内容未通过安全检查，未予受理，原文已删除。')).toBeTruthy();
    expect(screen.getAllByText('联系方式：139****5678')).toHaveLength(2);
  });

  it('withdraws after confirmation; on CONFLICT the list reloads and the retry sends the new version', async () => {
    let version = 1;
    const sent: unknown[] = [];
    const { calls } = fakeBackend({
      'feedback.mine': () => ok({ items: [item('a', { version })], nextCursor: null }),
      'feedback.withdraw': (d) => {
        sent.push(d);
        return d.version === 2 ? ok({ id: 'a', version: 3, status: 'withdrawn' }) : fail('CONFLICT');
      },
    });
    render(<MyFeedbackPage />);
    fireEvent.click(await screen.findByText('撤回'));
    await screen.findByText('撤回后工会将不再办理这条反馈。');
    version = 2;
    fireEvent.click(screen.getByText('确认撤回'));
    await screen.findByText('内容已被他人修改，请刷新后重试');
    await waitFor(() => expect(calls.filter((c) => c.key === 'feedback.mine')).toHaveLength(2));
    fireEvent.click(screen.getByText('确认撤回'));
    await waitFor(() =>
      expect(sent).toEqual([
        { id: 'a', version: 1 },
        { id: 'a', version: 2 },
      ]),
    );
    await waitFor(() => expect(screen.queryByText('确认撤回')).toBeNull());
  });

  it('deletes the personal data of a finished item after saying it cannot be undone', async () => {
    const { calls } = fakeBackend({
      'feedback.mine': () => ok({ items: [item('c', { status: 'closed', version: 4 })], nextCursor: null }),
      'feedback.erase': () => ok({ id: 'c', erased: true }),
    });
    render(<MyFeedbackPage />);
    expect(screen.queryByText('撤回')).toBeNull();
    fireEvent.click(await screen.findByText('删除个人信息'));
    await screen.findByText(/删除后无法恢复/);
    fireEvent.click(screen.getByText('确认删除'));
    await waitFor(() => expect(calls.find((c) => c.key === 'feedback.erase')?.data).toEqual({ id: 'c', version: 4 }));
  });

  it('says what to do when there is none, and shows a failure with 重试', async () => {
    fakeBackend({ 'feedback.mine': () => ok({ items: [], nextCursor: null }) });
    const { unmount } = render(<MyFeedbackPage />);
    await screen.findByText('还没有反馈');
    expect(screen.getAllByText('写意见反馈').length).toBeGreaterThan(0);
    unmount();
    fakeBackend({ 'feedback.mine': () => fail('UNAUTHENTICATED') });
    render(<MyFeedbackPage />);
    await screen.findByText('请先登录后再操作');
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
