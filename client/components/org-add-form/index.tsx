/** 新增下级组织: name and kind (only the kinds the parent may have). */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { CHILD_KINDS, ORG_KIND_ZH, type Org, type OrgKind } from '../../../shared/org';
import { org as orgApi } from '../../api/org';
import { useForm } from '../../hooks/use-form';
import { checkOrgName } from '../../lib/validate';
import { ChoiceChips, TextField } from '../form-field';
import { Sheet, SheetActions, SheetError } from '../sheet';

const FIELDS = ['name', 'kind'] as const;

export interface OrgAddFormProps {
  parent: Org;
  onDone: (org: Org) => void;
  onCancel: () => void;
  addOrg?: typeof orgApi.addOrg;
}

export function OrgAddForm({ parent, onDone, onCancel, addOrg = orgApi.addOrg }: OrgAddFormProps) {
  const kinds = CHILD_KINDS[parent.kind];
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgKind | null>(kinds.length === 1 ? kinds[0]! : null);
  const form = useForm(FIELDS, addOrg, { name: '组织名称应为 2–40 个字' });

  const onSubmit = async () => {
    const reply = await form.submit({ name: checkOrgName(name), kind: kind ? null : '请选择组织类型' }, () => ({
      parentId: parent.id,
      name: name.trim(),
      kind: kind!,
    }));
    if (reply?.ok) {
      void Taro.showToast({ title: '已新增', icon: 'success' });
      onDone(reply.data.org);
    }
  };

  return (
    <Sheet
      title="新增下级组织"
      onClose={() => !form.pending && onCancel()}
      footer={
        <SheetActions
          submitText="确认新增"
          pendingText="正在新增…"
          pending={form.pending}
          onSubmit={() => void onSubmit()}
          onCancel={onCancel}
        />
      }
    >
      <Text className="sheet__note">上级组织：{parent.name}</Text>
      <TextField
        label="组织名称"
        value={name}
        placeholder="例如：东湖物流园工会"
        maxlength={40}
        error={form.fieldError('name')}
        onChange={(v) => {
          setName(v);
          form.touch('name');
        }}
      />
      <ChoiceChips
        label="组织类型"
        options={kinds.map((k) => ({ value: k, label: ORG_KIND_ZH[k] }))}
        value={kind ? [kind] : []}
        error={form.fieldError('kind')}
        onChange={([k]) => {
          setKind(k ?? null);
          form.touch('kind');
        }}
      />
      <SheetError message={form.formError} />
    </Sheet>
  );
}
