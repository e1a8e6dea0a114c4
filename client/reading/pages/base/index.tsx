/** A volunteer service base: its union, service areas, leading model workers, description, and activities. */
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BaseAreas } from '../../../components/base-card';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { EventList } from '../../../components/event-list';
import { PageShell } from '../../../components/page-shell';
import { useBase } from '../../../hooks/use-events';
import { openPage, ROUTES } from '../../../lib/routes';
import './index.scss';

export default function BasePage() {
  const { base, events } = useBase();
  const name = base.data?.name;
  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name });
  }, [name]);

  if (!base.data && base.status === 'error') {
    return (
      <PageShell className="base-page">
        {base.error.code === 'NOT_FOUND' ? (
          <EmptyState
            title="志愿服务基地不存在"
            description="链接可能已失效。可以回到基地列表看看其他基地。"
            actionText="查看全部基地"
            onAction={() => openPage(ROUTES.bases)}
          />
        ) : (
          <ErrorState message={base.error.message} onRetry={() => void base.reload()} />
        )}
      </PageShell>
    );
  }
  const b = base.data;
  return (
    <PageShell className="base-page">
      {b ? (
        <View className="card base-page__head">
          <Text className="base-page__name">{b.name}</Text>
          <Text className="muted">{b.orgName}</Text>
          <BaseAreas areas={b.areas} />
          {b.leaderNames.length > 0 ? (
            <Text className="base-page__leaders">领衔劳模：{b.leaderNames.join('、')}</Text>
          ) : null}
          <Text className="base-page__desc">{b.description}</Text>
        </View>
      ) : (
        <View className="card base-page__head" ariaLabel="正在加载">
          <View className="skeleton-line" />
          <View className="skeleton-line skeleton-line--short" />
        </View>
      )}
      <View className="section-title">基地活动</View>
      <EventList
        list={events}
        eventOf={(e) => e}
        empty={{
          title: '这个基地还没有发布活动',
          description: '基地发布志愿服务活动后会显示在这里。可以先看看其他近期活动。',
          actionText: '查看近期活动',
          onAction: () => openPage(ROUTES.events),
        }}
      />
    </PageShell>
  );
}
