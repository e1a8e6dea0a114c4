/** An event: kind, title, time, place, organizer; seats and what I can do (报名 / 取消报名 / 签到); its description. */
import { Text, View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { EVENT_KIND_ZH } from '../../../api/content';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { EventActions } from '../../../components/event-actions';
import { PageShell } from '../../../components/page-shell';
import { useEvent } from '../../../hooks/use-event';
import { formatEventTimeZh } from '../../../lib/format';
import { eventUrl, openPage, ROUTES } from '../../../lib/routes';
import './index.scss';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="event-page__row">
      <Text className="event-page__label">{label}</Text>
      <Text className="event-page__value">{value}</Text>
    </View>
  );
}

export default function EventPage() {
  const page = useEvent();
  const { request, detail } = page;
  useShareAppMessage(() => ({ title: detail?.title ?? '劳模活动', path: eventUrl(page.id) }));

  if (!detail && request.status === 'error' && request.error.code === 'NOT_FOUND') {
    return (
      <PageShell className="event-page">
        <EmptyState
          title="活动不存在或已取消"
          description="链接可能已失效，或主办方取消了这场活动。可以看看其他正在报名的活动。"
          actionText="查看全部活动"
          onAction={() => openPage(ROUTES.events)}
        />
      </PageShell>
    );
  }
  if (!detail && request.status === 'error') {
    return (
      <PageShell className="event-page">
        <ErrorState message={request.error.message} onRetry={() => void request.reload()} />
      </PageShell>
    );
  }
  if (!detail) {
    return (
      <PageShell className="event-page event-page--loading">
        <View className="card event-page__head" ariaLabel="正在加载">
          <View className="skeleton-line" />
          <View className="skeleton-line skeleton-line--short" />
          <View className="skeleton-line" />
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell className="event-page">
      <View className="card event-page__head">
        <Text className="event-page__kind">{EVENT_KIND_ZH[detail.kind]}</Text>
        <Text className="event-page__title">{detail.title}</Text>
        <Row label="时间" value={formatEventTimeZh(detail.startsAt, detail.endsAt)} />
        <Row label="地点" value={detail.place} />
        <Row label="主办" value={detail.orgName} />
        {detail.hours !== undefined ? <Row label="志愿时长" value={`签到后记 ${detail.hours} 小时`} /> : null}
      </View>
      <EventActions {...page} />
      <View className="section-title">活动介绍</View>
      <View className="card event-page__desc">
        <Text>{detail.description}</Text>
      </View>
    </PageShell>
  );
}
