/**
 * A selection round (评选表彰（届）) is configuration: its target level, titles, quotas, composition
 * rules, the ordered stage list (each stage a kind bound to a tier), the notice rule of each notice
 * stage, the objection policy, the quorum rule per meeting form, the consultation departments per
 * nominee category and the deed length limits. Every number here is a default a district cadre may
 * change; the rules freeze at the first submission (the service's job, prompted by the workflow's
 * `freezeRound` effect), later changes being audited amendments.
 *
 * Also here, because they are pure rules of the round: the stage-list validator (一报告两审核三公示)
 * and the democratic recommendation's quorum check.
 */
import * as z from 'zod/mini';
import { noticeRuleSchema, type NoticeRule } from '../calendar/notice-period';
import { TIERS, TIER_ZH, type Tier } from '../org';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** A district title, or a city/national title the district recommends for (then it submits upward). */
export const TARGET_LEVELS = ['district', 'city', 'national'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

export const STAGE_KINDS = [
  'democraticRecommendation',
  'notice',
  'partyConsent',
  'preliminaryReview',
  'departmentConsultation',
  'secondaryReview',
  'finalDetermination',
  'conferral',
  'submission',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** The flags of a nomination form; they overlap (a woman migrant front-line worker has three). */
export const NOMINEE_FLAGS = [
  'frontLineWorker',
  'technicalStaff',
  'enterpriseHead',
  'manager',
  'migrantWorker',
  'nonPublicEnterprise',
  'woman',
] as const;
export type NomineeFlag = (typeof NOMINEE_FLAGS)[number];

/**
 * The categories that call for department consultation (征求意见). They overlap too: the head of a
 * state enterprise is both `enterpriseHead` and `stateEnterpriseHead`.
 */
export const CONSULTATION_CATEGORIES = [
  'enterpriseHead',
  'stateEnterpriseHead',
  'privateEnterpriseHead',
  'leadingCadre',
] as const;
export type ConsultationCategory = (typeof CONSULTATION_CATEGORIES)[number];

export const MEETING_FORMS = ['workersCongress', 'staffMeeting', 'groupMeetings'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

export const TARGET_LEVEL_ZH: Record<TargetLevel, string> = { district: '区级', city: '市级', national: '全国' };

export const STAGE_KIND_ZH: Record<StageKind, string> = {
  democraticRecommendation: '民主推荐',
  notice: '公示',
  partyConsent: '党组织同意',
  preliminaryReview: '初审',
  departmentConsultation: '征求意见',
  secondaryReview: '复审',
  finalDetermination: '审定',
  conferral: '表彰决定',
  submission: '上报',
};

export const NOMINEE_FLAG_ZH: Record<NomineeFlag, string> = {
  frontLineWorker: '一线职工',
  technicalStaff: '专业技术人员',
  enterpriseHead: '企业负责人',
  manager: '管理人员',
  migrantWorker: '农民工',
  nonPublicEnterprise: '非公有制企业',
  woman: '女性',
};

export const CONSULTATION_CATEGORY_ZH: Record<ConsultationCategory, string> = {
  enterpriseHead: '企业负责人',
  stateEnterpriseHead: '国有企业负责人',
  privateEnterpriseHead: '民营企业负责人',
  leadingCadre: '党政领导干部',
};

export const MEETING_FORM_ZH: Record<MeetingForm, string> = {
  workersCongress: '职工代表大会',
  staffMeeting: '职工大会',
  groupMeetings: '分组会议',
};

// ---------------------------------------------------------------------------------------------
// Stages

const tierSchema = z.enum(TIERS);

/** Every kind but `notice`, which carries a rule. */
const OTHER_STAGE_KINDS = [
  'democraticRecommendation',
  'partyConsent',
  'preliminaryReview',
  'departmentConsultation',
  'secondaryReview',
  'finalDetermination',
  'conferral',
  'submission',
] as const satisfies readonly Exclude<StageKind, 'notice'>[];

/** One stage: a kind bound to a tier; a notice stage also carries its notice rule (公示期). */
export const stageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('notice'), tier: tierSchema, noticeRule: noticeRuleSchema }),
  z.strictObject({
    kind: z.enum(OTHER_STAGE_KINDS),
    tier: tierSchema,
  }),
]);
export type Stage = z.infer<typeof stageSchema>;

