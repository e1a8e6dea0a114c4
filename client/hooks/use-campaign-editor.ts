/**
 * The district's Promotion Month (劳模宣传月): the campaigns so far (the newest opens for editing, or
 * a new one), the form's values, checks in Chinese, save and publish (unsaved changes saved first).
 * On CONFLICT the list reloads with the new version and the values typed are kept.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { promotion, type ManagedCampaign, type ManagedStory } from '../api/promotion';
import { failure, type CallOptions } from '../api/transport';
import { addDays, shanghaiInstant, shanghaiParts, todayShanghai } from '../lib/datetime';
import type { ImageRef } from '../lib/story-draft';
import { newKey } from '../lib/story-draft';
import { useForm } from './use-form';
import { usePagedList } from './use-paged-list';
import { useRequest } from './use-request';
import { useSubmit } from './use-submit';

export const SPIRIT_DEFAULT = ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'];
export const MAX_FEATURED = 10;
export const MAX_SCHEDULE = 31;

export interface ScheduleRow {
  key: string;
  date: string;
  title: string;
}

export interface CampaignValues {
  theme: string;
  startDate: string;
  /** The last day of the campaign (inclusive; stored as the next day's midnight). */
  endDate: string;
  banner: ImageRef | null;
  spirit: string[];
  featured: string[];
  schedule: ScheduleRow[];
}

const FIELDS = ['theme', 'startsAt', 'endsAt', 'bannerFileId', 'spirit', 'featuredStoryIds', 'schedule'] as const;
export type CampaignField = (typeof FIELDS)[number];

export function newCampaign(nowMs: number): CampaignValues {
  const today = todayShanghai(nowMs);
  const year = Number(today.slice(0, 4)) + (today.slice(5) > '05-31' ? 1 : 0);
  return {
    theme: `${year}年劳模宣传月`,
    startDate: `${year}-05-01`,
    endDate: `${year}-05-31`,
    banner: null,
    spirit: [...SPIRIT_DEFAULT],
    featured: [],
    schedule: [{ key: newKey(), date: `${year}-05-01`, title: '启动仪式暨劳模故事发布' }],
  };
}

export function fromCampaign(c: ManagedCampaign): CampaignValues {
  return {
    theme: c.theme,
    startDate: shanghaiParts(c.startsAt).date,
    endDate: addDays(shanghaiParts(c.endsAt).date, -1),
    banner: { fileId: c.bannerFileId, url: c.bannerUrl },
    spirit: c.spirit.length === 6 ? [...c.spirit] : [...SPIRIT_DEFAULT],
    featured: [...c.featuredStoryIds],
    schedule: c.schedule.map((s) => ({ key: newKey(), date: s.date, title: s.title })),
  };
}

const len = (s: string) => [...s.trim()].length;

export function checkCampaign(v: CampaignValues): Partial<Record<CampaignField, string | null>> {
  const badSpirit = v.spirit.findIndex((p) => len(p) < 2 || len(p) > 8);
  const badRow = v.schedule.findIndex((r) => !r.date || len(r.title) < 2 || len(r.title) > 40);
  const outside = v.schedule.findIndex((r) => r.date && (r.date < v.startDate || r.date > v.endDate));
  return {
    theme: len(v.theme) === 0 ? '请填写主题' : len(v.theme) < 4 || len(v.theme) > 40 ? '主题应为 4–40 个字' : null,
    startsAt: v.startDate ? null : '请选择开始日期',
    endsAt: !v.endDate ? '请选择结束日期' : v.endDate < v.startDate ? '结束日期不能早于开始日期' : null,
    bannerFileId: v.banner ? null : '请上传横幅图片',
    spirit: badSpirit >= 0 ? `第 ${badSpirit + 1} 句应为 2–8 个字` : null,
    featuredStoryIds: v.featured.length > MAX_FEATURED ? `推荐故事最多 ${MAX_FEATURED} 篇` : null,
    schedule:
      badRow >= 0
        ? `第 ${badRow + 1} 行日程：请选择日期并填写 2–40 个字的内容`
        : outside >= 0
          ? `第 ${outside + 1} 行日程的日期不在宣传月期间`
          : null,
  };
}

export interface CampaignEditorDeps {
  listCampaigns: typeof promotion.listCampaigns;
  saveCampaign: typeof promotion.saveCampaign;
  publishCampaign: typeof promotion.publishCampaign;
  unpublishCampaign: typeof promotion.unpublishCampaign;
  listManagedStories: typeof promotion.listManagedStories;
  now: () => number;
}

const DEFAULT_DEPS: CampaignEditorDeps = {
  listCampaigns: promotion.listCampaigns,
  saveCampaign: promotion.saveCampaign,
  publishCampaign: promotion.publishCampaign,
  unpublishCampaign: promotion.unpublishCampaign,
  listManagedStories: promotion.listManagedStories,
  now: () => Date.now(),
};

