/**
 * Editing one story: loads it (or starts a new one), keeps unsaved edits on the device and restores
 * them on reopening, checks before sending, puts the server's issues on their fields, saves and
 * publishes. On CONFLICT the story's version is reloaded and the edits are kept, as the org pages do.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { OutputOf } from '../../shared/api';
import type { Reply } from '../../shared/envelope';
import { org as orgApi } from '../api/org';
import { promotion } from '../api/promotion';
import type { CallOptions } from '../api/transport';
import { clearDraft, readDraft, writeDraft } from '../lib/story-draft-store';
import {
  checkConsent,
  checkStory,
  emptyDraft,
  needsOwnConsent,
  fromManaged,
  placeStoryError,
  STORY_ERROR_ZH,
  toInput,
  type StoryDraft,
  type StoryErrors,
} from '../lib/story-draft';
import { useRequest } from './use-request';
import { useSubmit } from './use-submit';

export type StoryStatus = 'draft' | 'published' | 'unpublished';

export interface StoryMeta {
  id: string;
  version: number;
  status: StoryStatus;
  needsReview: boolean;
}

export interface StoryEditorDeps {
  getManagedStory: typeof promotion.getManagedStory;
  getOrg: typeof orgApi.get;
  saveStory: typeof promotion.saveStory;
  publishStory: typeof promotion.publishStory;
  unpublishStory: typeof promotion.unpublishStory;
  unpublishStoriesOfPerson: typeof promotion.unpublishStoriesOfPerson;
  /** The current year, for a new story. */
  year: () => number;
}

const DEFAULT_DEPS: StoryEditorDeps = {
  getManagedStory: promotion.getManagedStory,
  getOrg: orgApi.get,
  saveStory: promotion.saveStory,
  publishStory: promotion.publishStory,
  unpublishStory: promotion.unpublishStory,
  unpublishStoriesOfPerson: promotion.unpublishStoriesOfPerson,
  year: () => new Date().getFullYear(),
};

type Loaded = OutputOf<'promotion', 'getManagedStory'> & { orgName: string };

/** The story, then its organization's name (for the picker field); a missing name is not an error. */
async function load(id: string, deps: StoryEditorDeps): Promise<Reply<Loaded>> {
  const story = await deps.getManagedStory({ id });
  if (!story.ok) return story;
  const org = await deps.getOrg({ id: story.data.story.orgId });
  return { ...story, data: { ...story.data, orgName: org.ok ? org.data.org.name : '' } };
}

const metaOf = (s: Loaded['story']): StoryMeta => ({
  id: s.id,
  version: s.version,
  status: s.status as StoryStatus,
  needsReview: s.needsReview,
});

/** Edits are written to the device this long after the last keystroke (and when the page closes). */
const KEEP_DELAY_MS = 400;

