/**
 * 公示: the district and middle-tier notices open now, closing soonest first, with a countdown on
 * the server's clock; chips filter by the publishing organization; pull down to refresh, scroll to
 * page. A unit notice is reached from its organization or its poster, not listed here.
 */
import { useState } from 'react';
import { CustomWrapper, ScrollView, Text, View } from '@tarojs/components';
import type { NoticeCard } from '../../api/notice';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { ListFoot } from '../../components/list-foot';
import { PageShell } from '../../components/page-shell';
import { StatusChip } from '../../components/status-chip';
import { useNoticeOrgs, useOpenNotices } from '../../hooks/use-notices';
import { countdownZh, openNotice, TIER_NOTICE_ZH } from '../../lib/notice';
import './index.scss';

const SKELETONS = [0, 1, 2];

function NoticeRow({ item, now }: { item: NoticeCard; now: number }) {
  return (
    <View
      className="card notice-row"
      ariaRole="link"
      ariaLabel={`${item.title}，${item.orgName}，${countdownZh(item.closesAt, now)}`}
      onClick={() => openNotice(item.id)}
    >
      <View className="notice-row__head">
        <StatusChip tone="live" text={TIER_NOTICE_ZH[item.tier]} />
        <Text className="notice-row__countdown">{countdownZh(item.closesAt, now)}</Text>
      </View>
      <Text className="notice-row__title">{item.title}</Text>
      <Text className="muted">
        {item.orgName} · 公示人选 {item.nomineeCount} 名
      </Text>
      <Text className="muted">公示时间：{item.periodZh}</Text>
    </View>
  );
}

export default function NoticesPage() {
  const [orgId, setOrgId] = useState<string | null>(null);
  const orgs = useNoticeOrgs();
  const { list, now } = useOpenNotices(orgId);
  const chosen = orgs.data?.find((o) => o.id === orgId) ?? null;
  return (
    <PageShell className="notices-page">
      <View className="section-title">正在公示</View>
      {orgs.data && orgs.data.length > 1 ? (
        <ScrollView scrollX className="notices-page__filters">
          <View className="chips" ariaRole="radiogroup" ariaLabel="按发布单位筛选">
            {[{ id: null, name: '全部' }, ...orgs.data.map((o) => ({ id: o.id as string | null, name: o.name }))].map(
              (o) => (
                <View
                  key={o.id ?? 'all'}
                  className={o.id === orgId ? 'chip chip--on' : 'chip'}
                  ariaRole="radio"
                  aria-checked={o.id === orgId}
                  onClick={() => setOrgId(o.id)}
                >
                  {o.name}
                </View>
              ),
            )}
          </View>
        </ScrollView>
      ) : null}
      {list.status === 'loading' ? (
        <View ariaLabel="正在加载">
          {SKELETONS.map((n) => (
            <View key={n} className="card notice-row notice-row--skeleton">
              <View className="notice-row__bar" />
              <View className="notice-row__bar notice-row__bar--short" />
            </View>
          ))}
        </View>
      ) : list.status === 'error' ? (
        <ErrorState message={list.error?.message ?? ''} onRetry={() => void list.retry()} />
      ) : list.status === 'empty' ? (
        <View className="card">
          <EmptyState
            title={chosen ? `「${chosen.name}」当前没有正在公示的名单` : '当前没有正在公示的名单'}
            description="劳模、先进工作者推荐人选进入公示期后，名单和公示起止日期会在这里发布。公示期内，您可以查看人选事迹，并对人选实名提出异议。"
            actionText={chosen ? '查看全部' : '刷新'}
            onAction={() => (chosen ? setOrgId(null) : void list.refresh())}
          />
        </View>
      ) : (
        <View>
          {list.error ? (
            <ErrorState compact message={`刷新失败：${list.error.message}`} onRetry={() => void list.retry()} />
          ) : null}
          {list.items.map((item) => (
            <CustomWrapper key={item.id}>
              <NoticeRow item={item} now={now} />
            </CustomWrapper>
          ))}
          <ListFoot list={list} />
        </View>
      )}
    </PageShell>
  );
}
