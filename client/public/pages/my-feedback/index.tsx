/**
 * 我的反馈: my feedback and leads, newest first, with the replies. An open item can be withdrawn; a
 * finished one (办结, 撤回, 未予受理) can have its personal data deleted, after confirmation. A stale
 * version (a cadre acted meanwhile) reloads the list and says so.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { FEEDBACK_RETENTION_DAYS } from '../../../../shared/privacy';
import { feedback, type MyFeedback } from '../../../api/feedback';
import { ConfirmSheet } from '../../../components/confirm-sheet';
import { FeedbackCard } from '../../../components/feedback-card';
import { ManagedList } from '../../../components/managed-list';
import { PageShell } from '../../../components/page-shell';
import { useMyFeedback } from '../../../hooks/use-feedback';
import { useSubmit } from '../../../hooks/use-submit';
import { feedbackUrl, go, isOpenStatus, privacyUrl } from '../../../lib/feedback';
import './index.scss';

type Pending = { type: 'withdraw' | 'erase'; item: MyFeedback };

const CONFIRM = {
  withdraw: {
    title: '撤回反馈',
    notes: [
      '撤回后工会将不再办理这条反馈。',
      `撤回满 ${FEEDBACK_RETENTION_DAYS} 天后其中的个人信息自动删除，您也可以随时手动删除。`,
    ],
    submitText: '确认撤回',
    pendingText: '正在撤回…',
  },
  erase: {
    title: '删除个人信息',
    notes: [
      '将删除这条反馈的内容、联系方式和答复，删除后无法恢复，也不再显示在「我的反馈」中。',
      '工会只保留“曾收到一条反馈”的统计记录。',
    ],
    submitText: '确认删除',
    pendingText: '正在删除…',
  },
} as const;

export default function MyFeedbackPage() {
  const list = useMyFeedback();
  const [pending, setPending] = useState<Pending | null>(null);
  const withdraw = useSubmit(feedback.withdraw);
  const erase = useSubmit(feedback.erase);
  const action = pending?.type === 'erase' ? erase : withdraw;

  const confirm = async () => {
    if (!pending) return;
    // After a CONFLICT the list reloaded: act on the latest version.
    const item = list.items.find((i) => i.id === pending.item.id) ?? pending.item;
    const reply = await action.run({ id: item.id, version: item.version });
    if (!reply) return;
    if (reply.ok || reply.code === 'CONFLICT' || reply.code === 'NOT_FOUND' || reply.code === 'WRONG_STATUS')
      void list.refresh();
    if (reply.ok) setPending(null);
  };

  return (
    <PageShell className="my-feedback">
      <Text className="muted my-feedback__note">办理中的反馈可以撤回；已办结或已撤回的，可以删除其中的个人信息。</Text>
      <View className="my-feedback__links">
        <View className="my-feedback__link" ariaRole="link" onClick={() => go(feedbackUrl('feedback'))}>
          写意见反馈
        </View>
        <View className="my-feedback__link" ariaRole="link" onClick={() => go(feedbackUrl('lead'))}>
          推荐优秀职工
        </View>
        <View className="my-feedback__link" ariaRole="link" onClick={() => go(privacyUrl('feedbackContent'))}>
          隐私保护指引
        </View>
      </View>
      <ManagedList
        list={list}
        emptyTitle="还没有反馈"
        emptyDescription="对劳模工作有意见建议，或想推荐身边的优秀职工，都可以告诉我们。"
        emptyAction={{ text: '写意见反馈', onAction: () => go(feedbackUrl('feedback')) }}
        renderItem={(item) => (
          <FeedbackCard
            item={item}
            contact={item.contactMasked}
            actions={
              isOpenStatus(item.status) ? (
                <Button className="btn feedback-card__action" onClick={() => setPending({ type: 'withdraw', item })}>
                  撤回
                </Button>
              ) : (
                <Button className="btn feedback-card__action" onClick={() => setPending({ type: 'erase', item })}>
                  删除个人信息
                </Button>
              )
            }
          />
        )}
      />
      {pending ? (
        <ConfirmSheet
          {...CONFIRM[pending.type]}
          notes={[...CONFIRM[pending.type].notes]}
          pending={action.pending}
          error={action.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => {
            action.clearError();
            setPending(null);
          }}
        />
      ) : null}
    </PageShell>
  );
}
