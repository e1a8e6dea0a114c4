/** 首页 近期活动: up to three upcoming events from the home reply, or what to expect when there are none. */
import { CustomWrapper, Text, View } from '@tarojs/components';
import type { EventCard as Event } from '../../api/content';
import { openPage, ROUTES } from '../../lib/routes';
import { EventCard } from '../event-card';
import './index.scss';

export function HomeEvents({ events, serverTime }: { events: Event[]; serverTime: string }) {
  return (
    <View className="home-events">
      <View className="section-title">
        近期活动
        <View className="home-events__more" ariaRole="link" onClick={() => openPage(ROUTES.events)}>
          全部活动 ›
        </View>
      </View>
      {events.length === 0 ? (
        <View className="card">
          <Text className="muted home-events__none">
            近期暂无活动。劳模进企业、进校园、进社区等活动发布后会显示在这里。
          </Text>
        </View>
      ) : (
        events.map((event) => (
          <CustomWrapper key={event.id}>
            <EventCard event={event} serverTime={serverTime} />
          </CustomWrapper>
        ))
      )}
    </View>
  );
}
