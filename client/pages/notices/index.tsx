/**
 * 公示: the district and middle-tier notices open now, closing soonest first, with a countdown on
 * the server's clock; chips filter by the publishing organization; pull down to refresh, scroll to
 * page. A unit notice is reached from its organization (「按单位查看」, the public subpackage's
 * organization page) or its poster, not listed here.
 */
import { useState } from 'react';
import { ScrollView, View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { NoticeList } from '../../components/notice-row';
import { PageShell } from '../../components/page-shell';
import { useNoticeOrgs, useOpenNotices } from '../../hooks/use-notices';
import { openOrgNotices } from '../../lib/notice';
import './index.scss';

export default function NoticesPage() {
  const [orgId, setOrgId] = useState<string | null>(null);
  const orgs = useNoticeOrgs();
  const { list, now } = useOpenNotices(orgId);
  const chosen = orgs.data?.find((o) => o.id === orgId) ?? null;
  return (
    <PageShell className="notices-page">
      <View className="section-title">
        正在公示
        <View className="notices-page__by-org" ariaRole="link" onClick={() => openOrgNotices()}>
          按单位查看 ›
        </View>
      </View>
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
      <NoticeList
        list={list}
        now={now}
        empty={
          <EmptyState
            title={chosen ? `「${chosen.name}」当前没有正在公示的名单` : '当前没有正在公示的名单'}
            description="劳模、先进工作者推荐人选进入公示期后，名单和公示起止日期会在这里发布。公示期内，您可以查看人选事迹，并对人选实名提出异议。"
            actionText={chosen ? '查看全部' : '刷新'}
            onAction={() => (chosen ? setOrgId(null) : void list.refresh())}
          />
        }
      />
    </PageShell>
  );
}
