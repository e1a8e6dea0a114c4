/** 下线志愿服务基地: off the public list with a reason (audited); its activities stay as they are. */
import { useState } from 'react';
import { promotion, type ManagedBase } from '../../api/promotion';
import { useForm } from '../../hooks/use-form';
import { checkReason } from '../../lib/validate';
import { ReasonSheet } from '../reason-sheet';

const FIELDS = ['reason'] as const;

export interface BaseUnpublishFormProps {
  base: ManagedBase;
  onDone: () => void;
  onCancel: () => void;
  /** The base changed meanwhile: the caller reloads the list. */
  onConflict: () => void;
  unpublishBase?: typeof promotion.unpublishBase;
}

export function BaseUnpublishForm(props: BaseUnpublishFormProps) {
  const { base, onDone, onCancel, onConflict, unpublishBase = promotion.unpublishBase } = props;
  const [reason, setReason] = useState('');
  const form = useForm(FIELDS, unpublishBase, { reason: '原因应为 2–200 个字' });

  const onSubmit = async () => {
    const reply = await form.submit({ reason: checkReason(reason) }, () => ({
      id: base.id,
      version: base.version,
      reason: reason.trim(),
    }));
    if (reply?.ok) onDone();
    else if (reply?.code === 'CONFLICT') onConflict();
  };

  return (
    <ReasonSheet
      title="下线基地"
      note={`确定下线「${base.name}」吗？下线后公众在「志愿服务基地」中看不到它，已安排的活动不受影响；需要时可以重新上线。`}
      reason={reason}
      onReasonChange={(v) => {
        setReason(v);
        form.touch('reason');
      }}
      reasonLabel="下线原因"
      reasonPlaceholder="例如：基地场地改造，暂停服务"
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
