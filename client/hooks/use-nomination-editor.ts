/**
 * Editing one nomination form: loads the file and its round (or only the round, for a new file),
 * keeps unsaved edits on the device and restores them on reopening (never the ID number), checks
 * every field with the shared schema and the round's deed limits before sending, puts the server's
 * issues on their fields, and saves the draft. On CONFLICT the version is reloaded, edits kept.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { Reply } from '../../shared/envelope';
import { idNumberSchema } from '../../shared/selection/id-number';
import { nomination, type NominationView, type RoundView } from '../api/nomination';
import {
  checkFormDraft,
  emptyFormDraft,
  fromForm,
  placeFormError,
  toForm,
  type FormDraft,
  type FormErrors,
} from '../lib/nomination';
import { clearFormDraft, readFormDraft, writeFormDraft, type FormTarget } from '../lib/nomination-draft-store';
import { useRequest } from './use-request';
import { useSubmit } from './use-submit';

interface Loaded {
  round: RoundView;
  nomination: NominationView | null;
}

async function load(target: FormTarget): Promise<Reply<Loaded>> {
  if ('id' in target) {
    const got = await nomination.getNomination({ id: target.id });
    if (!got.ok) return got;
    const round = await nomination.getRound({ id: got.data.nomination.roundId });
    if (!round.ok) return round;
    return { ...got, data: { round: round.data.round, nomination: got.data.nomination } };
  }
  const round = await nomination.getRound({ id: target.roundId });
  if (!round.ok) return round;
  return { ...round, data: { round: round.data.round, nomination: null } };
}

export interface EditorMeta {
  id: string;
  version: number;
  editable: boolean;
  idNumberMasked: string | null;
}

const metaOf = (n: NominationView): EditorMeta => ({
  id: n.id,
  version: n.version,
  editable: n.availableEvents.includes('saveDraft'),
  idNumberMasked: n.idNumberMasked,
});

const KEEP_DELAY_MS = 400;

export function useNominationEditor(initialTarget: FormTarget | null) {
  const [target, setTarget] = useState<FormTarget | null>(initialTarget);
  // The first load's target: a new file, once saved, is not loaded again (its edits are on screen).
  const [loadTarget] = useState(initialTarget);
  const loaded = useRequest<Loaded | null>(
    () => (loadTarget ? load(loadTarget) : Promise.resolve({ ok: true, data: null, serverTime: '' })),
    [],
  );
  const [draft, setDraft] = useState<FormDraft | null>(null);
  const [meta, setMeta] = useState<EditorMeta | null>(null);
  const [round, setRound] = useState<RoundView | null>(null);
  const [dirty, setDirty] = useState(false);
  const [restored, setRestored] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The ID number being typed (null: not being entered; the stored one, if any, is kept). */
  const [idNumber, setIdNumber] = useState<string | null>(null);

  const data = loaded.data;
  const initialized = useRef(false);
  useEffect(() => {
    if (!data) return;
    setRound(data.round);
    if (data.nomination) setMeta(metaOf(data.nomination));
    if (initialized.current || !target) return;
    initialized.current = true;
    const kept = readFormDraft(target);
    const server = data.nomination ? fromForm(data.nomination.form, data.nomination.fileUrls) : emptyFormDraft();
    setDraft(kept?.draft ?? server);
    setRestored(kept !== null);
    setDirty(kept !== null);
    if (kept && data.nomination && kept.baseVersion !== null && kept.baseVersion !== data.nomination.version) {
      setNotice('这份推荐表在您上次编辑之后已被他人修改：保存将以您的内容为准，可先「放弃修改」查看最新内容');
    }
  }, [data, target]);

  // Keep the edits on the device, shortly after each change and when the page closes.
  const pending = useRef<(() => void) | null>(null);
  // Set at once by a successful save: a timer that fires before the next render keeps nothing.
  const saved = useRef(false);
  useEffect(() => {
    if (!dirty || !draft || !target) return;
    const keep = () => {
      if (saved.current) return;
      writeFormDraft(target, { baseVersion: meta?.version ?? null, keptAt: Date.now(), draft });
      pending.current = null;
    };
    pending.current = keep;
    const timer = setTimeout(keep, KEEP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, draft, target, meta?.version]);
  useEffect(() => () => pending.current?.(), []);

  const update = useCallback((patch: Partial<FormDraft>, touched: string[] = Object.keys(patch)) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    saved.current = false;
    setDirty(true);
    setFormError(null);
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(next)) {
        if (touched.some((t) => key === t || key.startsWith(`${t}.`))) delete next[key];
      }
      return next;
    });
  }, []);

  const typeIdNumber = (value: string | null) => {
    setIdNumber(value);
    setErrors((e) => {
      const next = { ...e };
      delete next.idNumber;
      return next;
    });
  };

  const saving = useSubmit(nomination.saveDraft);
  const save = async (): Promise<boolean> => {
    if (!draft || !target || !round) return false;
    const found = checkFormDraft(draft, round.config.deedLimits);
    let id: string | undefined;
    if (idNumber !== null) {
      const parsed = idNumberSchema.safeParse(idNumber);
      if (!parsed.success) found.idNumber = parsed.error.issues[0]?.message ?? '身份证号码有误';
      else id = parsed.data;
    }
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0) {
      setFormError('还有未填好的内容，请按红字提示修改');
      return false;
    }
    setFormError(null);
    const where = 'id' in target ? { id: target.id, version: meta?.version ?? 0 } : target;
    const reply = await saving.run({ ...where, form: toForm(draft), ...(id ? { idNumber: id } : {}) });
    if (!reply) return false;
    if (!reply.ok) {
      const placed = placeFormError(reply);
      setErrors(placed.fields);
      setFormError(placed.form);
      if (reply.code === 'CONFLICT') {
        setFormError('这份推荐表已被他人修改，已更新到最新版本：您的修改仍在，请核对后再次保存');
        void Taro.showToast({ title: '推荐表已被他人更新', icon: 'none' });
        const fresh = await nomination.getNomination({ id: 'id' in target ? target.id : '' });
        if (fresh.ok) setMeta(metaOf(fresh.data.nomination));
      }
      return false;
    }
    const stored = reply.data.nomination;
    saved.current = true;
    clearFormDraft(target);
    pending.current = null;
    setMeta(metaOf(stored));
    setTarget({ id: stored.id });
    setIdNumber(null);
    setDirty(false);
    setRestored(false);
    void Taro.showToast({ title: '已保存', icon: 'success' });
    return true;
  };

  /** Throws the kept edits away and shows the form as saved. */
  const discard = () => {
    if (!target) return;
    saved.current = true;
    clearFormDraft(target);
    pending.current = null;
    setDraft(data?.nomination ? fromForm(data.nomination.form, data.nomination.fileUrls) : emptyFormDraft());
    setDirty(false);
    setRestored(false);
    setErrors({});
    setFormError(null);
    setNotice(null);
  };

  return {
    loadError: loaded.status === 'error' && !draft ? loaded.error : null,
    retryLoad: () => void loaded.reload(),
    round,
    draft,
    meta,
    dirty,
    restored,
    errors,
    formError,
    notice,
    idNumber,
    typeIdNumber,
    update,
    save,
    saving: saving.pending,
    discard,
  };
}

export type NominationEditor = ReturnType<typeof useNominationEditor>;
