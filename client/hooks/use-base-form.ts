/**
 * One volunteer service base being created or edited: name, organization (below my grant's), the
 * model workers who lead it, service areas and description, with checks in Chinese that mirror
 * `baseInputSchema`. The server's issues (`['base', 'name']`) land on their fields.
 */
import { useState } from 'react';
import type { VolunteerArea } from '../../shared/volunteer';
import type { PublicGrant } from '../api/identity';
import { promotion, type ManagedBase } from '../api/promotion';
import type { CallOptions } from '../api/transport';
import { useForm } from './use-form';

export const BASE_FIELDS = ['name', 'orgId', 'leaderModelWorkerIds', 'areas', 'description'] as const;
export type BaseField = (typeof BASE_FIELDS)[number];
export const MAX_LEADERS = 10;

export interface Leader {
  id: string;
  name: string;
}

export interface BaseFormValues {
  name: string;
  org: { id: string; name: string } | null;
  leaders: Leader[];
  areas: VolunteerArea[];
  description: string;
}

type SaveBase = typeof promotion.saveBase;

export function initialBase(base: ManagedBase | null, grant: PublicGrant): BaseFormValues {
  if (!base)
    return { name: '', org: { id: grant.orgId, name: grant.orgName }, leaders: [], areas: [], description: '' };
  return {
    name: base.name,
    org: { id: base.orgId, name: base.orgName },
    leaders: base.leaderModelWorkerIds.map((id, i) => ({ id, name: base.leaderNames[i] ?? id })),
    areas: [...base.areas],
    description: base.description,
  };
}

const len = (s: string) => [...s.trim()].length;
const range = (s: string, min: number, max: number, name: string) =>
  len(s) === 0 ? `请填写${name}` : len(s) < min || len(s) > max ? `${name}应为 ${min}–${max} 个字` : null;

export function checkBase(v: BaseFormValues): Partial<Record<BaseField, string | null>> {
  return {
    name: range(v.name, 4, 40, '基地名称'),
    orgId: v.org ? null : '请选择所属组织',
    leaderModelWorkerIds:
      v.leaders.length === 0
        ? '请选择至少一位带头劳模'
        : v.leaders.length > MAX_LEADERS
          ? `带头劳模最多 ${MAX_LEADERS} 位`
          : null,
    areas: v.areas.length === 0 ? '请选择至少一个服务领域' : null,
    description: range(v.description, 10, 500, '基地介绍'),
  };
}

/** The server names fields under `base`: strip it so they land on this form's fields. */
function unprefixed(save: SaveBase): SaveBase {
  return async (input, options?: CallOptions) => {
    const reply = await save(input, options);
    if (reply.ok || !reply.issues) return reply;
    return {
      ...reply,
      issues: reply.issues.map((i) => ({ ...i, path: i.path[0] === 'base' ? i.path.slice(1) : i.path })),
    };
  };
}

export function useBaseForm(base: ManagedBase | null, grant: PublicGrant, saveBase: SaveBase = promotion.saveBase) {
  const [values, setValues] = useState<BaseFormValues>(() => initialBase(base, grant));
  const [call] = useState(() => unprefixed(saveBase));
  const form = useForm(BASE_FIELDS, call, {
    name: '基地名称应为 4–40 个字',
    description: '基地介绍应为 10–500 个字',
    leaderModelWorkerIds: '请重新选择带头劳模',
  });

  const set = (patch: Partial<BaseFormValues>, field: BaseField) => {
    setValues((v) => ({ ...v, ...patch }));
    form.touch(field);
  };

  const save = () =>
    form.submit(checkBase(values), () => ({
      ...(base ? { id: base.id, version: base.version } : {}),
      base: {
        name: values.name.trim(),
        orgId: values.org!.id,
        leaderModelWorkerIds: values.leaders.map((l) => l.id),
        areas: values.areas,
        description: values.description.trim(),
      },
    }));

  return { values, set, save, form };
}
