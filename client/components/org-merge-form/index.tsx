/**
 * 合并到…: moves an organization's children and grants to another organization of the same kind
 * and retires it. Irreversible: the target is chosen by browsing (a grassroots union's target
 * under a middle-tier parent chosen first), a reason is required, and this dialog is the confirmation.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { CHILD_KINDS, ORG_KIND_ZH, type Org } from '../../../shared/org';
import { org as orgApi } from '../../api/org';
import { useForm } from '../../hooks/use-form';
import { checkReason } from '../../lib/validate';
import { PickField } from '../form-field';
import { OrgPicker } from '../org-picker';
import { ReasonSheet } from '../reason-sheet';

const FIELDS = ['intoId', 'reason'] as const;

export interface OrgMergeFormProps {
  org: Org;
  /** Where the target is browsed from: the district federation. */
  root: Org;
  onDone: (org: Org, movedChildren: number) => void;
  onCancel: () => void;
  onConflict: () => void;
  mergeOrg?: typeof orgApi.mergeOrg;
}

export function OrgMergeForm(props: OrgMergeFormProps) {
  const { org, root, onDone, onCancel, onConflict, mergeOrg = orgApi.mergeOrg } = props;
  const [target, setTarget] = useState<Org | null>(null);
  const [picking, setPicking] = useState(false);
  const [reason, setReason] = useState('');
  const form = useForm(FIELDS, mergeOrg, { intoId: '请选择另一个同类组织', reason: '原因应为 2–200 个字' });
  const kind = ORG_KIND_ZH[org.kind];

  const onSubmit = async () => {
    const reply = await form.submit(
      { intoId: target ? null : '请选择合并到的组织', reason: checkReason(reason) },
      () => ({ id: org.id, version: org.version, intoId: target!.id, reason: reason.trim() }),
    );
    if (reply?.ok) {
      void Taro.showToast({ title: '已合并', icon: 'success' });
      onDone(reply.data.org, reply.data.movedChildren);
    } else if (reply?.code === 'CONFLICT') onConflict();
  };

  // While the target is picked, the picker replaces this dialog: on weapp a textarea is a native
  // component drawn above everything, and would show through a dialog stacked on top of it.
  if (picking) {
    return (
      <OrgPicker
        title={`选择目标${kind}`}
        root={{ id: root.id, name: root.name, org: root }}
        selectable={(o) => o.status === 'active' && o.kind === org.kind && o.id !== org.id}
        canOpen={(o) => o.status === 'active' && CHILD_KINDS[o.kind].includes(org.kind)}
        onPick={(o) => {
          setTarget(o);
          setPicking(false);
          form.touch('intoId');
        }}
        onClose={() => setPicking(false)}
      />
    );
  }
  return (
    <ReasonSheet
      title="合并组织"
      note={`将「${org.name}」合并到另一个${kind}：它的下级组织和工作人员授权将转到目标组织，「${org.name}」随后撤销。此操作不可恢复。`}
      reason={reason}
      onReasonChange={(v) => {
        setReason(v);
        form.touch('reason');
      }}
      reasonLabel="合并原因"
      reasonPlaceholder="例如：两家单位重组为一家"
      reasonError={form.fieldError('reason')}
      formError={form.formError}
      submitText="确认合并"
      pendingText="正在合并…"
      pending={form.pending}
      onSubmit={() => void onSubmit()}
      onCancel={onCancel}
    >
      <PickField
        label="合并到"
        value={target?.name ?? null}
        placeholder={`请选择${kind}`}
        description={target ? ORG_KIND_ZH[target.kind] : undefined}
        error={form.fieldError('intoId')}
        onClick={() => setPicking(true)}
      />
    </ReasonSheet>
  );
}
