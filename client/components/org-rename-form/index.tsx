/** 更名: the new name and the reason (recorded on the organization's audit chain). */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { Org } from '../../../shared/org';
import { org as orgApi } from '../../api/org';
import { useForm } from '../../hooks/use-form';
import { checkOrgName, checkReason } from '../../lib/validate';
import { TextField } from '../form-field';
import { ReasonSheet } from '../reason-sheet';

const FIELDS = ['name', 'reason'] as const;

export interface OrgRenameFormProps {
  /** The latest copy (the page passes the reloaded one after a conflict). */
  org: Org;
  onDone: (org: Org) => void;
  onCancel: () => void;
  /** Someone else changed the organization: the caller reloads it. */
  onConflict: () => void;
  renameOrg?: typeof orgApi.renameOrg;
}

export function OrgRenameForm({ org, onDone, onCancel, onConflict, renameOrg = orgApi.renameOrg }: OrgRenameFormProps) {
  const [name, setName] = useState(org.name);
  const [reason, setReason] = useState('');
  const form = useForm(FIELDS, renameOrg, { name: '组织名称应为 2–40 个字', reason: '原因应为 2–200 个字' });

  const onSubmit = async () => {
    const same = name.trim() === org.name ? '新名称与原名称相同' : null;
    const reply = await form.submit({ name: checkOrgName(name) ?? same, reason: checkReason(reason) }, () => ({
      id: org.id,
      version: org.version,
      name: name.trim(),
      reason: reason.trim(),
    }));
    if (reply?.ok) {
      void Taro.showToast({ title: '已更名', icon: 'success' });
      onDone(reply.data.org);
    } else if (reply?.code === 'CONFLICT') onConflict();
  };

  return (
    <ReasonSheet
      title="组织更名"
      note={`原名称：${org.name}`}
      reason={reason}
      onReasonChange={(v) => {
        setReason(v);
        form.touch('reason');
      }}
      reasonLabel="更名原因"
      reasonPlaceholder="例如：单位更名，依据上级批复"
      reasonError={form.fieldError('reason')}
      formError={form.formError}
      submitText="确认更名"
      pendingText="正在保存…"
      pending={form.pending}
      onSubmit={() => void onSubmit()}
      onCancel={onCancel}
    >
      <TextField
        label="新名称"
        value={name}
        maxlength={40}
        error={form.fieldError('name')}
        onChange={(v) => {
          setName(v);
          form.touch('name');
        }}
      />
    </ReasonSheet>
  );
}
