/** 志愿服务基地: the volunteer service bases led by model workers; a base opens its activities. */
import { CustomWrapper, View } from '@tarojs/components';
import { BaseCard } from '../../../components/base-card';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { EventCardSkeleton } from '../../../components/event-card';
import { ListFoot } from '../../../components/list-foot';
import { PageShell } from '../../../components/page-shell';
import { useBaseList } from '../../../hooks/use-events';
import { openPage, ROUTES } from '../../../lib/routes';

export default function BasesPage() {
  const list = useBaseList();
  return (
    <PageShell className="bases-page">
      <View className="section-title">志愿服务基地</View>
      {list.status === 'loading' ? (
        <>
          <EventCardSkeleton />
          <EventCardSkeleton />
        </>
      ) : list.status === 'error' ? (
        <ErrorState message={list.error?.message ?? ''} onRetry={() => void list.retry()} />
      ) : list.status === 'empty' ? (
        <EmptyState
          title="还没有志愿服务基地"
          description="工会设立劳模志愿服务基地后会显示在这里。可以先看看近期的劳模活动。"
          actionText="查看近期活动"
          onAction={() => openPage(ROUTES.events)}
        />
      ) : (
        <View>
          {list.error ? (
            <ErrorState compact message={`刷新失败：${list.error.message}`} onRetry={() => void list.retry()} />
          ) : null}
          {list.items.map((base) => (
            <CustomWrapper key={base.id}>
              <BaseCard base={base} />
            </CustomWrapper>
          ))}
          <ListFoot list={list} />
        </View>
      )}
    </PageShell>
  );
}
