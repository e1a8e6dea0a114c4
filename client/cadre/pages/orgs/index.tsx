/**
 * 组织管理: the tree one level at a time from my grant's organization. District cadres with 组织管理
 * add, rename, merge, retire and import; every other holder browses.
 */
import { useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CHILD_KINDS, type Org } from '../../../../shared/org';
import { CadreGate } from '../../../components/cadre-gate';
import { ErrorState } from '../../../components/error-state';
import { OrgAddForm } from '../../../components/org-add-form';
import { OrgBrowser, OrgTrail } from '../../../components/org-browser';
import { OrgImportSheet } from '../../../components/org-import';
import { OrgMergeForm } from '../../../components/org-merge-form';
import { OrgRenameForm } from '../../../components/org-rename-form';
import { OrgRetireForm } from '../../../components/org-retire-form';
import { OrgToolbar } from '../../../components/org-toolbar';
import { PageShell } from '../../../components/page-shell';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useOrgBrowser } from '../../../hooks/use-org-browser';
import { canEditOrgs } from '../../../lib/cadre';
import './index.scss';

type Action = { type: 'add' | 'import' } | { type: 'rename' | 'merge' | 'retire'; id: string };

const canOpen = (o: Org) => o.status === 'active' && CHILD_KINDS[o.kind].length > 0;

export default function OrgsPage() {
  const { me, grant } = useCadreGrant('org.manage');
  const browser = useOrgBrowser(grant ? { id: grant.orgId, name: grant.orgName } : null);
  const [action, setAction] = useState<Action | null>(null);
  const { list, current, root } = browser;
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });

  if (!grant) {
    return (
      <PageShell className="cadre-orgs">
        <CadreGate me={me} missing="您没有组织管理权限" />
      </PageShell>
    );
  }

  const editable = canEditOrgs(grant);
  // The latest copy of the row being edited: after a conflict the list reloads with its new version.
  const target = action && 'id' in action ? (list.items.find((o) => o.id === action.id) ?? null) : null;
  const close = () => setAction(null);
  const changed = () => {
    setAction(null);
    void list.refresh();
  };
  const reload = () => void list.refresh();
  const act = (type: 'rename' | 'merge' | 'retire', o: Org) => () => setAction({ type, id: o.id });
  const rowActions = (o: Org) =>
    editable && o.status === 'active' ? (
      <>
        <View className="org-action" ariaRole="button" onClick={act('rename', o)}>
          更名
        </View>
        {o.kind !== 'districtFederation' ? (
          <View className="org-action" ariaRole="button" onClick={act('merge', o)}>
            合并到…
          </View>
        ) : null}
        <View className="org-action org-action--danger" ariaRole="button" onClick={act('retire', o)}>
          撤销
        </View>
      </>
    ) : null;

  return (
    <PageShell className="cadre-orgs">
      <OrgTrail browser={browser} />
      <OrgToolbar
        current={current}
        editable={editable}
        includeRetired={browser.includeRetired}
        onIncludeRetired={browser.setIncludeRetired}
        onAdd={() => setAction({ type: 'add' })}
        onImport={() => setAction({ type: 'import' })}
      />
      {browser.rootError ? (
        <ErrorState compact message={browser.rootError.message} onRetry={browser.reloadRoot} />
      ) : null}
      <View className="cadre-orgs__list">
        <OrgBrowser
          browser={browser}
          canOpen={canOpen}
          actions={rowActions}
          emptyDescription={
            editable ? '可点上方「新增下级组织」逐个添加，或「从表格导入」批量添加。' : '这一级还没有下级组织。'
          }
        />
      </View>
      {action?.type === 'add' && current ? <OrgAddForm parent={current} onCancel={close} onDone={changed} /> : null}
      {action?.type === 'import' ? <OrgImportSheet onClose={close} onImported={reload} /> : null}
      {action?.type === 'rename' && target ? (
        <OrgRenameForm org={target} onCancel={close} onDone={changed} onConflict={reload} />
      ) : null}
      {action?.type === 'merge' && target && root ? (
        <OrgMergeForm org={target} root={root} onCancel={close} onDone={changed} onConflict={reload} />
      ) : null}
      {action?.type === 'retire' && target ? (
        <OrgRetireForm org={target} onCancel={close} onDone={changed} onConflict={reload} />
      ) : null}
    </PageShell>
  );
}
