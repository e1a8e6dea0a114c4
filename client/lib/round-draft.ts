/**
 * A selection round as the round editor holds it: the configuration's fields as typed (strings,
 * nothing trimmed yet), each list item with a stable key. Pure: `checkDraft` mirrors
 * `selectionRoundConfigSchema` (shared/selection/round.ts) field by field with Chinese messages, and
 * the stage list is checked with the shared `validateStages`; the server applies the schema again.
 */
import { TIER_ZH, type Tier } from '../../shared/org';
import {
  CONSULTATION_CATEGORIES,
  DEFAULT_NOTICE_RULE,
  MEETING_FORMS,
  STAGE_KIND_TIERS,
  STAGE_KIND_ZH,
  validateStages,
  type CompositionRule,
  type ConsultationCategory,
  type MeetingForm,
  type NomineeFlag,
  type NoticeRule,
  type ObjectionPolicy,
  type QuorumRule,
  type SelectionRoundConfig,
  type Stage,
  type StageKind,
  type TargetLevel,
  type Threshold,
} from '../../shared/selection/round';

export type TitleKind = 'modelWorker' | 'advancedWorker';

export interface StageDraft {
  key: string;
  kind: StageKind;
  tier: Tier;
  /** Kept for every stage, used by a notice stage (a stage turned into a notice gets the default). */
  rule: { kind: NoticeRule['kind']; days: string };
}

export interface CompositionDraft {
  key: string;
  flag: NomineeFlag;
  measure: 'share' | 'count';
  /** A share is typed in per cent (30 for 30 %); a count in persons. Empty: no bound. */
  min: string;
  max: string;
  /** The rule as loaded: an unchanged bound is sent back exactly (no per-cent rounding). */
  loaded?: CompositionRule;
}

export interface ThresholdDraft {
  numerator: string;
  denominator: string;
  comparison: Threshold['comparison'];
}

export interface QuorumDraft {
  /** A meeting form without a rule is not allowed; the workers' congress always is. */
  enabled: boolean;
  presence: ThresholdDraft;
  approval: ThresholdDraft;
}

export interface RoundDraft {
  name: string;
  year: string;
  targetLevel: TargetLevel;
  titles: { key: string; name: string; kind: TitleKind }[];
  quotas: { orgId: string; orgName: string; seats: string; allowMoreCandidates: boolean }[];
  compositionRules: CompositionDraft[];
  stages: StageDraft[];
  objectionPolicy: ObjectionPolicy;
  quorum: Record<MeetingForm, QuorumDraft>;
  departments: Record<ConsultationCategory, string[]>;
  shortMax: string;
  longMax: string;
}

export const SECTIONS = [
  'basics',
  'quotas',
  'composition',
  'stages',
  'objection',
  'quorum',
  'consultation',
  'deeds',
] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_ZH: Record<Section, string> = {
  basics: '基本信息与荣誉称号',
  quotas: '各组织名额',
  composition: '比例结构',
  stages: '评选环节与公示规则',
  objection: '异议处理',
  quorum: '民主推荐规则',
  consultation: '征求意见部门',
  deeds: '事迹字数上限',
};

let seq = 0;
/** A key for a new list item (React keys must survive reordering). */
export function newKey(prefix: string): string {
  seq += 1;
  return `${prefix}-${seq}`;
}

const percentOf = (share: number) => String(Math.round(share * 10000) / 100);
const boundText = (v: number | undefined, measure: CompositionRule['measure']) =>
  v === undefined ? '' : measure === 'share' ? percentOf(v) : String(v);

function thresholdDraft(t: Threshold): ThresholdDraft {
  return { numerator: String(t.numerator), denominator: String(t.denominator), comparison: t.comparison };
}

function quorumDraft(rule: QuorumRule | undefined, fallback: QuorumRule): QuorumDraft {
  const r = rule ?? fallback;
  return { enabled: rule !== undefined, presence: thresholdDraft(r.presence), approval: thresholdDraft(r.approval) };
}

export function stageDraft(stage: Stage): StageDraft {
  const rule = stage.kind === 'notice' ? stage.noticeRule : DEFAULT_NOTICE_RULE;
  return {
    key: newKey('stage'),
    kind: stage.kind,
    tier: stage.tier,
    rule: { kind: rule.kind, days: String(rule.days) },
  };
}

