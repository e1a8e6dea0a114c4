/**
 * 意见反馈 / 推荐线索 for handling cadres (`?grant=&kind=`): the items concerning my organization and
 * below, filtered by status and 分派给我; per open item 分派, 回复 and 办结. Feedback needs 内容管理,
 * leads 档案管理: the kind toggle shows only the kinds my grant may handle.
 */
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  FEEDBACK_CAPABILITY,
  FEEDBACK_KIND_ZH,
  FEEDBACK_KINDS,
  type FeedbackKind,
} from '../../../../shared/actions/feedback.schema';
import type { AdminFeedback } from '../../../api/feedback';
import { CadreGate } from '../../../components/cadre-gate';
import { FeedbackCard } from '../../../components/feedback-card';
import { AssignSheet, TextSheet } from '../../../components/feedback-sheets';
import { KindChips } from '../../../components/kind-chips';
import { ManagedList } from '../../../components/managed-list';
import { PageShell } from '../../../components/page-shell';
import { StatusChip } from '../../../components/status-chip';
import { useFeedbackQueue, type QueueFilter } from '../../../hooks/use-feedback';
import { useMe } from '../../../hooks/use-me';
import { cadreGrants } from '../../../lib/cadre';
import { isOpenStatus } from '../../../lib/feedback';
import './index.scss';

const STATUS_OPTIONS = [
  { value: 'open', label: '办理中' },
  { value: 'closed', label: '已结束' },
] as const;

type Action = { type: 'assign' | 'reply' | 'close'; id: string };

export default function FeedbackAdminPage() {
  const me = useMe();
  const params = useRouter().params;
  const [kind, setKind] = useState<FeedbackKind>(params.kind === 'lead' ? 'lead' : 'feedback');
  const grant = cadreGrants(me.data).find((g) => g.id === params.grant) ?? cadreGrants(me.data)[0] ?? null;
  const kinds = FEEDBACK_KINDS.filter((k) => grant?.capabilities.includes(FEEDBACK_CAPABILITY[k]));
  const allowed = grant !== null && kinds.includes(kind);
  const [filter, setFilter] = useState<QueueFilter>({ status: 'open', assignedToMe: false });
  const list = useFeedbackQueue(allowed ? grant.id : null, kind, filter);
  const [action, setAction] = useState<Action | null>(null);

  if (!allowed) {
    return (
      <PageShell className="feedback-admin">
        <CadreGate
          me={me}
          missing={kind === 'lead' ? '您没有档案管理权限，不能办理推荐线索' : '您没有内容管理权限，不能办理意见反馈'}
        />
      </PageShell>
    );
  }
  const target = action ? (list.items.find((i) => i.id === action.id) ?? null) : null;
  const done = () => {
    setAction(null);
    void list.refresh();
  };
  const sheet = { onDone: done, onConflict: () => void list.refresh(), onCancel: () => setAction(null) };
  const buttons = (item: AdminFeedback) =>
    isOpenStatus(item.status) ? (
      <>
        <Button className="btn feedback-admin__action" onClick={() => setAction({ type: 'assign', id: item.id })}>
          分派
        </Button>
        <Button className="btn feedback-admin__action" onClick={() => setAction({ type: 'reply', id: item.id })}>
          回复
        </Button>
        <Button
          className="btn btn--primary feedback-admin__action"
          onClick={() => setAction({ type: 'close', id: item.id })}
        >
          办结
        </Button>
      </>
    ) : null;
  return (
    <PageShell className="feedback-admin">
      <View className="feedback-admin__top">
        <Text className="muted">{`「${grant.orgName}」及下级组织收到的${FEEDBACK_KIND_ZH[kind]}`}</Text>
        {kinds.length > 1 ? (
          <View className="chips" ariaRole="radiogroup" ariaLabel="类型">
            {kinds.map((k) => (
              <View
                key={k}
                className={k === kind ? 'chip chip--on' : 'chip'}
                ariaRole="radio"
                aria-checked={k === kind}
                onClick={() => setKind(k)}
              >
                {FEEDBACK_KIND_ZH[k]}
              </View>
            ))}
          </View>
        ) : null}
        <KindChips
          label="状态"
          options={STATUS_OPTIONS}
          value={filter.status === 'all' ? null : filter.status}
          onChange={(v) => setFilter((f) => ({ ...f, status: v ?? 'all' }))}
        />
        <View
          className={filter.assignedToMe ? 'chip chip--on' : 'chip'}
          ariaRole="checkbox"
          aria-checked={filter.assignedToMe}
          onClick={() => setFilter((f) => ({ ...f, assignedToMe: !f.assignedToMe }))}
        >
          只看分派给我的
        </View>
      </View>
      <ManagedList
        list={list}
        emptyTitle={`暂无${FEEDBACK_KIND_ZH[kind]}`}
        emptyDescription="群众提交后会出现在这里。可以切换上方的状态筛选查看已结束的事项。"
        renderItem={(item) => (
          <FeedbackCard
            item={item}
            contact={item.contact}
            flags={
              <>
                {item.needsReview ? <StatusChip tone="warn" text="内容待人工复核" /> : null}
                {item.checkPending ? <StatusChip tone="warn" text="内容安全检查待完成" /> : null}
                {item.assigneeName ? (
                  <StatusChip tone="draft" text={item.assignedToMe ? '分派给我' : `办理人：${item.assigneeName}`} />
                ) : null}
              </>
            }
            actions={buttons(item)}
          />
        )}
      />
      {action && target && action.type === 'assign' ? <AssignSheet item={target} {...sheet} /> : null}
      {action && target && action.type !== 'assign' ? <TextSheet item={target} mode={action.type} {...sheet} /> : null}
    </PageShell>
  );
}