export function useStoryEditor(routeId: string | null, deps: StoryEditorDeps = DEFAULT_DEPS) {
  const [loadId, setLoadId] = useState(routeId);
  const loaded = useRequest<Loaded | null>(
    () => (loadId ? load(loadId, deps) : Promise.resolve({ ok: true, data: null, serverTime: '' })),
    [loadId],
  );
  // A new story starts from the edits kept on the device, if any.
  const [initial] = useState(() => (routeId ? null : readDraft(null)));
  const [draft, setDraft] = useState<StoryDraft | null>(() =>
    routeId ? null : (initial?.draft ?? emptyDraft(deps.year())),
  );
  const [meta, setMeta] = useState<StoryMeta | null>(null);
  const [restored, setRestored] = useState(initial !== null);
  const [dirty, setDirty] = useState(initial !== null);
  const [errors, setErrors] = useState<StoryErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const storageId = meta?.id ?? routeId;

  // A loaded story: its version and status always; the form only once (kept edits win).
  const data = loaded.data;
  const initialized = useRef(routeId === null);
  useEffect(() => {
    if (!data) return;
    setMeta(metaOf(data.story));
    if (initialized.current) return;
    initialized.current = true;
    const kept = readDraft(data.story.id);
    setDraft(kept?.draft ?? fromManaged(data, data.orgName));
    setRestored(kept !== null);
    setDirty(kept !== null);
    if (kept && kept.baseVersion !== null && kept.baseVersion !== data.story.version)
      setNotice(
        '这篇故事在您上次编辑之后已被他人修改：保存将以您的内容为准，请先「放弃修改」查看最新内容，或在「预览」中核对',
      );
  }, [data]);

  // Keep the edits on the device, shortly after each change and when the page closes.
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!dirty || !draft) return;
    const keep = () => {
      // Saved or discarded since this was scheduled: a late timer must not bring the edits back.
      if (pending.current !== keep) return;
      writeDraft(storageId, { baseVersion: meta?.version ?? null, keptAt: Date.now(), draft });
      pending.current = null;
    };
    pending.current = keep;
    const timer = setTimeout(keep, KEEP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, draft, storageId, meta?.version]);
  useEffect(() => () => pending.current?.(), []);

  const update = useCallback((patch: Partial<StoryDraft>, touched: string[] = Object.keys(patch)) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setDirty(true);
    setFormError(null);
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(next))
        if (touched.some((t) => key === t || key.startsWith(`${t}.`))) delete next[key];
      return next;
    });
  }, []);

  const reloadMeta = (id: string) => (id === loadId ? void loaded.reload() : setLoadId(id));

  const saving = useSubmit(deps.saveStory);
  const save = async (): Promise<StoryMeta | null> => {
    if (!draft) return null;
    const found = checkStory(draft);
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0) {
      setFormError('还有未填好的内容，请按红字提示修改');
      return null;
    }
    setFormError(null);
    const reply = await saving.run({
      ...(meta ? { id: meta.id, version: meta.version } : {}),
      story: toInput(draft),
    });
    if (!reply) return null;
    if (!reply.ok) {
      const placed = placeStoryError(reply);
      setErrors(placed.fields);
      setFormError(placed.form ?? '请按红字提示修改后重试');
      if (reply.code === 'CONFLICT' && meta) reloadMeta(meta.id);
      return null;
    }
    const next: StoryMeta = { ...reply.data, status: reply.data.status as StoryStatus };
    clearDraft(storageId);
    pending.current = null;
    setMeta(next);
    setDirty(false);
    setRestored(false);
    if (next.needsReview) setNotice('已保存。内容检查提示部分文字需人工复核，发布前请再次核对全文');
    void Taro.showToast({ title: '已保存', icon: 'success' });
    return next;
  };

  const publishing = useSubmit(deps.publishStory);
  /** Saves unsaved edits first, then publishes what was saved. */
  const publish = async (): Promise<boolean> => {
    // Without a model worker record, the story must carry the person's consent (the server refuses too).
    const consent = draft && needsOwnConsent(draft) ? checkConsent(draft.consent) : {};
    if (Object.keys(consent).length > 0) {
      setErrors((e) => ({ ...e, ...consent }));
      setFormError(STORY_ERROR_ZH.STORY_CONSENT_MISSING!);
      return false;
    }
    const current = !meta || dirty ? await save() : meta;
    if (!current) return false;
    const reply = await publishing.run({ id: current.id, version: current.version });
    if (!reply) return false;
    if (!reply.ok) {
      setFormError(STORY_ERROR_ZH[reply.code] ?? reply.message);
      if (reply.code === 'CONFLICT') reloadMeta(current.id);
      return false;
    }
    setMeta({ ...current, version: reply.data.version, status: 'published' });
    void Taro.showToast({ title: '已发布', icon: 'success' });
    return true;
  };

  /** Throws the kept edits away and shows the story as saved. */
  const discard = () => {
    clearDraft(storageId);
    pending.current = null;
    setDraft(data ? fromManaged(data, data.orgName) : emptyDraft(deps.year()));
    setDirty(false);
    setRestored(false);
    setErrors({});
    setFormError(null);
  };

  /** 下线 (the reason sheet sends it): the story leaves the readers' lists; the edits stay. */
  const unpublish = (input: { reason: string }, options: CallOptions) =>
    deps.unpublishStory({ id: meta?.id ?? '', version: meta?.version ?? 0, reason: input.reason }, options);
  const onUnpublished = (saved: { version: number }) => {
    setMeta((m) => m && { ...m, version: saved.version, status: 'unpublished' });
    void Taro.showToast({ title: '已下线', icon: 'success' });
  };
  /** 一键下线: every published story about this model worker (this one among them). */
  const unpublishPerson = (input: { reason: string }, options: CallOptions) =>
    deps.unpublishStoriesOfPerson({ modelWorkerId: draft?.modelWorkerId ?? '', reason: input.reason }, options);
  const onPersonUnpublished = ({ unpublished }: { unpublished: number }) => {
    setNotice(`已下线关于「${draft?.workerName ?? ''}」的 ${unpublished} 篇已发布故事`);
    void Taro.showToast({ title: `已下线 ${unpublished} 篇`, icon: 'success' });
    if (meta) reloadMeta(meta.id);
  };

  return {
    /** The first load failed (the form cannot show). */
    loadError: loaded.status === 'error' && !draft ? loaded.error : null,
    retryLoad: () => void loaded.reload(),
    draft,
    meta,
    restored,
    dirty,
    errors,
    formError,
    notice,
    setNotice,
    update,
    save,
    saving: saving.pending,
    publish,
    publishing: saving.pending || publishing.pending,
    discard,
    unpublish,
    onUnpublished,
    unpublishPerson,
    onPersonUnpublished,
    /** After an action elsewhere changed the story (unpublished, or a conflict): its version again. */
    reloadMeta: () => {
      if (meta) reloadMeta(meta.id);
    },
    clearFormError: () => setFormError(null),
  };
}

export type StoryEditor = ReturnType<typeof useStoryEditor>;
