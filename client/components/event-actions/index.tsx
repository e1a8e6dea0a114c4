/**
 * The sign-up block of an event: seats taken (a bar), my status, and the button for what I can do
 * now — 报名, 取消报名 (after a confirmation), 签到 (the 6-digit code from the organizer) — or why
 * I cannot (名额已满, 活动已结束). Buttons show progress and cannot be pressed twice.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { EventPage } from '../../hooks/use-event';
import { seatsPercent, type EventAction } from '../../lib/event-state';
import { formatDateTimeZh } from '../../lib/format';
import { CheckInSheet } from '../checkin-sheet';
import './index.scss';

type Props = Pick<EventPage, 'detail' | 'action' | 'signUp' | 'cancel' | 'checkIn' | 'pending' | 'error'>;

async function confirmCancel(): Promise<boolean> {
  const res = await Taro.showModal({
    title: '取消报名',
    content: '确定取消报名吗？名额会让给其他人；活动结束前可以再次报名。',
    confirmText: '取消报名',
    cancelText: '再想想',
    confirmColor: '#C8102E',
  });
  return Boolean(res.confirm);
}

/** The reloaded event already says it (名额已满 / 活动已结束): the error need not repeat it. */
const said = (code: string, kind: EventAction['kind']) =>
  (code === 'EVENT_FULL' && kind === 'full') || (code === 'EVENT_CLOSED' && kind === 'ended');

export function EventActions({ detail, action, signUp, cancel, checkIn, pending, error }: Props) {
  const [checkingIn, setCheckingIn] = useState(false);
  if (!detail || !action) return null;
  const busy = pending !== null;
  /** Every button waits while a call runs; the one whose call it is says so. */
  const button = (text: string, onClick: () => void, primary: boolean, busyText?: string) => {
    const mine = busyText !== undefined;
    const classes = ['btn', 'btn--block', primary ? 'btn--primary' : '', busy ? 'btn--busy' : ''];
    return (
      <Button className={classes.filter(Boolean).join(' ')} disabled={busy} onClick={onClick}>
        {mine ? busyText : text}
      </Button>
    );
  };
  const onSignUp = async () => {
    if (await signUp()) void Taro.showToast({ title: '报名成功', icon: 'success' });
  };
  const onCancel = async () => {
    if ((await confirmCancel()) && (await cancel())) void Taro.showToast({ title: '已取消报名', icon: 'none' });
  };
  return (
    <View className="card event-actions">
      <View className="event-actions__seats">
        <Text>
          已报名 <Text className="event-actions__count">{detail.signedUp}</Text> / {detail.capacity} 人
        </Text>
        {detail.signedUp >= detail.capacity ? <Text className="event-actions__full">名额已满</Text> : null}
      </View>
      <View className="event-actions__bar" ariaLabel={`已报名 ${detail.signedUp} 人，共 ${detail.capacity} 个名额`}>
        <View className="event-actions__fill" style={{ width: `${seatsPercent(detail.signedUp, detail.capacity)}%` }} />
      </View>
      {action.kind === 'signedUp' || action.kind === 'missed' || action.kind === 'checkedIn' ? (
        <Text className="event-actions__status">
          {action.kind === 'checkedIn'
            ? `已签到${action.hours !== undefined ? ` · 志愿服务时长 ${action.hours} 小时` : ''}`
            : action.kind === 'missed'
              ? '已报名 · 活动已结束，未签到'
              : '已报名'}
        </Text>
      ) : null}
      <View className="event-actions__buttons">
        {action.kind === 'open'
          ? button('报名', () => void onSignUp(), true, pending === 'signUp' ? '正在报名…' : undefined)
          : null}
        {action.kind === 'full' ? <Text className="event-actions__note">名额已满，欢迎关注下一场活动</Text> : null}
        {action.kind === 'ended' ? <Text className="event-actions__note">活动已结束</Text> : null}
        {action.kind === 'signedUp' && action.checkInOpen ? button('签到', () => setCheckingIn(true), true) : null}
        {action.kind === 'signedUp' && !action.checkInOpen ? (
          <Text className="event-actions__note">
            活动开始前 1 小时（{formatDateTimeZh(action.checkInOpensAt)}）起可签到
          </Text>
        ) : null}
        {action.kind === 'signedUp'
          ? button('取消报名', () => void onCancel(), false, pending === 'cancel' ? '正在取消…' : undefined)
          : null}
      </View>
      {error && !said(error.code, action.kind) ? (
        <View className="event-actions__error" ariaRole="alert">
          {error.message}
        </View>
      ) : null}
      {checkingIn ? <CheckInSheet checkIn={checkIn} onClose={() => setCheckingIn(false)} /> : null}
    </View>
  );
}