/** 不少于5个工作日. */
export const DEFAULT_NOTICE_RULE: NoticeRule = { kind: 'workingDays', days: 5 };

const notice = (tier: Tier): Stage => ({ kind: 'notice', tier, noticeRule: { ...DEFAULT_NOTICE_RULE } });

/**
 * The default pipeline for a district title (index: kind@tier):
 *  0 democraticRecommendation@grassroots   1 notice@grassroots    2 partyConsent@grassroots
 *  3 preliminaryReview@middle              4 notice@middle        5 partyConsent@middle
 *  6 departmentConsultation@district       7 secondaryReview@district  8 notice@district
 *  9 finalDetermination@district          10 conferral@district
 */
export const DEFAULT_STAGES: readonly Stage[] = Object.freeze([
  { kind: 'democraticRecommendation', tier: 'grassroots' },
  notice('grassroots'),
  { kind: 'partyConsent', tier: 'grassroots' },
  { kind: 'preliminaryReview', tier: 'middle' },
  notice('middle'),
  { kind: 'partyConsent', tier: 'middle' },
  { kind: 'departmentConsultation', tier: 'district' },
  { kind: 'secondaryReview', tier: 'district' },
  notice('district'),
  { kind: 'finalDetermination', tier: 'district' },
  { kind: 'conferral', tier: 'district' },
]);

/** The default pipeline for a target level: a city/national round ends with the submission upward. */
export function defaultStages(targetLevel: TargetLevel): Stage[] {
  const stages = DEFAULT_STAGES.map(copyStage);
  if (targetLevel !== 'district') stages[stages.length - 1] = { kind: 'submission', tier: 'district' };
  return stages;
}

function copyStage(s: Stage): Stage {
  return s.kind === 'notice' ? { ...s, noticeRule: { ...s.noticeRule } } : { ...s };
}

/** The tiers a kind may be bound to. Notices and Party consent happen at every tier. */
export const STAGE_KIND_TIERS: Record<StageKind, readonly Tier[]> = {
  democraticRecommendation: ['grassroots'],
  notice: TIERS,
  partyConsent: TIERS,
  preliminaryReview: ['middle'],
  departmentConsultation: ['district'],
  secondaryReview: ['district'],
  finalDetermination: ['district'],
  conferral: ['district'],
  submission: ['district'],
};

const TIER_RANK: Record<Tier, number> = { grassroots: 0, middle: 1, district: 2 };

export const STAGE_ISSUE_CODES = [
  'EMPTY',
  'FIRST_NOT_RECOMMENDATION',
  'DUPLICATE_RECOMMENDATION',
  'KIND_TIER',
  'TIER_ORDER',
  'NOTICE_MISSING',
  'REVIEW_MISSING',
  'CONSULTATION_COUNT',
  'CONSULTATION_AFTER_NOTICE',
  'DETERMINATION_MISSING',
  'LAST_STAGE',
  'FINAL_STAGE_NOT_LAST',
] as const;
export type StageIssueCode = (typeof STAGE_ISSUE_CODES)[number];

/** One problem with a stage list; `index` points at the offending stage when there is one. */
export interface StageIssue {
  code: StageIssueCode;
  index?: number;
  message: string;
}

