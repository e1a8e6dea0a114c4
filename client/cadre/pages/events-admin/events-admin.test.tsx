/** 活动管理 as a page: the list, the check-in code, creating, publishing (CONFLICT), cancelling with a reason. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PublicGrant } from '../../../api/identity';
import type { ManagedEvent } from '../../../api/promotion';
import { checkEvent, initialEvent } from '../../../hooks/use-event-form';
import { fail, ok } from '../../../test/fixtures';
import { childrenOf, fakeBackend, org, SUB_EAST, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import EventsAdminPage from './index';

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

function event(id: string, over: Partial<ManagedEvent> = {}): ManagedEvent {
  return {
    id,
    version: 2,
    status: 'draft',
    kind: 'community',
    title: '劳模进社区：健康义诊',
    description: '劳模医生为社区居民免费义诊。',
    startsAt: '2027-06-01T01:00:00.000Z',
    endsAt: '2027-06-01T04:00:00.000Z',
    place: '东湖社区广场',
    capacity: 40,
    signedUp: 3,
    orgId: 'unit-hospital',
    orgName: '东湖社区卫生服务中心工会',
    checkinCode: '428913',
    ...over,
  };
}

function backend(events: () => ManagedEvent[], extra: Record<string, (d: Record<string, unknown>) => unknown> = {}) {
  return fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '街道干部', grants: [GRANT] }),
    'org.get': () => ok({ org: SUB_EAST }),
    'org.children': childrenOf([org('unit-hospital', { name: '东湖社区卫生服务中心工会' })]),
    'promotion.listManagedEvents': () => ok({ items: events(), nextCursor: null }),
    ...extra,
  });
}

describe('活动管理', () => {
  it('lists my events with their status, and shows the check-in code large for the organizer', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    backend(() => [event('e1'), event('e2', { status: 'cancelled', title: '劳模进校园：开学第一课', kind: 'campus' })]);
    render(<EventsAdminPage />);
    await screen.findByText('劳模进校园：开学第一课');
    expect(screen.getByText('已取消')).toBeTruthy();
    expect(screen.getAllByText('2027年6月1日 09:00–12:00')).toHaveLength(2);
    fireEvent.click(screen.getByText('劳模进社区：健康义诊'));
    await screen.findByText('428 913');
    expect(screen.getByText('活动发布后，参加者凭此码在现场签到')).toBeTruthy();
    expect(screen.getByText('报名：3/40 人')).toBeTruthy();
  });

  it('publishes after confirmation; on CONFLICT the list reloads and the retry sends the new version', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    let version = 2;
    const sent: unknown[] = [];
    const { calls } = backend(() => [event('e1', { version })], {
      'promotion.publishEvent': (d) => {
        sent.push(d);
        return d.version === 3 ? ok({ id: 'e1', version: 4, status: 'published' }) : fail('CONFLICT');
      },
    });
    render(<EventsAdminPage />);
    fireEvent.click(await screen.findByText('劳模进社区：健康义诊'));
    fireEvent.click(await screen.findByText('发布'));
    await screen.findByText(/确定发布「劳模进社区：健康义诊」吗？/);
    expect(sent).toHaveLength(0);
    version = 3;
    fireEvent.click(screen.getByText('确认发布'));
    await screen.findByText('内容已被他人修改，请刷新后重试');
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.listManagedEvents')).toHaveLength(2));
    fireEvent.click(screen.getByText('确认发布'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { id: 'e1', version: 2 },
      { id: 'e1', version: 3 },
    ]);
  });

  it('cancelling is irreversible: it asks for the reason and sends it', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    const { calls } = backend(() => [event('e1', { status: 'published' })], {
      'promotion.cancelEvent': () => ok({ id: 'e1', version: 3, status: 'cancelled' }),
    });
    render(<EventsAdminPage />);
    fireEvent.click(await screen.findByText('劳模进社区：健康义诊'));
    fireEvent.click(await screen.findByText('取消活动'));
    await screen.findByText(/已报名的 3 人将看到活动已取消。此操作不可恢复。/);
    fireEvent.click(screen.getByText('确认取消活动'));
    await screen.findByText('请填写原因');
    expect(calls.some((c) => c.key === 'promotion.cancelEvent')).toBe(false);
    await typeInto('取消原因', '因天气原因改期');
    fireEvent.click(screen.getByText('确认取消活动'));
    await waitFor(() =>
      expect(calls.find((c) => c.key === 'promotion.cancelEvent')?.data).toEqual({
        id: 'e1',
        version: 2,
        reason: '因天气原因改期',
      }),
    );
  });

  it('creates an event at my organization with Shanghai times; the server’s issue lands on its field', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    const replies = [
      fail('BAD_REQUEST', { issues: [{ path: ['event', 'capacity'], message: '名额不能少于已报名人数' }] }),
      ok({ id: 'e9', version: 1, status: 'draft', checkinCode: '123456' }),
    ];
    const { calls } = backend(() => [], { 'promotion.saveEvent': () => replies.shift() });
    render(<EventsAdminPage />);
    await screen.findByText('还没有活动');
    fireEvent.click(screen.getByText('新建活动'));
    fireEvent.click(await screen.findByText('创建活动'));
    await screen.findByText('请填写活动名称');
    expect(calls.some((c) => c.key === 'promotion.saveEvent')).toBe(false);
    await typeInto('活动名称', '劳模进社区：健康义诊');
    await typeInto('活动介绍', '劳模医生为社区居民免费义诊。');
    await typeInto('活动地点', '东湖社区广场');
    fireEvent.click(screen.getByText('创建活动'));
    const issue = await screen.findByText('名额不能少于已报名人数');
    expect(issue.closest('.field')?.textContent).toContain('名额');
    fireEvent.click(screen.getByText('创建活动'));
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.saveEvent')).toHaveLength(2));
    const data = calls.filter((c) => c.key === 'promotion.saveEvent')[1]!.data as { event: Record<string, unknown> };
    expect(data.event).toMatchObject({
      kind: 'community',
      title: '劳模进社区：健康义诊',
      capacity: 50,
      orgId: 'sub-east',
      startsAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T09:00:00\+08:00$/),
      endsAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T11:00:00\+08:00$/),
    });
    expect(data.event).not.toHaveProperty('hours');
  });
});

describe('the event form’s checks', () => {
  it('needs the end after the start, a whole-number capacity, and hours for a volunteer activity', () => {
    const v = initialEvent(null, GRANT, Date.parse('2027-05-01T00:00:00Z'));
    expect(v.start).toEqual({ date: '2027-05-08', time: '09:00' });
    const checks = checkEvent({
      ...v,
      kind: 'volunteer',
      title: '劳模进社区：家电义务维修',
      description: '劳模带头为社区居民义务维修家电。',
      place: '东湖街道社区服务中心',
      end: { date: '2027-05-08', time: '08:00' },
      capacity: '2.5',
    });
    expect(checks).toMatchObject({
      endsAt: '结束时间应晚于开始时间',
      capacity: '名额应为 1–5000 的整数',
      hours: '请填写每次参加计入的志愿服务时长',
    });
  });
});
