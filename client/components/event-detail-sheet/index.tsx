/**
 * An event for its organizer: the check-in code large enough to read out or show on a screen, the
 * details, and what can be done next — 编辑, 发布 (a draft), 取消活动 (with a reason).
 */
import { Button, Text, View } from '@tarojs/components';
import { EVENT_KIND_ZH } from '../../../shared/actions/content.schema';
import type { ManagedEvent } from '../../api/promotion';
import { eventTimeZh } from '../../lib/datetime';
import { Sheet } from '../sheet';
import { EVENT_STATUS, StatusChip } from '../status-chip';
import './index.scss';

export interface EventDetailSheetProps {
  event: ManagedEvent;
  onEdit: () => void;
  onPublish: () => void;
  onCancelEvent: () => void;
  onClose: () => void;
}

export function EventDetailSheet({ event, onEdit, onPublish, onCancelEvent, onClose }: EventDetailSheetProps) {
  const status = EVENT_STATUS[event.status];
  const open = event.status !== 'cancelled';
  const code = `${event.checkinCode.slice(0, 3)} ${event.checkinCode.slice(3)}`;
  return (
    <Sheet
      title="活动详情"
      className="event-detail"
      onClose={onClose}
      footer={
        open ? (
          <View className="event-detail__actions">
            <Button className="btn" onClick={onCancelEvent}>
              取消活动
            </Button>
            <Button className="btn" onClick={onEdit}>
              编辑
            </Button>
            {event.status === 'draft' ? (
              <Button className="btn btn--primary" onClick={onPublish}>
                发布
              </Button>
            ) : null}
          </View>
        ) : undefined
      }
    >
      <View className="event-detail__code-box" ariaLabel={`签到码 ${event.checkinCode}`}>
        <Text className="event-detail__code-label">签到码</Text>
        <Text className="event-detail__code">{code}</Text>
        <Text className="event-detail__code-hint">
          {event.status === 'published'
            ? '活动现场向参加者出示或念出，参加者在活动页输入签到'
            : event.status === 'draft'
              ? '活动发布后，参加者凭此码在现场签到'
              : '活动已取消，签到码不再有效'}
        </Text>
      </View>
      <View className="event-detail__chips">
        <StatusChip tone={status.tone} text={status.text} />
        <Text className="event-detail__kind">{EVENT_KIND_ZH[event.kind]}</Text>
      </View>
      <Text className="event-detail__title">{event.title}</Text>
      <Text className="event-detail__line">时间：{eventTimeZh(event.startsAt, event.endsAt)}</Text>
      <Text className="event-detail__line">地点：{event.place}</Text>
      <Text className="event-detail__line">主办：{event.orgName}</Text>
      <Text className="event-detail__line">
        报名：{event.signedUp}/{event.capacity} 人
        {event.hours !== undefined ? ` · 志愿服务时长 ${event.hours} 小时` : ''}
      </Text>
      <Text className="event-detail__desc">{event.description}</Text>
    </Sheet>
  );
}
