/**
 * 下线宣传月: takes the published campaign off home at once (the home page leaves campaign mode),
 * with the reason recorded in the audit; it can be published again later.
 */
import { useState } from 'react';
import type { ManagedCampaign } from '../../api/promotion';
import { promotion } from '../../api/promotion';
import { useForm } from '../../hooks/use-form';
import { checkReason } from '../../lib/validate';
import { ReasonSheet } from '../reason-sheet';

const FIELDS = ['reason'] as const;

export interface CampaignUnpublishFormProps {
  campaign: ManagedCampaign;
  onDone: () => void;
  onCancel: () => void;
  /** The campaign changed meanwhile: the caller reloads it. */
  onConflict: () => void;
  unpublishCampaign?: typeof promotion.unpublishCampaign;
}

export function CampaignUnpublishForm(props: CampaignUnpublishFormProps) {
  const { campaign, onDone, onCancel, onConflict, unpublishCampaign = promotion.unpublishCampaign } = props;
  const [reason, setReason] = useState('');
  const form = useForm(FIELDS, unpublishCampaign, { reason: '原因应为 2–200 个字' });

  const onSubmit = async () => {
    const reply = await form.submit({ reason: checkReason(reason) }, () => ({
      id: campaign.id,
      version: campaign.version,
      reason: reason.trim(),
    }));
    if (reply?.ok) onDone();
    else if (reply?.code === 'CONFLICT') onConflict();
  };

  return (
    <ReasonSheet
      title="下线宣传月"
      note={`确定下线「${campaign.theme}」吗？下线后首页立即退出宣传月样式，不再展示横幅、推荐故事和日程；内容会保留，需要时可以重新发布。`}
      reason={reason}
      onReasonChange={(v) => {
        setReason(v);
        form.touch('reason');
      }}
      reasonLabel="下线原因"
      reasonPlaceholder="例如：宣传月方案调整，择期重新发布"
      reasonError={form.fieldError('reason')}
      formError={form.formError}
      submitText="确认下线"
      pendingText="正在下线…"
      pending={form.pending}
      onSubmit={() => void onSubmit()}
      onCancel={onCancel}
    />
  );
}