export function draftOf(config: SelectionRoundConfig, orgNames: ReadonlyMap<string, string> = new Map()): RoundDraft {
  const congress = config.quorumRules.workersCongress;
  return {
    name: config.name,
    year: String(config.year),
    targetLevel: config.targetLevel,
    titles: config.titles.map((t) => ({ key: newKey('title'), name: t.name, kind: t.kind })),
    quotas: config.quotas.map((q) => ({
      orgId: q.orgId,
      orgName: orgNames.get(q.orgId) ?? q.orgId,
      seats: String(q.seats),
      allowMoreCandidates: q.allowMoreCandidates,
    })),
    compositionRules: config.compositionRules.map((r) => ({
      key: newKey('rule'),
      flag: r.flag,
      measure: r.measure,
      min: boundText(r.min, r.measure),
      max: boundText(r.max, r.measure),
      loaded: r,
    })),
    stages: config.stages.map(stageDraft),
    objectionPolicy: { ...config.objectionPolicy },
    quorum: {
      workersCongress: quorumDraft(congress, congress),
      staffMeeting: quorumDraft(config.quorumRules.staffMeeting, congress),
      groupMeetings: quorumDraft(config.quorumRules.groupMeetings, congress),
    },
    departments: {
      enterpriseHead: [...(config.consultationDepartments.enterpriseHead ?? [])],
      stateEnterpriseHead: [...(config.consultationDepartments.stateEnterpriseHead ?? [])],
      privateEnterpriseHead: [...(config.consultationDepartments.privateEnterpriseHead ?? [])],
      leadingCadre: [...(config.consultationDepartments.leadingCadre ?? [])],
    },
    shortMax: String(config.deedLimits.shortMax),
    longMax: String(config.deedLimits.longMax),
  };
}

