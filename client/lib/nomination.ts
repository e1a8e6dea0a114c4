/**
 * The nomination pages' pure rules: routes, labels in Chinese, who may work here, the quorum result,
 * the form as the editor holds it (strings while typing) and its checks with the shared schema,
 * with every issue in Chinese on its field. No Taro here but routing-free helpers.
 */
import {
  EDUCATION_LEVELS,
  EDUCATION_ZH,
  GENDERS,
  GENDER_ZH,
  HONOR_LEVELS,
  HONOR_LEVEL_ZH,
  nominationFormSchema,
  POLITICAL_STATUSES,
  POLITICAL_STATUS_ZH,
  type NominationForm,
} from '../../shared/actions/nomination.schema';
import type { ErrorReply } from '../../shared/envelope';
import { ERROR_MESSAGES_ZH } from '../../shared/errors';
import { TIER_ZH } from '../../shared/org';
import {
  checkDemocraticRecommendation,
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_ZH,
  MEETING_FORM_ZH,
  NOMINEE_FLAGS,
  NOMINEE_FLAG_ZH,
  STAGE_KIND_ZH,
  type ConsultationCategory,
  type DeedLimits,
  type MeetingForm,
  type NomineeFlag,
  type QuorumRule,
  type QuorumRules,
  type Stage,
  type Threshold,
} from '../../shared/selection/round';
import { NOMINATION_STATUS_ZH, type NominationStatus } from '../../shared/selection/workflow';
import type { ChipTone } from '../components/status-chip';
import { formatDateTimeZh } from './format';
import { NOMINATION_ROUTES } from './nomination-access';

export {
  canReadNominations,
  departmentReviewerGrants,
  districtNominationGrant,
  NOMINATION_ROUTES,
  nominationCadreGrants,
} from './nomination-access';

// ---------------------------------------------------------------------------------------------
// Routes

const query = (params: Record<string, string | number | undefined>) => {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
};

export function nominationsUrl(roundId?: string): string {
  return `${NOMINATION_ROUTES.list}${query({ roundId })}`;
}

export function nominationUrl(id: string): string {
  return `${NOMINATION_ROUTES.detail}${query({ id })}`;
}

/** The editor of a saved file (`id`), or of a new one in a round for a grassroots unit. */
export function nominationEditUrl(target: { id: string } | { roundId: string; orgId: string }): string {
  return `${NOMINATION_ROUTES.edit}${query(target)}`;
}

export function noticeOpenUrl(roundId: string, stageIndex: number, nominationId: string): string {
  return `${NOMINATION_ROUTES.noticeOpen}${query({ roundId, stageIndex, nominationId })}`;
}

export function slateUrl(roundId: string, orgId: string): string {
  return `${NOMINATION_ROUTES.slate}${query({ roundId, orgId })}`;
}

// ---------------------------------------------------------------------------------------------
// Labels

export function stageLabel(stage: Pick<Stage, 'kind' | 'tier'>): string {
  return `${TIER_ZH[stage.tier]}${STAGE_KIND_ZH[stage.kind]}`;
}

export function statusLabel(status: NominationStatus): string {
  return NOMINATION_STATUS_ZH[status];
}

export function statusTone(status: NominationStatus): ChipTone {
  if (status === 'draft') return 'draft';
  if (status === 'returned' || status === 'submitted' || status === 'awaitingConsultation') return 'warn';
  if (status === 'inNotice' || status === 'conferred' || status === 'submittedUpward') return 'live';
  return 'off';
}

export function deadlineText(deadlineAt: string | null): string {
  return deadlineAt ? `截止 ${formatDateTimeZh(deadlineAt)}` : '无截止时间';
}

export const CONFLICT_TOAST = '该推荐已被他人更新，已刷新为最新内容';

export const options = <V extends string>(values: readonly V[], zh: Record<V, string>) =>
  values.map((value) => ({ value, label: zh[value] }));

