/**
 * One organization's notices (how a unit notice is reached, besides its poster): open and closed,
 * latest first, from `notice.listByOrg`. Opened from the 公示 tab's 「按单位查看」 (no `orgId`: the
 * organization picker opens) or from a notice's publishing organization (`?orgId=`). Shareable.
 */
import { useState } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Org } from '../../../../shared/org';
import { org as orgApi } from '../../../api/org';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { NoticeList } from '../../../components/notice-row';
import { OrgPicker } from '../../../components/org-picker';
import { PageShell } from '../../../components/page-shell';
import { useOrgNotices, useRootOrg } from '../../../hooks/use-notices';
import { useRequest } from '../../../hooks/use-request';
import { orgNoticesUrl } from '../../../lib/notice';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

/** Mounted once the organization is chosen, so its list loads once per organization. */
function OrgNoticeList({ orgId }: { orgId: string }) {
  const { list, now } = useOrgNotices(orgId);
  return (
    <NoticeList
      list={list}
      now={now}
      empty={
        <EmptyState
          title="这个单位还没有发布公示"
          description="单位推荐劳模人选时，会在本单位公示推荐名单；公示发布后会列在这里。"
          actionText="刷新"
          onAction={() => void list.refresh()}
        />
      }
    />
  );
}

export default function OrgNoticesPage() {
  const params = useRouter().params;
  const [orgId, setOrgId] = useState(() => decodeParam(params.orgId));
  const [picking, setPicking] = useState(!orgId);
  const root = useRootOrg();
  const chosen = useRequest(
    () => (orgId ? orgApi.get({ id: orgId }) : Promise.resolve({ ok: true as const, data: null, serverTime: '' })),
    [orgId],
  );
  const name = chosen.data?.org.name ?? '';
  useShareAppMessage(() => ({ title: name ? `${name}的公示` : '单位公示', path: orgNoticesUrl(orgId || undefined) }));
  const pick = (o: Org) => {
    setOrgId(o.id);
    setPicking(false);
  };
  return (
    <PageShell className="org-notices">
      <View className="card org-notices__head">
        <View className="org-notices__who">
          <Text className="org-notices__name">{orgId ? name || '正在加载…' : '请选择单位'}</Text>
          <Text className="muted">本单位发布的公示，含已结束的公示</Text>
        </View>
        <Button className="btn" disabled={!root.data} onClick={() => setPicking(true)}>
          {orgId ? '换一个单位' : '选择单位'}
        </Button>
      </View>
      {root.status === 'error' ? (
        <ErrorState compact message={root.error.message} onRetry={() => void root.reload()} />
      ) : null}
      {chosen.status === 'error' ? (
        <ErrorState message={chosen.error.message} onRetry={() => void chosen.reload()} />
      ) : orgId ? (
        <OrgNoticeList key={orgId} orgId={orgId} />
      ) : (
        <View className="card">
          <EmptyState
            title="选择一个单位"
            description="选择发布公示的单位（区总工会、街道总工会或基层单位工会），查看它发布的全部公示。"
            actionText={root.data ? '选择单位' : undefined}
            onAction={() => setPicking(true)}
          />
        </View>
      )}
      {picking && root.data ? (
        <OrgPicker
          title="选择单位"
          root={{ id: root.data.id, name: root.data.name, org: root.data }}
          pickCurrent={() => true}
          onPick={pick}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </PageShell>
  );
}
