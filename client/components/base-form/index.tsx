/**
 * 新建 / 编辑志愿服务基地 in a half-screen dialog: name, the organization it belongs to (below my
 * grant's), the model workers who lead it, the service areas (教育、医疗、法律、生活服务) and a
 * description.
 */
import { useState } from 'react';
import { Text } from '@tarojs/components';
import type { PublicGrant } from '../../api/identity';
import { VOLUNTEER_AREA_ZH, VOLUNTEER_AREAS, type ManagedBase, type promotion } from '../../api/promotion';
import type { VolunteerArea } from '../../../shared/volunteer';
import { MAX_LEADERS, useBaseForm } from '../../hooks/use-base-form';
import { ChoiceChips, PickField, TextField } from '../form-field';
import { LeaderPicker } from '../leader-picker';
import { OrgPicker } from '../org-picker';
import { SaveSheet } from '../save-sheet';
import { SheetError } from '../sheet';

const AREAS = VOLUNTEER_AREAS.map((a) => ({ value: a, label: VOLUNTEER_AREA_ZH[a] }));

export interface BaseFormProps {
  /** The latest copy of the base being edited; null for a new one. */
  base: ManagedBase | null;
  grant: PublicGrant;
  onSaved: (saved: { id: string }) => void;
  onCancel: () => void;
  onConflict: () => void;
  saveBase?: typeof promotion.saveBase;
  listLeaderCandidates?: typeof promotion.listLeaderCandidates;
}

export function BaseForm({
  base,
  grant,
  onSaved,
  onCancel,
  onConflict,
  saveBase,
  listLeaderCandidates,
}: BaseFormProps) {
  const { values: v, set, save, form } = useBaseForm(base, grant, saveBase);
  const [picking, setPicking] = useState<'org' | 'leaders' | null>(null);
  return (
    <>
      <SaveSheet
        title={base ? '编辑志愿服务基地' : '新建志愿服务基地'}
        className="base-form"
        editing={base !== null}
        createText="创建基地"
        pending={form.pending}
        save={save}
        onSaved={onSaved}
        onCancel={onCancel}
        onConflict={onConflict}
      >
        {base?.status === 'active' ? <Text className="sheet__note">基地展示中：保存后修改立即对公众生效。</Text> : null}
        <TextField
          label="基地名称"
          maxlength={40}
          placeholder="例如：东湖劳模志愿服务基地"
          value={v.name}
          error={form.fieldError('name')}
          onChange={(name) => set({ name }, 'name')}
        />
        <PickField
          label="所属组织"
          value={v.org?.name ?? null}
          placeholder={`在「${grant.orgName}」及其下级中选择`}
          error={form.fieldError('orgId')}
          onClick={() => setPicking('org')}
        />
        <PickField
          label="带头劳模"
          value={v.leaders.length > 0 ? v.leaders.map((l) => l.name).join('、') : null}
          placeholder="从劳模档案中选择"
          error={form.fieldError('leaderModelWorkerIds')}
          onClick={() => setPicking('leaders')}
        />
        <ChoiceChips
          label="服务领域"
          multiple
          options={AREAS}
          value={v.areas}
          error={form.fieldError('areas')}
          onChange={(areas) => set({ areas: areas as VolunteerArea[] }, 'areas')}
        />
        <TextField
          label="基地介绍"
          multiline
          maxlength={500}
          placeholder="服务内容、对象、时间地点，10 字以上"
          value={v.description}
          error={form.fieldError('description')}
          onChange={(description) => set({ description }, 'description')}
        />
        <SheetError message={form.formError} />
      </SaveSheet>
      {picking === 'org' ? (
        <OrgPicker
          title="选择所属组织"
          root={{ id: grant.orgId, name: grant.orgName }}
          pickCurrent={() => true}
          onPick={(o) => {
            set({ org: { id: o.id, name: o.name } }, 'orgId');
            setPicking(null);
          }}
          onClose={() => setPicking(null)}
        />
      ) : null}
      {picking === 'leaders' ? (
        <LeaderPicker
          chosen={v.leaders}
          max={MAX_LEADERS}
          listLeaderCandidates={listLeaderCandidates}
          onToggle={(w) =>
            set(
              {
                leaders: v.leaders.some((l) => l.id === w.id)
                  ? v.leaders.filter((l) => l.id !== w.id)
                  : [...v.leaders, w],
              },
              'leaderModelWorkerIds',
            )
          }
          onClose={() => setPicking(null)}
        />
      ) : null}
    </>
  );
}