export const FLAG_OPTIONS = options(NOMINEE_FLAGS, NOMINEE_FLAG_ZH);
export const CATEGORY_OPTIONS = options(CONSULTATION_CATEGORIES, CONSULTATION_CATEGORY_ZH);
export const GENDER_OPTIONS = options(GENDERS, GENDER_ZH);
export const POLITICAL_OPTIONS = options(POLITICAL_STATUSES, POLITICAL_STATUS_ZH);
export const EDUCATION_OPTIONS = options(EDUCATION_LEVELS, EDUCATION_ZH);
export const HONOR_LEVEL_OPTIONS = options(HONOR_LEVELS, HONOR_LEVEL_ZH);

// ---------------------------------------------------------------------------------------------
// The democratic recommendation's quorum

function thresholdZh(t: Threshold, what: string): string {
  return `${what}${t.comparison === 'atLeast' ? '不少于' : '超过'}全体代表的 ${t.numerator}/${t.denominator}`;
}

export function quorumRuleZh(rule: QuorumRule): string {
  return `${thresholdZh(rule.presence, '到会人数')}；${thresholdZh(rule.approval, '赞成票')}`;
}

/** The round's rule for this meeting form applied to the counts typed so far, in Chinese. */
export function recommendationResult(
  rules: QuorumRules,
  form: MeetingForm,
  counts: { delegatesTotal: number; present: number; votesFor: number },
): { ok: boolean; text: string } {
  const rule = rules[form];
  if (!rule) return { ok: false, text: `本届评选不允许以「${MEETING_FORM_ZH[form]}」形式民主推荐` };
  const check = checkDemocraticRecommendation(counts, rule);
  if (check.ok) return { ok: true, text: '符合规定：到会人数和赞成票均达到要求' };
  const text =
    check.reason === 'INVALID_COUNTS'
      ? '人数有误：到会人数不能多于代表总数，赞成票不能多于到会人数'
      : ERROR_MESSAGES_ZH[check.reason];
  return { ok: false, text };
}

// ---------------------------------------------------------------------------------------------
// The form as the editor holds it

export interface HonorDraft {
  title: string;
  level: (typeof HONOR_LEVELS)[number] | '';
  year: string;
  issuer: string;
}

export interface FileDraft {
  fileId: string;
  name: string;
  /** A display URL (the server's, or the local preview of an upload). */
  url: string;
}

export interface FormDraft {
  name: string;
  gender: (typeof GENDERS)[number] | '';
  ethnicity: string;
  birthDate: string;
  politicalStatus: (typeof POLITICAL_STATUSES)[number] | '';
  education: (typeof EDUCATION_LEVELS)[number] | '';
  unitName: string;
  position: string;
  professionalTitle: string;
  flags: NomineeFlag[];
  consultationCategories: ConsultationCategory[];
  industry: string;
  priorHonors: HonorDraft[];
  titleSought: string;
  shortDeeds: string;
  longDeeds: string;
  consent: { notice: boolean; stories: boolean; photo: boolean; signer: string; date: string; file: FileDraft | null };
  attachments: FileDraft[];
  modelWorkerId: string;
}

export function emptyFormDraft(): FormDraft {
  return {
    name: '',
    gender: '',
    ethnicity: '',
    birthDate: '',
    politicalStatus: '',
    education: '',
    unitName: '',
    position: '',
    professionalTitle: '',
    flags: [],
    consultationCategories: [],
    industry: '',
    priorHonors: [],
    titleSought: '',
    shortDeeds: '',
    longDeeds: '',
    consent: { notice: false, stories: false, photo: false, signer: '', date: '', file: null },
    attachments: [],
    modelWorkerId: '',
  };
}

