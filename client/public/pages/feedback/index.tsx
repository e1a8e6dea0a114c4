/**
 * 意见反馈 / 推荐线索 (`?kind=lead` opens on a lead): the form, and after sending, what happens next
 * with the way to 我的反馈. The district (the default organization) loads first.
 */
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { FEEDBACK_KIND_ZH, type FeedbackKind } from '../../../../shared/actions/feedback.schema';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { FeedbackForm } from '../../../components/feedback-form';
import { PageShell } from '../../../components/page-shell';
import { useDistrict } from '../../../hooks/use-feedback';
import { FEEDBACK_ROUTES, go } from '../../../lib/feedback';
import './index.scss';

type Sent = { id: string; orgName: string; kind: FeedbackKind };

export default function FeedbackPage() {
  const initialKind: FeedbackKind = useRouter().params.kind === 'lead' ? 'lead' : 'feedback';
  const district = useDistrict();
  const [sent, setSent] = useState<Sent | null>(null);
  // A new form after 再写一条: a fresh key resets it.
  const [round, setRound] = useState(0);

  if (sent) {
    return (
      <PageShell className="feedback-page">
        <View className="card feedback-page__done" ariaRole="status">
          <Text className="feedback-page__done-title">提交成功</Text>
          <Text className="muted">{`您的${FEEDBACK_KIND_ZH[sent.kind]}已转「${sent.orgName}」办理。答复会显示在「我的反馈」中。`}</Text>
          <Button className="btn btn--primary btn--block" onClick={() => go(FEEDBACK_ROUTES.mine)}>
            查看我的反馈
          </Button>
          <Button
            className="btn btn--block"
            onClick={() => {
              setSent(null);
              setRound((r) => r + 1);
            }}
          >
            再写一条
          </Button>
        </View>
      </PageShell>
    );
  }
  if (district.status === 'error') {
    return (
      <PageShell className="feedback-page">
        <ErrorState message={district.error.message} onRetry={() => void district.reload()} />
      </PageShell>
    );
  }
  if (district.status === 'ok' && !district.data) {
    return (
      <PageShell className="feedback-page">
        <EmptyState title="暂未开通" description="区总工会尚未开通意见反馈，请稍后再来。" />
      </PageShell>
    );
  }
  if (!district.data) {
    return (
      <PageShell className="feedback-page">
        <View className="card feedback-page__skeleton" ariaLabel="正在加载">
          <View className="feedback-page__bar" />
          <View className="feedback-page__bar feedback-page__bar--tall" />
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell className="feedback-page">
      <FeedbackForm key={round} initialKind={initialKind} district={district.data} onSent={setSent} />
    </PageShell>
  );
}