/**
 * Checks a stage list against 一报告两审核三公示 and the order the workflow relies on:
 * - the democratic recommendation comes first (and only there), at the grassroots;
 * - each kind is bound to a tier it may have (reviews at their tier, district stages at the district);
 * - tiers never go back down along the list (grassroots → middle → district);
 * - at least one notice at each tier (三公示); a preliminary and a secondary review (两审核);
 * - exactly one department consultation, before the awarding level's notice — the last district
 *   notice, which for a city/national round is the last notice the district runs before submitting;
 * - a final determination, and last of all the conferral (district title) or the submission upward
 *   (city/national title), which appear nowhere else.
 * Returns every issue found (empty: valid).
 */
export function validateStages(stages: readonly Stage[], targetLevel: TargetLevel): StageIssue[] {
  const issues: StageIssue[] = [];
  const add = (code: StageIssueCode, message: string, index?: number) =>
    issues.push(index === undefined ? { code, message } : { code, index, message });
  if (stages.length === 0) {
    add('EMPTY', '评选流程至少需要一个环节');
    return issues;
  }

  if (stages[0]!.kind !== 'democraticRecommendation') add('FIRST_NOT_RECOMMENDATION', '第一个环节必须是民主推荐', 0);
  stages.forEach((s, i) => {
    if (i > 0 && s.kind === 'democraticRecommendation') add('DUPLICATE_RECOMMENDATION', '民主推荐只能是第一个环节', i);
    if (!STAGE_KIND_TIERS[s.kind].includes(s.tier)) {
      add('KIND_TIER', `「${STAGE_KIND_ZH[s.kind]}」不能由${TIER_ZH[s.tier]}工会办理`, i);
    }
    if (i > 0 && TIER_RANK[s.tier] < TIER_RANK[stages[i - 1]!.tier]) {
      add('TIER_ORDER', '环节须自下而上：基层 → 街道/地区/功能区/产业 → 区级', i);
    }
  });

  for (const tier of TIERS) {
    if (!stages.some((s) => s.kind === 'notice' && s.tier === tier)) {
      add('NOTICE_MISSING', `${TIER_ZH[tier]}缺少公示环节（三公示）`);
    }
  }
  if (!stages.some((s) => s.kind === 'preliminaryReview')) add('REVIEW_MISSING', '缺少初审环节（两审核）');
  if (!stages.some((s) => s.kind === 'secondaryReview')) add('REVIEW_MISSING', '缺少复审环节（两审核）');

  const consultations = indexesOf(stages, (s) => s.kind === 'departmentConsultation');
  if (consultations.length !== 1) add('CONSULTATION_COUNT', '须有且仅有一个征求意见环节');
  const lastDistrictNotice = lastIndexOf(stages, (s) => s.kind === 'notice' && s.tier === 'district');
  for (const i of consultations) {
    if (lastDistrictNotice >= 0 && i > lastDistrictNotice) {
      add('CONSULTATION_AFTER_NOTICE', '征求意见须在区级公示之前完成', i);
    }
  }

  const last = stages.length - 1;
  const finalKind: StageKind = targetLevel === 'district' ? 'conferral' : 'submission';
  if (stages[last]!.kind !== finalKind) {
    add('LAST_STAGE', `${TARGET_LEVEL_ZH[targetLevel]}评选的最后一个环节必须是「${STAGE_KIND_ZH[finalKind]}」`, last);
  }
  stages.forEach((s, i) => {
    if ((s.kind === 'conferral' || s.kind === 'submission') && i !== last) {
      add('FINAL_STAGE_NOT_LAST', `「${STAGE_KIND_ZH[s.kind]}」只能是最后一个环节`, i);
    }
  });
  if (!stages.slice(0, last).some((s) => s.kind === 'finalDetermination')) {
    add('DETERMINATION_MISSING', '最后一个环节之前须有审定环节');
  }
  return issues;
}

function indexesOf<T>(xs: readonly T[], p: (x: T) => boolean): number[] {
  return xs.flatMap((x, i) => (p(x) ? [i] : []));
}