export function fromForm(form: NominationForm, fileUrls: Record<string, string>): FormDraft {
  const empty = emptyFormDraft();
  const c = form.publicationConsent;
  return {
    ...empty,
    name: form.name ?? '',
    gender: form.gender ?? '',
    ethnicity: form.ethnicity ?? '',
    birthDate: form.birthDate ?? '',
    politicalStatus: form.politicalStatus ?? '',
    education: form.education ?? '',
    unitName: form.unitName ?? '',
    position: form.position ?? '',
    professionalTitle: form.professionalTitle ?? '',
    flags: [...(form.flags ?? [])],
    consultationCategories: [...(form.consultationCategories ?? [])],
    industry: form.industry ?? '',
    priorHonors: (form.priorHonors ?? []).map((h) => ({ ...h, year: String(h.year) })),
    titleSought: form.titleSought ?? '',
    shortDeeds: form.shortDeeds ?? '',
    longDeeds: form.longDeeds ?? '',
    consent: c
      ? {
          notice: c.notice,
          stories: c.stories,
          photo: c.photo,
          signer: c.signer,
          date: c.date,
          file: { fileId: c.fileId, name: '同意书', url: fileUrls[c.fileId] ?? '' },
        }
      : empty.consent,
    attachments: (form.attachments ?? []).map((a) => ({ ...a, url: fileUrls[a.fileId] ?? '' })),
    modelWorkerId: form.modelWorkerId ?? '',
  };
}

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

function consentTouched(c: FormDraft['consent']): boolean {
  return c.notice || c.stories || c.photo || c.signer.trim() !== '' || c.date !== '' || c.file !== null;
}

/** What `saveDraft` takes: empty fields are left out (a draft may be incomplete). */
export function toForm(d: FormDraft): NominationForm {
  const form: Record<string, unknown> = {
    name: opt(d.name),
    gender: d.gender || undefined,
    ethnicity: opt(d.ethnicity),
    birthDate: d.birthDate || undefined,
    politicalStatus: d.politicalStatus || undefined,
    education: d.education || undefined,
    unitName: opt(d.unitName),
    position: opt(d.position),
    professionalTitle: opt(d.professionalTitle),
    flags: d.flags.length > 0 ? d.flags : undefined,
    consultationCategories: d.consultationCategories.length > 0 ? d.consultationCategories : undefined,
    industry: opt(d.industry),
    priorHonors:
      d.priorHonors.length > 0
        ? d.priorHonors.map((h) => ({
            title: h.title.trim(),
            level: h.level,
            year: /^\d+$/.test(h.year.trim()) ? Number(h.year.trim()) : h.year,
            issuer: h.issuer.trim(),
          }))
        : undefined,
    titleSought: opt(d.titleSought),
    shortDeeds: opt(d.shortDeeds),
    longDeeds: opt(d.longDeeds),
    publicationConsent: consentTouched(d.consent)
      ? {
          notice: d.consent.notice,
          stories: d.consent.stories,
          photo: d.consent.photo,
          signer: d.consent.signer.trim(),
          date: d.consent.date,
          fileId: d.consent.file?.fileId ?? '',
        }
      : undefined,
    attachments:
      d.attachments.length > 0 ? d.attachments.map((a) => ({ fileId: a.fileId, name: a.name.trim() })) : undefined,
    modelWorkerId: opt(d.modelWorkerId),
  };
  for (const key of Object.keys(form)) if (form[key] === undefined) delete form[key];
  return form as NominationForm;
}

/** Field labels, for messages the schema leaves generic. */
const FIELD_ZH: Record<string, string> = {
  name: '姓名',
  ethnicity: '民族',
  birthDate: '出生日期',
  unitName: '工作单位',
  position: '职务',
  professionalTitle: '职称或技能等级',
  industry: '行业',
  titleSought: '推荐荣誉称号',
  shortDeeds: '简要事迹',
  longDeeds: '详细事迹',
  title: '荣誉名称',
  level: '荣誉级别',
  year: '年份',
  issuer: '授予单位',
  signer: '签字人',
  date: '签署日期',
  fileId: '文件',
};

export type FormErrors = Record<string, string>;

interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

