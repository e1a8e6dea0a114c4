/** 撤销授权: irreversible, so it names whose access ends, asks for the reason, and is confirmed here. */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { ROLE_ZH } from '../../../shared/grants';
import { identity } from '../../api/identity';
import { useForm } from '../../hooks/use-form';
import type { GrantItem } from '../../hooks/use-grants';
import { checkReason } from '../../lib/validate';
import { ReasonSheet } from '../reason-sheet';

const FIELDS = ['reason'] as const;

export interface GrantRevokeFormProps {
  grant: GrantItem;
  onDone: () => void;
  onCancel: () => void;
  /** The grant changed meanwhile: the caller reloads the list. */
  onConflict: () => void;
  revokeGrant?: typeof identity.revokeGrant;
}

export function GrantRevokeForm(props: GrantRevokeFormProps) {
  const { grant, onDone, onCancel, onConflict, revokeGrant = identity.revokeGrant } = props;
  const [reason, setReason] = useState('');
  const form = useForm(FIELDS, revokeGrant, { reason: '原因应为 2–200 个字' });

  const onSubmit = async () => {
    const reply = await form.submit({ reason: checkReason(reason) }, () => ({
      grantId: grant.grantId,
      version: grant.version,
      reason: reason.trim(),
    }));
    if (reply?.ok) {
      void Taro.showToast({ title: '已撤销授权', icon: 'success' });
      onDone();
    } else if (reply?.code === 'CONFLICT') onConflict();
  };

  return (
    <ReasonSheet
      title="撤销授权"
      note={`确定撤销 ${grant.holderName} 在「${grant.orgName}」的${ROLE_ZH[grant.role]}身份吗？撤销后对方立即失去相应权限，此操作不可恢复；如需恢复，请重新发放邀请码。`}
      reason={reason}
      onReasonChange={(v) => {
        setReason(v);
        form.touch('reason');
      }}
      reasonLabel="撤销原因"
      reasonPlaceholder="例如：岗位调整，不再负责工会工作"
      reasonError={form.fieldError('reason')}
      formError={form.formError}
      submitText="确认撤销"
      pendingText="正在撤销…"
      pending={form.pending}
      onSubmit={() => void onSubmit()}
      onCancel={onCancel}
    />
  );
}