function lastIndexOf<T>(xs: readonly T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i]!)) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Quorum (民主推荐)

/** A share compared exactly, in integers: `count / base` against `numerator / denominator`. */
export const thresholdSchema = z
  .strictObject({
    numerator: z.int().check(z.gte(0)),
    denominator: z.int().check(z.gte(1)),
    /** `atLeast`: count/base ≥ n/d (不少于); `moreThan`: count/base > n/d (超过). */
    comparison: z.enum(['atLeast', 'moreThan']),
  })
  .check(
    z.refine((t) => t.numerator <= t.denominator, {
      message: '比例不能大于 1',
      path: ['numerator'],
    }),
  );
export type Threshold = z.infer<typeof thresholdSchema>;

/**
 * A meeting form's rule. Both shares are of ALL delegates (the whole 职工代表 body, or all staff for
 * a staff meeting), never of those present: that is the point of "more than half of all delegates".
 */
export const quorumRuleSchema = z.strictObject({
  /** Delegates present, of all delegates (到会). */
  presence: thresholdSchema,
  /** Votes for the nominee, of all delegates (赞成票). */
  approval: thresholdSchema,
});
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

/** A meeting form without a rule is not allowed in the round. A workers' congress always is. */
export const quorumRulesSchema = z.strictObject({
  workersCongress: quorumRuleSchema,
  staffMeeting: z.optional(quorumRuleSchema),
  groupMeetings: z.optional(quorumRuleSchema),
});
export type QuorumRules = z.infer<typeof quorumRulesSchema>;

/** At least 2/3 of all delegates present; more than 1/2 of ALL delegates for. */
export const WORKERS_CONGRESS_RULE: QuorumRule = {
  presence: { numerator: 2, denominator: 3, comparison: 'atLeast' },
  approval: { numerator: 1, denominator: 2, comparison: 'moreThan' },
};

export const DEFAULT_QUORUM_RULES: QuorumRules = {
  workersCongress: WORKERS_CONGRESS_RULE,
  staffMeeting: WORKERS_CONGRESS_RULE,
  groupMeetings: WORKERS_CONGRESS_RULE,
};

/** The record of a democratic recommendation, as the grassroots cadre enters it. */
export const democraticRecommendationRecordSchema = z.strictObject({
  form: z.enum(MEETING_FORMS),
  date: z.iso.date(),
  delegatesTotal: z.int().check(z.gte(0)),
  present: z.int().check(z.gte(0)),
  votesFor: z.int().check(z.gte(0)),
});
export type DemocraticRecommendationRecord = z.infer<typeof democraticRecommendationRecordSchema>;

export type RecommendationCheck =
  { ok: true } | { ok: false; reason: 'QUORUM_NOT_MET' | 'MAJORITY_NOT_REACHED' | 'INVALID_COUNTS' };

/**
 * The quorum and majority check. Counts must be consistent first (integers, at least one delegate,
 * present ≤ total, votes for ≤ present); then presence, then approval — both of ALL delegates.
 * E.g. 100 delegates: 66 present fails the quorum (66 < 66⅔); 70 present with 50 votes fails
 * (50 is not more than half of 100), with 51 passes.
 */
export function checkDemocraticRecommendation(
  record: Pick<DemocraticRecommendationRecord, 'delegatesTotal' | 'present' | 'votesFor'>,
  rule: QuorumRule,
): RecommendationCheck {
  const { delegatesTotal: total, present, votesFor } = record;
  const counts = [total, present, votesFor];
  if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0) || total < 1 || present > total || votesFor > present) {
    return { ok: false, reason: 'INVALID_COUNTS' };
  }
  if (!meets(present, total, rule.presence)) return { ok: false, reason: 'QUORUM_NOT_MET' };
  if (!meets(votesFor, total, rule.approval)) return { ok: false, reason: 'MAJORITY_NOT_REACHED' };
  return { ok: true };
}