/** A zod issue in Chinese: the schema's own message when it wrote one, else the field's rule. */
function issueZh(issue: Issue, value?: unknown): string {
  if (/[\u4e00-\u9fff]/.test(issue.message) && issue.message !== ERROR_MESSAGES_ZH.BAD_REQUEST) return issue.message;
  const last = [...issue.path].reverse().find((p) => typeof p === 'string') as string | undefined;
  const label = (last && FIELD_ZH[last]) ?? '此项';
  if (last === 'fileId') return '请上传文件';
  if (last === 'date' || last === 'birthDate') return `请选择${label}`;
  if (last === 'year') return '年份应为 1950–2100 之间的整数';
  if (last === 'level') return '请选择荣誉级别';
  if (issue.code === 'too_small' && issue.origin === 'string') {
    const empty = typeof value === 'string' && value.trim() === '';
    return empty || Number(issue.minimum) <= 1 ? `请填写${label}` : `${label}至少 ${issue.minimum} 个字`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return `${label}不能超过 ${issue.maximum} 个字`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `${label}最多 ${issue.maximum} 项`;
  return `${label}填写有误`;
}

const keyOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

const length = (s: string) => [...s.trim()].length;

/**
 * The checks before saving: the shared form schema (every field optional while drafting), then the
 * round's deed limits, consent scans and attachment names. Keys are paths (`priorHonors.0.year`).
 */
export function checkFormDraft(d: FormDraft, limits: DeedLimits | null): FormErrors {
  const errors: FormErrors = {};
  const form = toForm(d);
  const parsed = nominationFormSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = keyOf(issue.path);
      const value = issue.path.reduce<unknown>((at, p) => (at as Record<PropertyKey, unknown> | undefined)?.[p], form);
      errors[key] ??= issueZh(issue as Issue, value);
    }
  }
  if (limits) {
    if (length(d.shortDeeds) > limits.shortMax) errors.shortDeeds = `简要事迹不能超过 ${limits.shortMax} 字`;
    if (length(d.longDeeds) > limits.longMax) errors.longDeeds = `详细事迹不能超过 ${limits.longMax} 字`;
  }
  // The consent's parts show under its own fields.
  for (const key of Object.keys(errors)) {
    if (key.startsWith('publicationConsent.')) {
      errors[key.replace('publicationConsent.', 'consent.')] = errors[key]!;
      delete errors[key];
    }
  }
  return errors;
}

/** The server's field issues (paths under `form`) on the editor's fields; the rest for the page foot. */
export function placeFormError(error: ErrorReply): { fields: FormErrors; form: string | null } {
  const fields: FormErrors = {};
  for (const issue of error.issues ?? []) {
    const path = issue.path[0] === 'form' ? issue.path.slice(1) : issue.path;
    let key = keyOf(path);
    if (key.startsWith('publicationConsent.')) key = key.replace('publicationConsent.', 'consent.');
    if (key) fields[key] ??= issueZh({ path, message: issue.message });
  }
  const placedAny = Object.keys(fields).length > 0;
  return { fields, form: placedAny ? '请按红字提示修改后重试' : error.message };
}

// ---------------------------------------------------------------------------------------------
// Edits kept on the device (never the ID number)

export interface KeptForm {
  /** The file's version the edits started from (null: a new file). */
  baseVersion: number | null;
  keptAt: number;
  draft: FormDraft;
}

export const formDraftKey = (target: { id: string } | { roundId: string; orgId: string }) =>
  'id' in target ? `laomo.nominationDraft.${target.id}` : `laomo.nominationDraft.new.${target.roundId}.${target.orgId}`;

export function isKeptForm(value: unknown): value is KeptForm {
  if (!value || typeof value !== 'object') return false;
  const draft = (value as { draft?: unknown }).draft as Partial<FormDraft> | undefined;
  return !!draft && typeof draft.name === 'string' && Array.isArray(draft.flags) && Array.isArray(draft.priorHonors);
}
