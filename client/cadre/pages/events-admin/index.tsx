/**
 * 活动管理: the events of my organization and below (every status), 新建活动, and per event its
 * details with the check-in code, 编辑, 发布 (confirmed) and 取消活动 (with a reason). After a
 * CONFLICT the list reloads and the open dialog acts on the new version.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { ConfirmSheet } from '../../../components/confirm-sheet';
import { EventDetailSheet } from '../../../components/event-detail-sheet';
import { EventForm } from '../../../components/event-form';
import { ManagedEventRow } from '../../../components/managed-event-row';
import { ManagedList } from '../../../components/managed-list';
import { PageShell } from '../../../components/page-shell';
import { ReasonCallSheet } from '../../../components/reason-sheet';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useEventActions } from '../../../hooks/use-event-actions';
import { useManagedEvents } from '../../../hooks/use-managed-lists';
import './index.scss';

type Action = { type: 'new' } | { type: 'detail' | 'edit' | 'publish' | 'cancel'; id: string };

export default function EventsAdminPage() {
  const { me, grant } = useCadreGrant('content.manage');
  const list = useManagedEvents(grant?.id ?? null);
  const [action, setAction] = useState<Action | null>(null);
  const reload = () => void list.refresh();
  const actions = useEventActions(reload);
  if (!grant) {
    return (
      <PageShell className="cadre-events">
        <CadreGate me={me} missing="您没有内容管理权限" />
      </PageShell>
    );
  }

  // The latest copy of the event acted on: after a conflict the list reloads with its new version.
  const target = action && 'id' in action ? (list.items.find((e) => e.id === action.id) ?? null) : null;
  const close = () => setAction(null);
  const show = (type: 'detail' | 'edit' | 'publish' | 'cancel', id: string) => () => {
    actions.clearPublishError();
    setAction({ type, id });
  };
  const backToDetail = (id: string) => {
    setAction({ type: 'detail', id });
    reload();
  };
  return (
    <PageShell className="cadre-events">
      <View className="cadre-events__top">
        <Text className="muted">「{grant.orgName}」及下级组织主办的活动，含草稿和已取消的</Text>
        <Button className="btn btn--primary btn--block cadre-events__new" onClick={() => setAction({ type: 'new' })}>
          新建活动
        </Button>
      </View>
      <ManagedList
        list={list}
        emptyTitle="还没有活动"
        emptyDescription="点上方「新建活动」安排劳模进企业、进校园、进社区或志愿服务活动。"
        renderItem={(event) => <ManagedEventRow event={event} onOpen={(id) => setAction({ type: 'detail', id })} />}
      />
      {action?.type === 'detail' && target ? (
        <EventDetailSheet
          event={target}
          onEdit={show('edit', target.id)}
          onPublish={show('publish', target.id)}
          onCancelEvent={show('cancel', target.id)}
          onClose={close}
        />
      ) : null}
      {action?.type === 'new' || (action?.type === 'edit' && target) ? (
        <EventForm
          event={action.type === 'edit' ? target : null}
          grant={grant}
          onSaved={(saved) => backToDetail(saved.id)}
          onCancel={close}
          onConflict={reload}
        />
      ) : null}
      {action?.type === 'publish' && target ? (
        <ConfirmSheet
          title="发布活动"
          notes={[`确定发布「${target.title}」吗？发布后公众可以在活动列表中看到并报名。`]}
          submitText="确认发布"
          pendingText="正在发布…"
          pending={actions.publishing}
          error={actions.publishError}
          onConfirm={() =>
            void actions.publish(target).then((done) => done && setAction({ type: 'detail', id: target.id }))
          }
          onCancel={close}
        />
      ) : null}
      {action?.type === 'cancel' && target ? (
        <ReasonCallSheet
          title="取消活动"
          note={`确定取消「${target.title}」吗？取消后活动从公众列表中撤下、不能再报名或签到，已报名的 ${target.signedUp} 人将看到活动已取消。此操作不可恢复。`}
          label="取消原因"
          placeholder="例如：因天气原因，活动改期另行通知"
          submitText="确认取消活动"
          pendingText="正在取消…"
          call={actions.cancel(target)}
          onDone={() => backToDetail(target.id)}
          onConflict={reload}
          onCancel={close}
        />
      ) : null}
    </PageShell>
  );
}