/** count/base against numerator/denominator, cross-multiplied: no floating point. */
function meets(count: number, base: number, t: Threshold): boolean {
  const lhs = count * t.denominator;
  const rhs = t.numerator * base;
  return t.comparison === 'atLeast' ? lhs >= rhs : lhs > rhs;
}

// ---------------------------------------------------------------------------------------------
// The rest of the round

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

export const roundTitleSchema = z.strictObject({
  /** E.g. 朝阳区劳动模范. */
  name: text(2, 40),
  kind: z.enum(['modelWorker', 'advancedWorker']),
});
export type RoundTitle = z.infer<typeof roundTitleSchema>;

/** 名额 of one organization; `allowMoreCandidates`: the slate may carry more candidates than seats (差额). */
export const quotaSchema = z.strictObject({
  orgId: z.string().check(z.minLength(1), z.maxLength(64)),
  seats: z.int().check(z.gte(1), z.lte(1000)),
  allowMoreCandidates: z.boolean(),
});
export type Quota = z.infer<typeof quotaSchema>;

/**
 * 比例结构 on one flag: a minimum and/or maximum, as a share of the slate (0..1) or a head count.
 * The measure is explicit, so `1` never reads as both "100 %" and "one person".
 */
export const compositionRuleSchema = z
  .strictObject({
    flag: z.enum(NOMINEE_FLAGS),
    measure: z.enum(['share', 'count']),
    min: z.optional(z.number().check(z.gte(0))),
    max: z.optional(z.number().check(z.gte(0))),
  })
  .check(
    z.superRefine((r, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.issues.push({ code: 'custom', message, input: r, path: [path] });
      if (r.min === undefined && r.max === undefined) issue('min', '请至少填写下限或上限');
      for (const key of ['min', 'max'] as const) {
        const v = r[key];
        if (v === undefined) continue;
        if (r.measure === 'share' && v > 1) issue(key, '比例应在 0 到 1 之间');
        if (r.measure === 'count' && !Number.isInteger(v)) issue(key, '人数应为整数');
      }
      if (r.min !== undefined && r.max !== undefined && r.min > r.max) issue('max', '上限不能小于下限');
    }),
  );
export type CompositionRule = z.infer<typeof compositionRuleSchema>;

export const objectionPolicySchema = z.strictObject({
  /** Whether an anonymous objection is taken as a case (otherwise only as a lead). */
  anonymousAllowed: z.boolean(),
  /** A late objection (after the period, before the conferral) is handled, and blocks the conferral. */
  lateObjectionsUntilConferral: z.boolean(),
});
export type ObjectionPolicy = z.infer<typeof objectionPolicySchema>;

export const DEFAULT_OBJECTION_POLICY: ObjectionPolicy = {
  anonymousAllowed: false,
  lateObjectionsUntilConferral: true,
};

const departmentSchema = text(2, 30);

/** Departments that sign an opinion, per category; a nominee's required set is the union of theirs. */
export const consultationDepartmentsSchema = z.record(
  z.enum(CONSULTATION_CATEGORIES),
  z.array(departmentSchema).check(z.maxLength(20)),
);
export type ConsultationDepartments = z.infer<typeof consultationDepartmentsSchema>;

export const DEFAULT_CONSULTATION_DEPARTMENTS: ConsultationDepartments = {
  enterpriseHead: ['市场监管', '税务', '人社', '应急管理', '生态环境'],
  stateEnterpriseHead: ['审计', '纪检监察'],
  privateEnterpriseHead: ['统战部', '工商联'],
  leadingCadre: ['纪检监察', '组织部'],
};

