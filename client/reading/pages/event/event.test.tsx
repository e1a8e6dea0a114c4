/** The event page: what I can do by state (报名 / 名额已满 / 取消报名 / 签到 / 已签到), and each call. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { EventDetail } from '../../../api/content';
import { deferred, eventDetail, fail } from '../../../test/fixtures';
import { buttonNamed, fakeBackend, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import EventPage from './index';

afterEach(() => taroTest.reset());
beforeEach(() => taroTest.setRouterParams({ id: 'event-1' }));

/** 2027-05-08 10:00 in Shanghai; the event is on 2027-05-20 14:00–16:00. */
const NOW = '2027-05-08T02:00:00.000Z';
const at = <T,>(data: T, serverTime = NOW) => ({ ok: true as const, data, serverTime });

function show(detail: Partial<EventDetail>, serverTime = NOW, extra = {}) {
  const backend = fakeBackend({ 'content.getEvent': () => at(eventDetail(detail), serverTime), ...extra });
  render(<EventPage />);
  return backend;
}

describe('活动详情', () => {
  it('signs up: progress, then 已报名 and one more seat taken', async () => {
    const reply = deferred<unknown>();
    const { calls, fetchMock } = show({}, NOW, { 'content.signUp': () => reply.promise });
    await screen.findByText('第 1 场劳模大讲堂：匠心与创新');
    expect(document.querySelector('.event-actions__count')?.textContent).toBe('12');
    fireEvent.click(screen.getByText('报名'));
    await screen.findByText('正在报名…');
    expect(buttonNamed('正在报名…').disabled).toBe(true);
    fireEvent.click(screen.getByText('正在报名…'));

    await act(async () => reply.resolve(at({ status: 'signedUp', signedUp: 13, capacity: 120 })));
    await screen.findByText('已报名');
    expect(document.querySelector('.event-actions__count')?.textContent).toBe('13');
    expect(screen.getByText('取消报名')).toBeTruthy();
    expect(screen.queryByText('报名')).toBeNull();
    // Check-in opens an hour before the start, by the server's clock.
    expect(screen.getByText('活动开始前 1 小时（2027年5月20日 13:00）起可签到')).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '报名成功', icon: 'success' });
    expect(calls.filter((c) => c.key === 'content.signUp')).toEqual([
      { key: 'content.signUp', data: { eventId: 'event-1' } },
    ]);
    const envelope = JSON.parse((fetchMock.mock.calls[1] as [string, { body: string }])[1].body) as {
      requestId?: string;
    };
    expect(envelope.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('says 名额已满 in Chinese and reloads the event when the last seat went meanwhile', async () => {
    let detail = eventDetail();
    const { calls } = fakeBackend({
      'content.getEvent': () => at(detail),
      'content.signUp': () => {
        detail = eventDetail({ signedUp: 120 });
        return fail('EVENT_FULL');
      },
    });
    render(<EventPage />);
    fireEvent.click(await screen.findByText('报名'));
    await screen.findByText('名额已满，欢迎关注下一场活动');
    await waitFor(() => expect(calls.filter((c) => c.key === 'content.getEvent')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText('报名')).toBeNull());
    expect(document.querySelector('.event-actions__count')?.textContent).toBe('120');
  });

  it.each([
    ['a full event', { signedUp: 120 }, NOW, '名额已满，欢迎关注下一场活动'],
    ['an event that has ended', {}, '2027-05-21T00:00:00.000Z', '活动已结束'],
    [
      'a sign-up whose event ended unattended',
      { mySignup: { status: 'signedUp' as const, version: 1 } },
      '2027-05-21T00:00:00.000Z',
      '已报名 · 活动已结束，未签到',
    ],
  ])('offers no button for %s', async (_name, detail, time, text) => {
    show(detail, time);
    await screen.findByText(text);
    expect(document.querySelector('.event-actions taro-button-core')).toBeNull();
  });

  it('asks before cancelling; cancelling frees the seat and offers 报名 again', async () => {
    const { calls } = show({ signedUp: 13, mySignup: { status: 'signedUp', version: 1 } }, NOW, {
      'content.cancelSignUp': () => at({ status: 'cancelled' }),
    });
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(await screen.findByText('取消报名'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(calls.some((c) => c.key === 'content.cancelSignUp')).toBe(false);

    fireEvent.click(screen.getByText('取消报名'));
    await screen.findByText('报名');
    expect(calls.filter((c) => c.key === 'content.cancelSignUp')).toHaveLength(1);
    expect(document.querySelector('.event-actions__count')?.textContent).toBe('12');
    expect((Taro.showModal as jest.Mock).mock.calls[1]![0]).toMatchObject({
      title: '取消报名',
      confirmText: '取消报名',
    });
  });

  it('checks in with the 6-digit code once check-in opens, and shows the volunteer hours', async () => {
    let tries = 0;
    const { calls } = show(
      { kind: 'volunteer', hours: 3, mySignup: { status: 'signedUp', version: 1 } },
      '2027-05-20T05:30:00.000Z',
      {
        'content.checkIn': () =>
          ++tries === 1
            ? fail('BAD_REQUEST', { message: '签到码不正确', issues: [{ path: ['code'], message: '签到码不正确' }] })
            : at({ status: 'checkedIn', hours: 3 }),
      },
    );
    fireEvent.click(await screen.findByText('签到'));
    await screen.findByText('活动签到');
    await typeInto('签到码', '12345');
    fireEvent.click(screen.getAllByText('签到').pop()!);
    await screen.findByText('请输入 6 位数字签到码');
    expect(calls.some((c) => c.key === 'content.checkIn')).toBe(false);

    await typeInto('签到码', '654321');
    fireEvent.click(screen.getAllByText('签到').pop()!);
    const error = await screen.findByText('签到码不正确');
    expect(error.closest('.field')).toBeTruthy();

    await typeInto('签到码', '112345');
    fireEvent.click(screen.getAllByText('签到').pop()!);
    await screen.findByText('已签到 · 志愿服务时长 3 小时');
    expect(screen.queryByText('活动签到')).toBeNull();
    expect(screen.queryByText('取消报名')).toBeNull();
    expect(calls.filter((c) => c.key === 'content.checkIn').map((c) => c.data)).toEqual([
      { eventId: 'event-1', code: '654321' },
      { eventId: 'event-1', code: '112345' },
    ]);
  });

  it('says so when the event does not exist', async () => {
    fakeBackend({ 'content.getEvent': () => fail('NOT_FOUND', { message: '活动不存在或已取消' }) });
    render(<EventPage />);
    await screen.findByText('活动不存在或已取消');
    fireEvent.click(screen.getByText('查看全部活动'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/reading/pages/events/index' });
  });
});