type SaveCampaign = typeof promotion.saveCampaign;
/** The server names fields under `campaign`: strip it so they land on this form's fields. */
const unprefixed =
  (save: SaveCampaign): SaveCampaign =>
  async (input, options?: CallOptions) => {
    const reply = await save(input, options);
    if (reply.ok || !reply.issues) return reply;
    const issues = reply.issues.map((i) => ({ ...i, path: i.path[0] === 'campaign' ? i.path.slice(1) : i.path }));
    return { ...reply, issues };
  };

/** `enabled`: the caller is a district content manager (otherwise nothing is asked). */
export function useCampaignEditor(enabled: boolean, deps: CampaignEditorDeps = DEFAULT_DEPS) {
  const campaigns = useRequest(
    () => (enabled ? deps.listCampaigns({}) : Promise.resolve(failure('FORBIDDEN'))),
    [enabled],
  );
  // The stories that can be featured (published ones of the district), and the titles of those chosen.
  const stories = usePagedList<ManagedStory>(
    (cursor) => (enabled ? deps.listManagedStories({ cursor }) : Promise.resolve(failure('FORBIDDEN'))),
    (s) => s.id,
    enabled ? 'on' : 'off',
  );
  const items = campaigns.data?.items ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const current: ManagedCampaign | null =
    selected === 'new' ? null : (items.find((c) => c.id === (selected ?? items[0]?.id)) ?? null);
  const key = current?.id ?? 'new';
  const [values, setValues] = useState<CampaignValues | null>(null);
  const [formFor, setFormFor] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [call] = useState(() => unprefixed(deps.saveCampaign));
  const form = useForm(FIELDS, call, { theme: '主题应为 4–40 个字', bannerFileId: '请重新上传横幅图片' });
  const publishing = useSubmit(deps.publishCampaign);
  /** Publishing stopped at the checks: the sheet says so (the fields say what). */
  const [unready, setUnready] = useState(false);

  // The form follows the chosen campaign; a reload of the same one (after a conflict) keeps the values.
  const loaded = campaigns.status === 'ok';
  useEffect(() => {
    if (!loaded || formFor === key) return;
    setValues(current ? fromCampaign(current) : newCampaign(deps.now()));
    setFormFor(key);
    setDirty(false);
  }, [loaded, key, formFor, current, deps]);

  const set = (patch: Partial<CampaignValues>, field: CampaignField) => {
    setValues((v) => (v ? { ...v, ...patch } : v));
    setDirty(true);
    form.touch(field);
    publishing.clearError();
    setUnready(false);
  };

  const save = async (): Promise<{ id: string; version: number } | null> => {
    if (!values) return null;
    const reply = await form.submit(checkCampaign(values), () => ({
      ...(current ? { id: current.id, version: current.version } : {}),
      campaign: {
        theme: values.theme.trim(),
        startsAt: shanghaiInstant(values.startDate),
        endsAt: shanghaiInstant(addDays(values.endDate, 1)),
        bannerFileId: values.banner!.fileId,
        spirit: values.spirit.map((p) => p.trim()),
        featuredStoryIds: values.featured,
        schedule: values.schedule.map((r) => ({ date: r.date, title: r.title.trim() })),
      },
    }));
    if (!reply) return null;
    if (!reply.ok) {
      if (reply.code === 'CONFLICT') void campaigns.reload();
      return null;
    }
    setSelected(reply.data.id);
    setFormFor(reply.data.id);
    setDirty(false);
    void campaigns.reload();
    void Taro.showToast({ title: '已保存', icon: 'success' });
    return reply.data;
  };

  const publish = async (): Promise<boolean> => {
    const saved = !current || dirty ? await save() : current;
    setUnready(!saved);
    if (!saved) return false;
    const reply = await publishing.run({ id: saved.id, version: saved.version });
    if (!reply?.ok) {
      if (reply?.code === 'CONFLICT') void campaigns.reload();
      return false;
    }
    void campaigns.reload();
    void Taro.showToast({ title: '已发布', icon: 'success' });
    return true;
  };

  /** 下线: the published campaign leaves home at once; the list reloads with its new status and version. */
  const afterUnpublish = () => {
    void campaigns.reload();
    void Taro.showToast({ title: '已下线', icon: 'success' });
  };

  const titleOf = (id: string) => stories.items.find((s) => s.id === id)?.title ?? `故事 ${id}`;
  return {
    campaigns,
    items,
    current,
    choose: (id: string) => {
      setSelected(id);
      form.touch('theme');
    },
    values,
    set,
    dirty,
    form,
    save,
    publish,
    unpublishCampaign: deps.unpublishCampaign,
    afterUnpublish,
    /** After a CONFLICT elsewhere (下线): the list again, the values typed kept. */
    reload: () => void campaigns.reload(),
    publishing: form.pending || publishing.pending,
    publishError:
      form.formError ?? publishing.error?.message ?? (unready ? '还有未填好的内容，请按红字提示修改' : null),
    stories,
    titleOf,
  };
}

export type CampaignEditor = ReturnType<typeof useCampaignEditor>;
