/** 撤销组织: irreversible, so it says what happens, asks for the reason, and is confirmed here. */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { ORG_KIND_ZH, type Org } from '../../../shared/org';
import { org as orgApi } from '../../api/org';
import { useForm } from '../../hooks/use-form';
import { checkReason } from '../../lib/validate';
import { ReasonSheet } from '../reason-sheet';

const FIELDS = ['reason'] as const;

export interface OrgRetireFormProps {
  org: Org;
  onDone: (org: Org) => void;
  onCancel: () => void;
  onConflict: () => void;
  retireOrg?: typeof orgApi.retireOrg;
}

export function OrgRetireForm({ org, onDone, onCancel, onConflict, retireOrg = orgApi.retireOrg }: OrgRetireFormProps) {
  const [reason, setReason] = useState('');
  const form = useForm(FIELDS, retireOrg, { reason: '原因应为 2–200 个字' });

  const onSubmit = async () => {
    const reply = await form.submit({ reason: checkReason(reason) }, () => ({
      id: org.id,
      version: org.version,
      reason: reason.trim(),
    }));
    if (reply?.ok) {
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      onDone(reply.data.org);
    } else if (reply?.code === 'CONFLICT') onConflict();
  };

  return (
    <ReasonSheet
      title="撤销组织"
      note={`确定撤销「${org.name}」（${ORG_KIND_ZH[org.kind]}）吗？撤销后它不再出现在组织列表中，也不能再向它发放邀请码。此操作不可恢复；该组织下如有在用的下级组织，需先撤销或合并下级组织。`}
      reason={reason}
      onReasonChange={(v) => {
        setReason(v);
        form.touch('reason');
      }}
      reasonLabel="撤销原因"
      reasonPlaceholder="例如：单位已注销"
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
