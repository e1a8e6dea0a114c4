/**
 * 发放邀请码: role (department reviewers only from the district tier), the organization (browsed
 * below mine), capabilities (only my own), department for a reviewer, and how long the code lives.
 */
import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { CAPABILITY_ZH, ROLE_ZH, type Capability } from '../../../shared/grants';
import { ORG_KIND_ZH, type Org } from '../../../shared/org';
import { identity, type PublicGrant } from '../../api/identity';
import { useForm } from '../../hooks/use-form';
import { EXPIRY_CHOICES } from '../../lib/cadre';
import { checkDepartment } from '../../lib/validate';
import { ChoiceChips, PickField, TextField } from '../form-field';
import { OrgPicker } from '../org-picker';
import { SheetError } from '../sheet';
import './index.scss';

type InviteRole = 'cadre' | 'departmentReviewer';
type Expiry = (typeof EXPIRY_CHOICES)[number]['value'];
const FIELDS = ['role', 'orgId', 'department', 'capabilities', 'expiresInHours'] as const;

export interface CreatedInvitation {
  code: string;
  expiresAt: string;
  orgName: string;
  role: InviteRole;
}

export interface InviteFormProps {
  granter: PublicGrant;
  onCreated: (invitation: CreatedInvitation) => void;
  createInvitation?: typeof identity.createInvitation;
}

export function InviteForm({ granter, onCreated, createInvitation = identity.createInvitation }: InviteFormProps) {
  const [role, setRole] = useState<InviteRole>('cadre');
  const [target, setTarget] = useState<Org | null>(null);
  const [picking, setPicking] = useState(false);
  const [department, setDepartment] = useState('');
  const [capabilities, setCapabilities] = useState<Capability[]>([]);
  const [expiry, setExpiry] = useState<Expiry>('72');
  const form = useForm(FIELDS, createInvitation, { department: '审核部门应为 2–30 个字' });
  const reviewer = role === 'departmentReviewer';
  const roles: InviteRole[] = granter.tier === 'district' ? ['cadre', 'departmentReviewer'] : ['cadre'];

  const onSubmit = async () => {
    const reply = await form.submit(
      { orgId: target ? null : '请选择组织', department: reviewer ? checkDepartment(department) : null },
      () => ({
        role,
        orgId: target!.id,
        capabilities: reviewer ? [] : capabilities,
        expiresInHours: Number(expiry),
        ...(reviewer ? { department: department.trim() } : {}),
      }),
    );
    if (reply?.ok) onCreated({ code: reply.data.code, expiresAt: reply.data.expiresAt, orgName: target!.name, role });
  };

  return (
    <View className="card invite-form">
      <ChoiceChips
        label="邀请的身份"
        options={roles.map((r) => ({ value: r, label: ROLE_ZH[r] }))}
        value={[role]}
        error={form.fieldError('role')}
        onChange={([r]) => {
          setRole(r ?? 'cadre');
          // A cadre is invited strictly below my organization; a reviewer may sit at it.
          if (r === 'cadre' && target?.id === granter.orgId) setTarget(null);
          form.touch('role');
        }}
      />
      <PickField
        label="所在组织"
        value={target?.name ?? null}
        placeholder={`在「${granter.orgName}」${reviewer ? '或其下级' : '的下级'}中选择`}
        description={target ? ORG_KIND_ZH[target.kind] : undefined}
        error={form.fieldError('orgId')}
        onClick={() => setPicking(true)}
      />
      {reviewer ? (
        <TextField
          label="审核部门"
          value={department}
          maxlength={30}
          placeholder="例如：区市场监管局"
          error={form.fieldError('department')}
          onChange={(v) => {
            setDepartment(v);
            form.touch('department');
          }}
        />
      ) : (
        <ChoiceChips
          multiple
          label="授予的权限（选填）"
          hint="只能授予您本人拥有的权限"
          options={granter.capabilities.map((c) => ({ value: c, label: CAPABILITY_ZH[c] }))}
          value={capabilities}
          error={form.fieldError('capabilities')}
          onChange={setCapabilities}
        />
      )}
      <ChoiceChips label="有效期" options={EXPIRY_CHOICES} value={[expiry]} onChange={([e]) => setExpiry(e ?? '72')} />
      <SheetError message={form.formError} />
      <Button
        className={form.pending ? 'btn btn--primary btn--block btn--busy' : 'btn btn--primary btn--block'}
        disabled={form.pending}
        onClick={() => void onSubmit()}
      >
        {form.pending ? '正在生成…' : '生成邀请码'}
      </Button>
      {picking ? (
        <OrgPicker
          title="选择组织"
          root={{ id: granter.orgId, name: granter.orgName }}
          pickCurrent={(_org, atRoot) => reviewer || !atRoot}
          onPick={(o) => {
            setTarget(o);
            setPicking(false);
            form.touch('orgId');
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </View>
  );
}
