/**
 * 公示管理: the notices published by my organization and below, latest first, with their status
 * (公示中 / 已结束, settled statements), a link to the public page and the poster, and for unit
 * notices the physical posting (张贴) form. District cadres reach the calendar overrides from here.
 * In weapp, 「订阅公示结束提醒」 allows the notice-closed message (hidden in H5).
 */
import { useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { PublicGrant } from '../../../api/identity';
import { notice, type AdminNotice } from '../../../api/notice';
import { CadreGate } from '../../../components/cadre-gate';
import { ManagedList } from '../../../components/managed-list';
import { NoticePostingForm } from '../../../components/notice-posting-form';
import { PageShell } from '../../../components/page-shell';
import { StatusChip } from '../../../components/status-chip';
import { SubscribeConsent } from '../../../components/subscribe-consent';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { usePagedList } from '../../../hooks/use-paged-list';
import { NOTICE_ROUTES, noticeUrl, posterUrl, TIER_NOTICE_ZH } from '../../../lib/notice';
import { templateIdsOf } from '../../../lib/subscribe';
import './index.scss';

const STATUS = {
  scheduled: { tone: 'draft', text: '即将公示' },
  open: { tone: 'live', text: '公示中' },
  closed: { tone: 'off', text: '已结束' },
} as const;

function statementsOf(n: AdminNotice): string {
  const listed = n.entries.filter((e) => e.status === 'listed');
  const left = n.entries.length - listed.length;
  const report = listed.filter((e) => e.statement === 'noticeReport').length;
  const parts = [`公示 ${listed.length} 名`];
  if (left > 0) parts.push(`中途退出 ${left} 名`);
  if (n.settledAt) parts.push(report > 0 ? `${report} 名须出具公示情况报告` : '均无异议');
  return parts.join(' · ');
}

function Row({ n, onPosting }: { n: AdminNotice; onPosting: () => void }) {
  const chip = STATUS[n.status];
  const go = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <View className="notices-admin__row">
      <View className="notices-admin__head">
        <StatusChip tone={chip.tone} text={chip.text} />
        <Text className="muted">{TIER_NOTICE_ZH[n.tier]}</Text>
      </View>
      <Text className="notices-admin__title">{n.title}</Text>
      <Text className="muted">{n.periodZh}</Text>
      <Text className="muted">{statementsOf(n)}</Text>
      {n.tier === 'grassroots' ? (
        <Text className="muted">
          {n.posting ? `已张贴：${n.posting.place}，${n.posting.photoFileIds.length} 张照片` : '尚未登记张贴情况'}
        </Text>
      ) : null}
      <View className="notices-admin__actions">
        <Button className="btn" onClick={go(noticeUrl(n.id))}>
          查看公示
        </Button>
        <Button className="btn" onClick={go(posterUrl(n.id))}>
          公示海报
        </Button>
        {n.tier === 'grassroots' ? (
          <Button className="btn" onClick={onPosting}>
            登记张贴
          </Button>
        ) : null}
      </View>
    </View>
  );
}

export default function NoticesAdminPage() {
  const { me, grant } = useCadreGrant('nomination.review');
  if (!grant) {
    return (
      <PageShell className="notices-admin">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }
  return <NoticesAdmin grant={grant} closedTemplates={templateIdsOf(me.data, ['noticeClosed'])} />;
}

/** Mounted once the grant is known, so the list loads once (Taro's page hooks work in a page's components). */
function NoticesAdmin({ grant, closedTemplates }: { grant: PublicGrant; closedTemplates: string[] }) {
  const list = usePagedList<AdminNotice>(
    (cursor) => notice.myNotices({ cursor, limit: 10 }),
    (n) => n.id,
  );
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  const [posting, setPosting] = useState<string | null>(null);
  const target = list.items.find((n) => n.id === posting) ?? null;
  return (
    <PageShell className="notices-admin">
      <View className="notices-admin__top">
        <Text className="muted">「{grant.orgName}」及下级组织发布的公示。开始公示请在推荐详情中操作。</Text>
        {grant.tier === 'district' ? (
          <Button className="btn" onClick={() => void Taro.navigateTo({ url: NOTICE_ROUTES.calendar })}>
            节假日安排
          </Button>
        ) : null}
      </View>
      <SubscribeConsent
        className="notices-admin__subscribe"
        templateIds={closedTemplates}
        label="订阅公示结束提醒"
        accepted="已订阅：下一次公示结束时，将通过微信提醒您一次。"
        declined="未订阅：公示结束后，请在这里查看并办理。"
        repeatable
      />
      <ManagedList
        list={list}
        emptyTitle="还没有公示"
        emptyDescription="推荐人选到达公示环节后，在推荐详情中点「开始公示」发布，发布的公示会列在这里。"
        renderItem={(n) => <Row n={n} onPosting={() => setPosting(n.id)} />}
      />
      {target ? (
        <NoticePostingForm
          item={target}
          onSaved={() => {
            setPosting(null);
            void list.refresh();
          }}
          onConflict={() => void list.refresh()}
          onCancel={() => setPosting(null)}
        />
      ) : null}
    </PageShell>
  );
}
