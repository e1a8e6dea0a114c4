/** 撤销组织: irreversible, so it says what happens, asks for the reason, and is confirmed here. */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { ORG_KIND_ZH, type Org } from '../../../shared/org';
import { org as orgApi } from '../../api/org';
import { useForm } from '../../hooks/use-form';
import { checkReason } from '../../lib/validate';
import { TextField } from '../form-field';
import { Sheet, SheetActions, SheetError } from '../sheet';

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
    <Sheet
      title="撤销组织"
      onClose={() => !form.pending && onCancel()}
      footer={
        <SheetActions
          submitText="确认撤销"
          pendingText="正在撤销…"
          pending={form.pending}
          onSubmit={() => void onSubmit()}
          onCancel={onCancel}
        />
      }
    >
      <Text className="sheet__note">
        {`确定撤销「${org.name}」（${ORG_KIND_ZH[org.kind]}）吗？撤销后它不再出现在组织列表中，也不能再向它发放邀请码。此操作不可恢复；该组织下如有在用的下级组织，需先撤销或合并下级组织。`}
      </Text>
      <TextField
        label="撤销原因"
        value={reason}
        multiline
        maxlength={200}
        placeholder="例如：单位已注销"
        error={form.fieldError('reason')}
        onChange={(v) => {
          setReason(v);
          form.touch('reason');
        }}
      />
      <SheetError message={form.formError} />
    </Sheet>
  );
}
