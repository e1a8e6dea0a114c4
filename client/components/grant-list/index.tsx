/**
 * 已授权人员: the active grants at an organization chosen by browsing below mine, each with
 * 撤销授权 (not on my own grants, which the server refuses anyway).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CAPABILITY_ZH, ROLE_ZH } from '../../../shared/grants';
import type { Org } from '../../../shared/org';
import type { PublicGrant } from '../../api/identity';
import { useGrantList, type GrantItem } from '../../hooks/use-grants';
import { formatDateZh } from '../../lib/format';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { PickField } from '../form-field';
import { GrantRevokeForm } from '../grant-revoke-form';
import { OrgPicker } from '../org-picker';
import './index.scss';

export interface GrantListProps {
  granter: PublicGrant;
  /** My own grant ids: no 撤销授权 on those. */
  ownGrantIds: readonly string[];
}

function GrantRow({ grant, onRevoke }: { grant: GrantItem; onRevoke?: () => void }) {
  return (
    <View className="grant-row">
      <View className="grant-row__main">
        <Text className="grant-row__name">{grant.holderName}</Text>
        <Text className="grant-row__role">{ROLE_ZH[grant.role]}</Text>
      </View>
      <Text className="muted">
        {grant.capabilities.length > 0 ? grant.capabilities.map((c) => CAPABILITY_ZH[c]).join('、') : '无管理权限'}
        {` · ${formatDateZh(grant.grantedAt)}授权`}
      </Text>
      {onRevoke ? (
        <View className="grant-row__actions">
          <View className="org-action org-action--danger" ariaRole="button" onClick={onRevoke}>
            撤销授权
          </View>
        </View>
      ) : null}
    </View>
  );
}

export function GrantList({ granter, ownGrantIds }: GrantListProps) {
  const [org, setOrg] = useState<{ id: string; name: string }>({ id: granter.orgId, name: granter.orgName });
  const [picking, setPicking] = useState(false);
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const grants = useGrantList(org.id);
  const items = grants.data?.items ?? [];
  // The latest copy: after a conflict the list reloads with the grant's new version.
  const revoking = items.find((g) => g.grantId === revokingId) ?? null;

  return (
    <View className="grant-list">
      <View className="card grant-list__org">
        <PickField label="查看组织" value={org.name} placeholder="" onClick={() => setPicking(true)} />
      </View>
      {grants.status === 'error' ? (
        <ErrorState compact message={grants.error.message} onRetry={() => void grants.reload()} />
      ) : !grants.data ? (
        <View className="card grant-list__loading">
          <Text className="muted">正在加载…</Text>
        </View>
      ) : items.length === 0 ? (
        <EmptyState title="该组织暂无授权人员" description="发放邀请码并由对方兑换后，授权人员会显示在这里。" />
      ) : (
        <View className="card">
          {items.map((g) => (
            <GrantRow
              key={g.grantId}
              grant={g}
              onRevoke={ownGrantIds.includes(g.grantId) ? undefined : () => setRevokingId(g.grantId)}
            />
          ))}
        </View>
      )}
      {picking ? (
        <OrgPicker
          title="选择组织"
          root={{ id: granter.orgId, name: granter.orgName }}
          pickCurrent={() => true}
          onPick={(o: Org) => {
            setOrg({ id: o.id, name: o.name });
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
      {revoking ? (
        <GrantRevokeForm
          grant={revoking}
          onCancel={() => setRevokingId(null)}
          onConflict={() => void grants.reload()}
          onDone={() => {
            setRevokingId(null);
            void grants.reload();
          }}
        />
      ) : null}
    </View>
  );
}
