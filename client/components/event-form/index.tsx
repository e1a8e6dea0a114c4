/**
 * 新建 / 编辑活动 in a half-screen dialog: kind, name, description, start and end, place, capacity,
 * the organizing union (below my grant's), and for volunteer activities the hours and the base.
 */
import { useState } from 'react';
import { Text } from '@tarojs/components';
import { EVENT_KIND_ZH, EVENT_KINDS, type EventKind } from '../../../shared/actions/content.schema';
import type { PublicGrant } from '../../api/identity';
import type { ManagedEvent } from '../../api/promotion';
import { useEventForm } from '../../hooks/use-event-form';
import { BasePicker } from '../base-picker';
import { DateTimeField } from '../datetime-field';
import { ChoiceChips, PickField, TextField } from '../form-field';
import { OrgPicker } from '../org-picker';
import { SaveSheet } from '../save-sheet';
import { SheetError } from '../sheet';

const KINDS = EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_ZH[k] }));

export interface EventFormProps {
  /** The latest copy of the event being edited; null for a new one. */
  event: ManagedEvent | null;
  grant: PublicGrant;
  onSaved: (saved: { id: string; checkinCode: string }) => void;
  onCancel: () => void;
  onConflict: () => void;
  saveEvent?: Parameters<typeof useEventForm>[2];
}

export function EventForm({ event, grant, onSaved, onCancel, onConflict, saveEvent }: EventFormProps) {
  const { values: v, set, save, form } = useEventForm(event, grant, saveEvent);
  const [picking, setPicking] = useState<'org' | 'base' | null>(null);
  const text = (key: 'title' | 'description' | 'place' | 'capacity' | 'hours') => ({
    value: v[key],
    error: form.fieldError(key),
    onChange: (value: string) => set({ [key]: value }, key),
  });
  return (
    <>
      <SaveSheet
        title={event ? '编辑活动' : '新建活动'}
        className="event-form"
        editing={event !== null}
        createText="创建活动"
        pending={form.pending}
        save={save}
        onSaved={onSaved}
        onCancel={onCancel}
        onConflict={onConflict}
      >
        {event?.status === 'published' ? (
          <Text className="sheet__note">活动已发布：保存后修改立即对报名者生效。</Text>
        ) : null}
        <ChoiceChips
          label="活动类型"
          options={KINDS}
          value={[v.kind]}
          onChange={([k]) => set({ kind: (k ?? v.kind) as EventKind }, 'kind')}
        />
        <TextField label="活动名称" maxlength={40} placeholder="例如：劳模进社区：健康义诊" {...text('title')} />
        <TextField
          label="活动介绍"
          multiline
          maxlength={1000}
          placeholder="内容、对象、注意事项，10 字以上"
          {...text('description')}
        />
        <DateTimeField
          label="开始"
          {...v.start}
          error={form.fieldError('startsAt')}
          onChange={(start) => set({ start }, 'startsAt')}
        />
        <DateTimeField
          label="结束"
          {...v.end}
          error={form.fieldError('endsAt')}
          onChange={(end) => set({ end }, 'endsAt')}
        />
        <TextField label="活动地点" maxlength={60} {...text('place')} />
        <TextField label="名额" type="number" maxlength={4} {...text('capacity')} />
        <PickField
          label="主办组织"
          value={v.org?.name ?? null}
          placeholder={`在「${grant.orgName}」及其下级中选择`}
          error={form.fieldError('orgId')}
          onClick={() => setPicking('org')}
        />
        {v.kind === 'volunteer' ? (
          <>
            <TextField label="志愿服务时长（小时，每次参加计入）" type="digit" maxlength={4} {...text('hours')} />
            <PickField
              label="志愿服务基地（选填）"
              value={v.base?.name ?? null}
              placeholder="不关联基地"
              error={form.fieldError('baseId')}
              onClick={() => setPicking('base')}
            />
          </>
        ) : null}
        <SheetError message={form.formError} />
      </SaveSheet>
      {picking === 'org' ? (
        <OrgPicker
          title="选择主办组织"
          root={{ id: grant.orgId, name: grant.orgName }}
          pickCurrent={() => true}
          onPick={(o) => {
            set({ org: { id: o.id, name: o.name } }, 'orgId');
            setPicking(null);
          }}
          onClose={() => setPicking(null)}
        />
      ) : null}
      {picking === 'base' ? (
        <BasePicker
          onPick={(base) => {
            set({ base }, 'baseId');
            setPicking(null);
          }}
          onClose={() => setPicking(null)}
        />
      ) : null}
    </>
  );
}
