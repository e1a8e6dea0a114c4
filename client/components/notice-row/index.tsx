/**
 * A notice in a list (公示 tab, one organization's notices) or on 首页: level, countdown on the
 * server's clock (or 已结束), title, publisher and nominees, and the period (or, without it, the
 * close). Opens the notice page. `NoticeList` renders a paged list of them in every state.
 */
import type { ReactNode } from 'react';
import { CustomWrapper, Text, View } from '@tarojs/components';
import type { NoticeCard } from '../../api/notice';
import type { PagedList } from '../../hooks/use-paged-list';
import { ErrorState } from '../error-state';
import { ListFoot } from '../list-foot';
import { formatDateTimeZh } from '../../lib/format';
import { countdownZh, openNotice, TIER_NOTICE_ZH } from '../../lib/notice';
import { StatusChip } from '../status-chip';
import './index.scss';

export type NoticeRowItem = Pick<NoticeCard, 'id' | 'title' | 'tier' | 'orgName' | 'closesAt' | 'nomineeCount'> &
  Partial<Pick<NoticeCard, 'periodZh' | 'status'>>;

export function NoticeRow({ item, now }: { item: NoticeRowItem; now: number }) {
  const closed = item.status === 'closed';
  const countdown = closed ? '公示已结束' : countdownZh(item.closesAt, now);
  return (
    <View
      className="card notice-row"
      ariaRole="link"
      ariaLabel={`${item.title}，${item.orgName}，${countdown}`}
      onClick={() => openNotice(item.id)}
    >
      <View className="notice-row__head">
        <StatusChip tone={closed ? 'off' : 'live'} text={TIER_NOTICE_ZH[item.tier]} />
        <Text className={closed ? 'muted' : 'notice-row__countdown'}>{countdown}</Text>
      </View>
      <Text className="notice-row__title">{item.title}</Text>
      <Text className="muted">
        {item.orgName} · 公示人选 {item.nomineeCount} 名
      </Text>
      <Text className="muted">
        {item.periodZh ? `公示时间：${item.periodZh}` : `公示截止：${formatDateTimeZh(item.closesAt)}`}
      </Text>
    </View>
  );
}

/** The loading placeholder of a list of notices. */
export function NoticeRowSkeletons({ count = 3 }: { count?: number }) {
  return (
    <View ariaLabel="正在加载">
      {Array.from({ length: count }, (_, n) => (
        <View key={n} className="card notice-row notice-row--skeleton">
          <View className="notice-row__bar" />
          <View className="notice-row__bar notice-row__bar--short" />
        </View>
      ))}
    </View>
  );
}

/** A paged list of notices: skeletons, an error with retry, `empty` (in a card), the rows and the foot. */
export function NoticeList({ list, now, empty }: { list: PagedList<NoticeCard>; now: number; empty: ReactNode }) {
  if (list.status === 'loading') return <NoticeRowSkeletons />;
  if (list.status === 'error') {
    return <ErrorState message={list.error?.message ?? ''} onRetry={() => void list.retry()} />;
  }
  if (list.status === 'empty') return <View className="card">{empty}</View>;
  return (
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
  );
}
