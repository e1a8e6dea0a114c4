/** 劳模活动: upcoming events, soonest first, by kind (劳模进企业 / 进校园 / 进社区, 劳模大讲堂, 志愿服务). */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { EVENT_KIND_ZH, EVENT_KINDS, type EventKind } from '../../../api/content';
import { EventList } from '../../../components/event-list';
import { KindChips } from '../../../components/kind-chips';
import { PageShell } from '../../../components/page-shell';
import { useEventList } from '../../../hooks/use-events';

export default function EventsPage() {
  const [kind, setKind] = useState<EventKind | null>(null);
  const list = useEventList(kind);
  return (
    <PageShell className="events-page">
      <KindChips
        label="活动类型"
        options={EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_ZH[k] }))}
        value={kind}
        onChange={setKind}
      />
      <View className="section-title">{kind ? EVENT_KIND_ZH[kind] : '近期活动'}</View>
      <EventList
        list={list}
        eventOf={(e) => e}
        empty={{
          title: kind ? `近期没有${EVENT_KIND_ZH[kind]}活动` : '近期没有活动',
          description: '活动发布后会显示在这里，可以下拉刷新，或看看其他类型的活动。',
          ...(kind ? { actionText: '查看全部类型', onAction: () => setKind(null) } : {}),
        }}
      />
    </PageShell>
  );
}
