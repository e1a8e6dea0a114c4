/**
 * One event being created or edited: the fields as typed, checks in Chinese that mirror
 * `eventInputSchema`, and the save. The server's issues (`['event', 'endsAt']`) land on their fields.
 */
import { useState } from 'react';
import { EVENT_KINDS, type EventKind } from '../../shared/actions/content.schema';
import type { PublicGrant } from '../api/identity';
import { promotion, type ManagedEvent } from '../api/promotion';
import type { CallOptions } from '../api/transport';
import { addDays, isBefore, shanghaiInstant, shanghaiParts, todayShanghai, type DateTimeParts } from '../lib/datetime';
import { useForm } from './use-form';

export const EVENT_FIELDS = [
  'kind',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'place',
  'capacity',
  'orgId',
  'hours',
  'baseId',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export interface EventFormValues {
  kind: EventKind;
  title: string;
  description: string;
  start: DateTimeParts;
  end: DateTimeParts;
  place: string;
  capacity: string;
  org: { id: string; name: string } | null;
  hours: string;
  base: { id: string; name: string } | null;
}

type SaveEvent = typeof promotion.saveEvent;

export function initialEvent(event: ManagedEvent | null, grant: PublicGrant, nowMs: number): EventFormValues {
  if (event) {
    return {
      kind: event.kind,
      title: event.title,
      description: event.description,
      start: shanghaiParts(event.startsAt),
      end: shanghaiParts(event.endsAt),
      place: event.place,
      capacity: String(event.capacity),
      org: { id: event.orgId, name: event.orgName },
      hours: event.hours !== undefined ? String(event.hours) : '',
      // The base's name is not in the event: the field says 已关联 until another is chosen.
      base: event.baseId ? { id: event.baseId, name: '已关联的志愿服务基地' } : null,
    };
  }
  const day = addDays(todayShanghai(nowMs), 7);
  return {
    kind: EVENT_KINDS[2],
    title: '',
    description: '',
    start: { date: day, time: '09:00' },
    end: { date: day, time: '11:00' },
    place: '',
    capacity: '50',
    org: { id: grant.orgId, name: grant.orgName },
    hours: '',
    base: null,
  };
}

const len = (s: string) => [...s.trim()].length;
const range = (s: string, min: number, max: number, name: string) =>
  len(s) === 0 ? `请填写${name}` : len(s) < min || len(s) > max ? `${name}应为 ${min}–${max} 个字` : null;

export function checkEvent(v: EventFormValues): Partial<Record<EventField, string | null>> {
  const capacity = Number(v.capacity);
  const hours = Number(v.hours);
  const volunteer = v.kind === 'volunteer';
  return {
    title: range(v.title, 4, 40, '活动名称'),
    description: range(v.description, 10, 1000, '活动介绍'),
    place: range(v.place, 2, 60, '活动地点'),
    startsAt: v.start.date ? null : '请选择开始日期',
    endsAt: !v.end.date ? '请选择结束日期' : isBefore(v.start, v.end) ? null : '结束时间应晚于开始时间',
    capacity: /^\d+$/.test(v.capacity.trim()) && capacity >= 1 && capacity <= 5000 ? null : '名额应为 1–5000 的整数',
    orgId: v.org ? null : '请选择主办组织',
    hours: !volunteer
      ? null
      : v.hours.trim() === ''
        ? '请填写每次参加计入的志愿服务时长'
        : Number.isFinite(hours) && hours > 0 && hours <= 24
          ? null
          : '志愿服务时长应大于 0、不超过 24 小时',
  };
}

/** The server names fields under `event`: strip it so they land on this form's fields. */
function unprefixed(save: SaveEvent): SaveEvent {
  return async (input, options?: CallOptions) => {
    const reply = await save(input, options);
    if (reply.ok || !reply.issues) return reply;
    return {
      ...reply,
      issues: reply.issues.map((i) => ({ ...i, path: i.path[0] === 'event' ? i.path.slice(1) : i.path })),
    };
  };
}

export function useEventForm(
  event: ManagedEvent | null,
  grant: PublicGrant,
  saveEvent: SaveEvent = promotion.saveEvent,
) {
  const [values, setValues] = useState<EventFormValues>(() => initialEvent(event, grant, Date.now()));
  const [call] = useState(() => unprefixed(saveEvent));
  const form = useForm(EVENT_FIELDS, call, {
    title: '活动名称应为 4–40 个字',
    description: '活动介绍应为 10–1000 个字',
    place: '活动地点应为 2–60 个字',
    capacity: '名额应为 1–5000 的整数',
  });

  const set = (patch: Partial<EventFormValues>, field: EventField) => {
    setValues((v) => ({ ...v, ...patch }));
    form.touch(field);
  };

  const save = () =>
    form.submit(checkEvent(values), () => {
      const volunteer = values.kind === 'volunteer';
      return {
        ...(event ? { id: event.id, version: event.version } : {}),
        event: {
          kind: values.kind,
          title: values.title.trim(),
          description: values.description.trim(),
          startsAt: shanghaiInstant(values.start.date, values.start.time),
          endsAt: shanghaiInstant(values.end.date, values.end.time),
          place: values.place.trim(),
          capacity: Number(values.capacity),
          orgId: values.org!.id,
          ...(volunteer && values.base ? { baseId: values.base.id } : {}),
          ...(volunteer ? { hours: Number(values.hours) } : {}),
        },
      };
    });

  return { values, set, save, form };
}
