/** An event in 活动管理: kind, status, name, time and place, sign-ups against capacity, the check-in code. */
import { memo } from 'react';
import { Text, View } from '@tarojs/components';
import { EVENT_KIND_ZH } from '../../../shared/actions/content.schema';
import type { ManagedEvent } from '../../api/promotion';
import { eventTimeZh } from '../../lib/datetime';
import { EVENT_STATUS, StatusChip } from '../status-chip';
import './index.scss';

export const ManagedEventRow = memo(function ManagedEventRow({
  event,
  onOpen,
}: {
  event: ManagedEvent;
  onOpen: (id: string) => void;
}) {
  const status = EVENT_STATUS[event.status];
  return (
    <View className="managed-event" ariaRole="link" onClick={() => onOpen(event.id)}>
      <View className="managed-event__chips">
        <StatusChip tone={status.tone} text={status.text} />
        <Text className="managed-event__kind">{EVENT_KIND_ZH[event.kind]}</Text>
      </View>
      <Text className="managed-event__title">{event.title}</Text>
      <Text className="managed-event__meta">{eventTimeZh(event.startsAt, event.endsAt)}</Text>
      <Text className="managed-event__meta">
        {event.place} · {event.orgName}
      </Text>
      <View className="managed-event__foot">
        <Text className="muted">
          报名 {event.signedUp}/{event.capacity}
        </Text>
        <Text className="managed-event__code">签到码 {event.checkinCode}</Text>
      </View>
    </View>
  );
});