/** The departments a nominee in these categories needs, in configuration order, without repeats. */
export function requiredDepartments(
  config: ConsultationDepartments,
  categories: readonly ConsultationCategory[],
): string[] {
  const out: string[] = [];
  for (const c of CONSULTATION_CATEGORIES) {
    if (!categories.includes(c)) continue;
    for (const d of config[c]) if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** Characters: the short deeds are shown in the notice, the long ones go in the file. */
export const deedLimitsSchema = z
  .strictObject({
    shortMax: z.int().check(z.gte(50), z.lte(2000)),
    longMax: z.int().check(z.gte(200), z.lte(10000)),
  })
  .check(z.refine((d) => d.shortMax <= d.longMax, { message: '简要事迹不能长于详细事迹', path: ['shortMax'] }));
export type DeedLimits = z.infer<typeof deedLimitsSchema>;

export const DEFAULT_DEED_LIMITS: DeedLimits = { shortMax: 500, longMax: 2000 };

/** A round's whole configuration; the stage list is checked against the target level. */
export const selectionRoundConfigSchema = z
  .strictObject({
    name: text(2, 60),
    year: z.int().check(z.gte(2000), z.lte(2100)),
    targetLevel: z.enum(TARGET_LEVELS),
    titles: z.array(roundTitleSchema).check(z.minLength(1), z.maxLength(10)),
    quotas: z.array(quotaSchema).check(z.maxLength(1000)),
    compositionRules: z.array(compositionRuleSchema).check(z.maxLength(30)),
    stages: z.array(stageSchema).check(z.minLength(1), z.maxLength(30)),
    objectionPolicy: objectionPolicySchema,
    quorumRules: quorumRulesSchema,
    consultationDepartments: consultationDepartmentsSchema,
    deedLimits: deedLimitsSchema,
  })
  .check(
    z.superRefine((round, ctx) => {
      for (const issue of validateStages(round.stages, round.targetLevel)) {
        ctx.issues.push({
          code: 'custom',
          message: issue.message,
          input: round.stages,
          path: issue.index === undefined ? ['stages'] : ['stages', issue.index],
        });
      }
      const seen = new Set<string>();
      round.quotas.forEach((q, i) => {
        if (seen.has(q.orgId)) {
          ctx.issues.push({ code: 'custom', message: '同一组织的名额重复', input: q, path: ['quotas', i, 'orgId'] });
        }
        seen.add(q.orgId);
      });
    }),
  );
export type SelectionRoundConfig = z.infer<typeof selectionRoundConfigSchema>;

/** A round with the defaults above; the caller supplies what has no sensible default. */
export function defaultRoundConfig(input: {
  name: string;
  year: number;
  targetLevel: TargetLevel;
  titles: RoundTitle[];
  quotas?: Quota[];
}): SelectionRoundConfig {
  return {
    name: input.name,
    year: input.year,
    targetLevel: input.targetLevel,
    titles: input.titles,
    quotas: input.quotas ?? [],
    compositionRules: [],
    stages: defaultStages(input.targetLevel),
    objectionPolicy: { ...DEFAULT_OBJECTION_POLICY },
    quorumRules: {
      workersCongress: copyQuorumRule(WORKERS_CONGRESS_RULE),
      staffMeeting: copyQuorumRule(WORKERS_CONGRESS_RULE),
      groupMeetings: copyQuorumRule(WORKERS_CONGRESS_RULE),
    },
    consultationDepartments: {
      enterpriseHead: [...DEFAULT_CONSULTATION_DEPARTMENTS.enterpriseHead],
      stateEnterpriseHead: [...DEFAULT_CONSULTATION_DEPARTMENTS.stateEnterpriseHead],
      privateEnterpriseHead: [...DEFAULT_CONSULTATION_DEPARTMENTS.privateEnterpriseHead],
      leadingCadre: [...DEFAULT_CONSULTATION_DEPARTMENTS.leadingCadre],
    },
    deedLimits: { ...DEFAULT_DEED_LIMITS },
  };
}

function copyQuorumRule(r: QuorumRule): QuorumRule {
  return { presence: { ...r.presence }, approval: { ...r.approval } };
}

export type { NoticeRule };
