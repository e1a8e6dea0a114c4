/**
 * An event in a list: kind, two-line title, time, place, seats taken. Tap opens the event. Title and
 * tag share the story card's rules (story-card/index.scss), so the two kinds of card match.
 */
import { memo, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { EVENT_KIND_ZH, type EventCard as Event } from '../../api/content';
import { formatEventTimeZh } from '../../lib/format';
import { openEvent } from '../../lib/routes';
import '../story-card/index.scss';
import './index.scss';

export interface EventCardProps {
  event: Event;
  /** The server's time: the year is left out when it is this year's. */
  serverTime?: string;
  /** A status mark in the corner (我的报名). */
  badge?: ReactNode;
  onOpen?: (id: string) => void;
}

export const EventCard = memo(function EventCard({ event, serverTime, badge, onOpen = openEvent }: EventCardProps) {
  const full = event.signedUp >= event.capacity;
  return (
    <View className="event-card" ariaRole="link" onClick={() => onOpen(event.id)}>
      <View className="event-card__head">
        <Text className="event-card__kind">{EVENT_KIND_ZH[event.kind]}</Text>
        {badge}
      </View>
      <Text className="event-card__title">{event.title}</Text>
      <Text className="event-card__line">{formatEventTimeZh(event.startsAt, event.endsAt, serverTime)}</Text>
      <Text className="event-card__line">{event.place}</Text>
      <View className="event-card__foot">
        <Text className={full ? 'event-card__seats event-card__seats--full' : 'event-card__seats'}>
          {full ? `名额已满（${event.capacity}人）` : `已报名 ${event.signedUp}/${event.capacity}`}
        </Text>
        {event.hours !== undefined ? <Text className="event-card__hours">志愿时长 {event.hours} 小时</Text> : null}
      </View>
    </View>
  );
});

/** The placeholder while a list of events loads. */
export function EventCardSkeleton() {
  return (
    <View className="event-card event-card--skeleton" ariaLabel="正在加载">
      <View className="skeleton-line" />
      <View className="skeleton-line skeleton-line--short" />
    </View>
  );
}
