/**
 * 志愿服务基地管理: the volunteer service bases of my organization and below (closed ones too),
 * 新建基地, and per base 编辑 (organization, leading model workers, service areas), 下线 (with a
 * reason) and 重新上线 (confirmed). After a CONFLICT the list reloads and the open dialog acts on
 * the new version.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { promotion } from '../../../api/promotion';
import { BaseForm } from '../../../components/base-form';
import { BaseUnpublishForm } from '../../../components/base-unpublish-form';
import { CadreGate } from '../../../components/cadre-gate';
import { ConfirmSheet } from '../../../components/confirm-sheet';
import { ManagedBaseRow } from '../../../components/managed-base-row';
import { ManagedList } from '../../../components/managed-list';
import { PageShell } from '../../../components/page-shell';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useManagedBases } from '../../../hooks/use-managed-lists';
import { useSubmit } from '../../../hooks/use-submit';
import './index.scss';

type Action = { type: 'new' } | { type: 'edit' | 'unpublish' | 'publish'; id: string };

export default function BasesAdminPage() {
  const { me, grant } = useCadreGrant('content.manage');
  const list = useManagedBases(grant?.id ?? null);
  const [action, setAction] = useState<Action | null>(null);
  const publishing = useSubmit(promotion.publishBase);
  const reload = () => void list.refresh();
  if (!grant) {
    return (
      <PageShell className="cadre-bases">
        <CadreGate me={me} missing="您没有内容管理权限" />
      </PageShell>
    );
  }

  // The latest copy of the base acted on: after a conflict the list reloads with its new version.
  const target = action && 'id' in action ? (list.items.find((b) => b.id === action.id) ?? null) : null;
  const close = () => setAction(null);
  const done = (title: string) => {
    setAction(null);
    reload();
    void Taro.showToast({ title, icon: 'success' });
  };
  const publish = async () => {
    if (!target) return;
    const reply = await publishing.run({ id: target.id, version: target.version });
    if (reply?.ok) done('已重新上线');
    else if (reply?.code === 'CONFLICT') reload();
  };
  return (
    <PageShell className="cadre-bases">
      <View className="cadre-bases__top">
        <Text className="muted">「{grant.orgName}」及下级组织的志愿服务基地，含已下线的</Text>
        <Button className="btn btn--primary btn--block cadre-bases__new" onClick={() => setAction({ type: 'new' })}>
          新建基地
        </Button>
      </View>
      <ManagedList
        list={list}
        emptyTitle="还没有志愿服务基地"
        emptyDescription="点上方「新建基地」，登记由劳模带头的教育、医疗、法律或生活服务志愿服务基地。"
        renderItem={(base) => (
          <ManagedBaseRow
            base={base}
            onAction={(type, id) => {
              publishing.clearError();
              setAction({ type, id });
            }}
          />
        )}
      />
      {action?.type === 'new' || (action?.type === 'edit' && target) ? (
        <BaseForm
          base={action.type === 'edit' ? target : null}
          grant={grant}
          onSaved={() => {
            setAction(null);
            reload();
          }}
          onCancel={close}
          onConflict={reload}
        />
      ) : null}
      {action?.type === 'unpublish' && target ? (
        <BaseUnpublishForm base={target} onDone={() => done('已下线')} onConflict={reload} onCancel={close} />
      ) : null}
      {action?.type === 'publish' && target ? (
        <ConfirmSheet
          title="重新上线"
          notes={[`确定重新上线「${target.name}」吗？上线后公众可以在「志愿服务基地」中看到它和它的活动。`]}
          submitText="确认上线"
          pendingText="正在上线…"
          pending={publishing.pending}
          error={publishing.error?.message ?? null}
          onConfirm={() => void publish()}
          onCancel={close}
        />
      ) : null}
    </PageShell>
  );
}