/** A whole number as typed, or NaN. */
export const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
/** A decimal number as typed, or NaN. */
const decimal = (s: string) => (/^\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

function bound(d: CompositionDraft, which: 'min' | 'max'): number | undefined {
  const text = d[which].trim();
  if (text === '') return undefined;
  const loaded = d.loaded;
  if (loaded && loaded.measure === d.measure && boundText(loaded[which], loaded.measure) === text) return loaded[which];
  const v = d.measure === 'share' ? decimal(text) / 100 : decimal(text);
  return Number.isNaN(v) ? Number.NaN : v;
}

function compositionRuleOf(d: CompositionDraft): CompositionRule {
  const min = bound(d, 'min');
  const max = bound(d, 'max');
  return {
    flag: d.flag,
    measure: d.measure,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
}

const thresholdOf = (t: ThresholdDraft): Threshold => ({
  numerator: int(t.numerator),
  denominator: int(t.denominator),
  comparison: t.comparison,
});
const quorumOf = (q: QuorumDraft): QuorumRule => ({
  presence: thresholdOf(q.presence),
  approval: thresholdOf(q.approval),
});

export function stageOf(s: StageDraft): Stage {
  return s.kind === 'notice'
    ? { kind: 'notice', tier: s.tier, noticeRule: { kind: s.rule.kind, days: int(s.rule.days) } }
    : { kind: s.kind, tier: s.tier };
}

/** The configuration the draft stands for (numbers that do not parse are NaN: `checkDraft` names them). */
export function configOf(d: RoundDraft): SelectionRoundConfig {
  return {
    name: d.name.trim(),
    year: int(d.year),
    targetLevel: d.targetLevel,
    titles: d.titles.map((t) => ({ name: t.name.trim(), kind: t.kind })),
    quotas: d.quotas.map((q) => ({ orgId: q.orgId, seats: int(q.seats), allowMoreCandidates: q.allowMoreCandidates })),
    compositionRules: d.compositionRules.map(compositionRuleOf),
    stages: d.stages.map(stageOf),
    objectionPolicy: { ...d.objectionPolicy },
    quorumRules: {
      workersCongress: quorumOf(d.quorum.workersCongress),
      ...(d.quorum.staffMeeting.enabled ? { staffMeeting: quorumOf(d.quorum.staffMeeting) } : {}),
      ...(d.quorum.groupMeetings.enabled ? { groupMeetings: quorumOf(d.quorum.groupMeetings) } : {}),
    },
    consultationDepartments: {
      enterpriseHead: d.departments.enterpriseHead.map((x) => x.trim()),
      stateEnterpriseHead: d.departments.stateEnterpriseHead.map((x) => x.trim()),
      privateEnterpriseHead: d.departments.privateEnterpriseHead.map((x) => x.trim()),
      leadingCadre: d.departments.leadingCadre.map((x) => x.trim()),
    },
    deedLimits: { shortMax: int(d.shortMax), longMax: int(d.longMax) },
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

/**
 * Issues by field key: `name`, `year`, `titles`, `titles.<i>`, `quotas.<i>`, `composition`,
 * `composition.<i>.min|max`, `stages`, `stages.<i>`, `stages.<i>.days`,
 * `quorum.<form>.presence|approval`, `departments.<category>`, `deeds`. The section of a key is
 * `sectionOf(key)`.
 */
export type DraftIssues = Record<string, string>;

const chars = (s: string) => [...s.trim()].length;
const between = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;

const SECTION_OF_PREFIX: Record<string, Section> = {
  name: 'basics',
  year: 'basics',
  targetLevel: 'basics',
  titles: 'basics',
  quotas: 'quotas',
  composition: 'composition',
  compositionRules: 'composition',
  stages: 'stages',
  objection: 'objection',
  objectionPolicy: 'objection',
  quorum: 'quorum',
  quorumRules: 'quorum',
  departments: 'consultation',
  consultationDepartments: 'consultation',
  deeds: 'deeds',
  deedLimits: 'deeds',
};

/** The section a field key (or a server issue's config path head) belongs to. */
export function sectionOf(key: string): Section | null {
  return SECTION_OF_PREFIX[key.split('.')[0]!] ?? null;
}

function checkThreshold(t: ThresholdDraft, what: string): string | null {
  const n = int(t.numerator);
  const d = int(t.denominator);
  if (Number.isNaN(n) || Number.isNaN(d)) return `${what}比例的分子、分母应为整数`;
  if (d < 1) return `${what}比例的分母至少为 1`;
  if (n > d) return `${what}比例不能大于 1（分子不能大于分母）`;
  return null;
}

function checkComposition(d: CompositionDraft, i: number, out: DraftIssues): void {
  const unit = d.measure === 'share' ? '比例' : '人数';
  for (const which of ['min', 'max'] as const) {
    const text = d[which].trim();
    if (text === '') continue;
    const v = decimal(text);
    if (d.measure === 'share' && (Number.isNaN(v) || v > 100))
      out[`composition.${i}.${which}`] = '比例应为 0–100 之间的数（%）';
    if (d.measure === 'count' && !/^\d+$/.test(text)) out[`composition.${i}.${which}`] = '人数应为整数';
  }
  if (d.min.trim() === '' && d.max.trim() === '') out[`composition.${i}.min`] = `请至少填写${unit}下限或上限`;
  const min = decimal(d.min);
  const max = decimal(d.max);
  if (!out[`composition.${i}.min`] && !out[`composition.${i}.max`] && min > max) {
    out[`composition.${i}.max`] = '上限不能小于下限';
  }
}

/** The department a cadre is about to add to a category: its length, and no repeat. */
export function checkNewDepartment(name: string, current: readonly string[]): string | null {
  const n = chars(name);
  if (n === 0) return '请填写部门名称';
  if (n < 2 || n > 30) return '部门名称应为 2–30 个字';
  if (current.includes(name.trim())) return '该部门已在列表中';
  if (current.length >= 20) return '每类最多 20 个部门';
  return null;
}

/** The stage list's issues, by key (`stages` for the list, `stages.<i>` for one stage). */
export function checkStages(stages: readonly StageDraft[], targetLevel: TargetLevel): DraftIssues {
  const out: DraftIssues = {};
  const general: string[] = [];
  for (const issue of validateStages(stages.map(stageOf), targetLevel)) {
    if (issue.index === undefined) general.push(issue.message);
    else out[`stages.${issue.index}`] ??= issue.message;
  }
  if (general.length > 0) out.stages = general.join('；');
  if (stages.length > 30) out.stages = '最多 30 个环节';
  stages.forEach((s, i) => {
    if (s.kind === 'notice' && !between(int(s.rule.days), 1, 30))
      out[`stages.${i}.days`] = '公示天数应为 1–30 之间的整数';
  });
  return out;
}

export function checkDraft(d: RoundDraft): DraftIssues {
  const out: DraftIssues = {};
  if (chars(d.name) < 2 || chars(d.name) > 60) out.name = '评选名称应为 2–60 个字';
  if (!between(int(d.year), 2000, 2100)) out.year = '年度应为 2000–2100 之间的整数';
  if (d.titles.length === 0) out.titles = '至少设置一个荣誉称号';
  if (d.titles.length > 10) out.titles = '最多设置 10 个荣誉称号';
  d.titles.forEach((t, i) => {
    if (chars(t.name) < 2 || chars(t.name) > 40) out[`titles.${i}`] = '称号应为 2–40 个字';
  });
  d.quotas.forEach((q, i) => {
    if (!between(int(q.seats), 1, 1000)) out[`quotas.${i}`] = '名额应为 1–1000 之间的整数';
  });
  if (d.compositionRules.length > 30) out.composition = '最多 30 条比例结构要求';
  d.compositionRules.forEach((r, i) => checkComposition(r, i, out));
  Object.assign(out, checkStages(d.stages, d.targetLevel));
  for (const form of MEETING_FORMS) {
    const q = d.quorum[form];
    if (form !== 'workersCongress' && !q.enabled) continue;
    const presence = checkThreshold(q.presence, '到会');
    const approval = checkThreshold(q.approval, '赞成票');
    if (presence) out[`quorum.${form}.presence`] = presence;
    if (approval) out[`quorum.${form}.approval`] = approval;
  }
  for (const c of CONSULTATION_CATEGORIES) {
    const list = d.departments[c];
    if (list.length > 20) out[`departments.${c}`] = '每类最多 20 个部门';
    else if (list.some((x) => chars(x) < 2 || chars(x) > 30)) out[`departments.${c}`] = '部门名称应为 2–30 个字';
  }
  const shortMax = int(d.shortMax);
  const longMax = int(d.longMax);
  if (!between(shortMax, 50, 2000) || !between(longMax, 200, 10000) || shortMax > longMax) {
    out.deeds = '简要事迹上限 50–2000 字，详细事迹上限 200–10000 字，且简要不多于详细';
  }
  return out;
}

/** The number of issues in each section. */
export function issuesBySection(issues: DraftIssues): Partial<Record<Section, number>> {
  const out: Partial<Record<Section, number>> = {};
  for (const key of Object.keys(issues)) {
    const s = sectionOf(key);
    if (s) out[s] = (out[s] ?? 0) + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stage list edits

/** The tiers a kind may be bound to, bottom-up (the order a cadre reads the pipeline in). */
export function tiersFor(kind: StageKind): Tier[] {
  return (['grassroots', 'middle', 'district'] as const).filter((t) => STAGE_KIND_TIERS[kind].includes(t));
}

/** A kind change keeps the tier when the kind allows it, else takes the kind's first tier. */
export function withKind(s: StageDraft, kind: StageKind): StageDraft {
  const tiers = tiersFor(kind);
  return { ...s, kind, tier: tiers.includes(s.tier) ? s.tier : tiers[0]! };
}

export function moveStage(stages: readonly StageDraft[], from: number, to: number): StageDraft[] {
  if (to < 0 || to >= stages.length || from === to) return [...stages];
  const next = [...stages];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * A new target level ends the pipeline with its own final stage: a district title with the
 * conferral, a city or national one with the submission upward. Everything else is kept.
 */
export function retarget(stages: readonly StageDraft[], targetLevel: TargetLevel): StageDraft[] {
  const finalKind: StageKind = targetLevel === 'district' ? 'conferral' : 'submission';
  return stages.map((s) =>
    (s.kind === 'conferral' || s.kind === 'submission') && s.kind !== finalKind ? { ...s, kind: finalKind } : s,
  );
}

/** What a stage is, in Chinese: 第 9 环节 · 区级公示. */
export function stageTitle(s: Pick<StageDraft, 'kind' | 'tier'>, index: number): string {
  return `第 ${index + 1} 环节 · ${TIER_ZH[s.tier]}${STAGE_KIND_ZH[s.kind]}`;
}
