/**
 * Inputs and outputs of the `nomination` function: selection rounds (评选表彰) and nominations
 * (推荐审批表) moving through 一报告两审核三公示. Cadres only (and department reviewers for their
 * consultations): the public never reads a nomination here; a notice shows its public fields.
 *
 * The nominee's ID number is input only (`idNumber`): every reply carries `idNumberMasked`.
 */
import * as z from 'zod/mini';
import { TIERS } from '../org';
import { fileIdSchema } from '../story-blocks';
import { idNumberSchema } from '../selection/id-number';
import {
  CONSULTATION_CATEGORIES,
  democraticRecommendationRecordSchema,
  NOMINEE_FLAGS,
  selectionRoundConfigSchema,
  STAGE_KINDS,
  TARGET_LEVELS,
} from '../selection/round';
import { NOMINATION_STATUSES, WORKFLOW_EVENTS } from '../selection/workflow';
import { cursorSchema, pageLimitSchema } from './content.schema';
import { slateActions } from './nomination-slate.schema';

const id = z.string().check(z.minLength(1), z.maxLength(64));
const version = z.int().check(z.gte(1));
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const date = z.iso.date();
/** A written reason or opinion. Optional in the schema: the workflow answers `REASON_REQUIRED`. */
const reason = z.optional(z.string().check(z.trim(), z.maxLength(500)));

function unique(message: string) {
  return z.refine<unknown[]>((xs) => new Set(xs).size === xs.length, message);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary of the form

export const GENDERS = ['male', 'female'] as const;
export const POLITICAL_STATUSES = [
  'cpcMember',
  'cpcProbationaryMember',
  'cylMember',
  'democraticParty',
  'nonPartisan',
  'masses',
] as const;
export const EDUCATION_LEVELS = ['doctorate', 'master', 'bachelor', 'associate', 'secondary', 'juniorOrBelow'] as const;
export const HONOR_LEVELS = ['national', 'provincial', 'city', 'district', 'other'] as const;
export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export const REVIEW_DECISIONS = ['pass', 'return', 'reject'] as const;
export const OPINION_DECISIONS = ['agree', 'disagree'] as const;

export const GENDER_ZH: Record<(typeof GENDERS)[number], string> = { male: '男', female: '女' };
export const POLITICAL_STATUS_ZH: Record<(typeof POLITICAL_STATUSES)[number], string> = {
  cpcMember: '中共党员',
  cpcProbationaryMember: '中共预备党员',
  cylMember: '共青团员',
  democraticParty: '民主党派',
  nonPartisan: '无党派人士',
  masses: '群众',
};
export const EDUCATION_ZH: Record<(typeof EDUCATION_LEVELS)[number], string> = {
  doctorate: '博士研究生',
  master: '硕士研究生',
  bachelor: '大学本科',
  associate: '大学专科',
  secondary: '中专/高中',
  juniorOrBelow: '初中及以下',
};
export const HONOR_LEVEL_ZH: Record<(typeof HONOR_LEVELS)[number], string> = {
  national: '全国',
  provincial: '省部级',
  city: '市级',
  district: '区级',
  other: '其他',
};

/** A prior honour (荣誉基础), as the form lists it. */
export const priorHonorSchema = z.strictObject({
  title: text(2, 40),
  level: z.enum(HONOR_LEVELS),
  year: z.int().check(z.gte(1950), z.lte(2100)),
  issuer: text(2, 40),
});

/** The nominee's signed consent to publication (PIPL art. 25): what, who signed, when, the scan. */
export const publicationConsentSchema = z.strictObject({
  /** Name, unit, position, title sought and short deeds in the public notices (公示). */
  notice: z.boolean(),
  /** Stories about the nominee (劳模故事). */
  stories: z.boolean(),
  /** Their photo, in notices and stories. */
  photo: z.boolean(),
  signer: text(2, 20),
  date,
  fileId: fileIdSchema,
});

export const attachmentSchema = z.strictObject({ fileId: fileIdSchema, name: text(1, 60) });

/**
 * The nomination form (推荐审批表). Every field is optional while drafting, so a draft is never
 * lost; `submit` checks completeness, the ID number and the round's deed limits.
 */
export const nominationFormSchema = z.strictObject({
  name: z.optional(text(2, 20)),
  gender: z.optional(z.enum(GENDERS)),
  ethnicity: z.optional(text(1, 10)),
  birthDate: z.optional(date),
  politicalStatus: z.optional(z.enum(POLITICAL_STATUSES)),
  education: z.optional(z.enum(EDUCATION_LEVELS)),
  unitName: z.optional(text(2, 60)),
  position: z.optional(text(1, 40)),
  /** Professional title or skill level (职称/技能等级). */
  professionalTitle: z.optional(text(1, 40)),
  flags: z.optional(z.array(z.enum(NOMINEE_FLAGS)).check(z.maxLength(NOMINEE_FLAGS.length), unique('身份类别重复'))),
  /** Categories calling for department consultation; empty: none is needed. */
  consultationCategories: z.optional(
    z
      .array(z.enum(CONSULTATION_CATEGORIES))
      .check(z.maxLength(CONSULTATION_CATEGORIES.length), unique('征求意见类别重复')),
  ),
  industry: z.optional(text(2, 20)),
  priorHonors: z.optional(z.array(priorHonorSchema).check(z.maxLength(20))),
  /** One of the round's title names. */
  titleSought: z.optional(text(2, 40)),
  /** Shown in the notice; the round's `deedLimits.shortMax` applies. */
  shortDeeds: z.optional(text(1, 2000)),
  /** In the file; the round's `deedLimits.longMax` applies. */
  longDeeds: z.optional(text(1, 10000)),
  publicationConsent: z.optional(publicationConsentSchema),
  attachments: z.optional(z.array(attachmentSchema).check(z.maxLength(20))),
  /** The nominee's existing model worker record, when they already hold an honour. */
  modelWorkerId: z.optional(id),
});
export type NominationForm = z.infer<typeof nominationFormSchema>;

// ---------------------------------------------------------------------------------------------
// Replies

const stageView = z.object({ index: z.number(), kind: z.enum(STAGE_KINDS), tier: z.enum(TIERS) });

export const noticeRecordSchema = z.object({
  /** The public notice (`notice.getNotice`) that lists the nominee. */
  noticeId: z.optional(z.string()),
  stageIndex: z.number(),
  tier: z.enum(TIERS),
  opensAt: z.string(),
  closesAt: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  days: z.array(z.string()),
  /** `2026年10月8日（星期四）至2026年10月13日（星期二）`. */
  periodZh: z.string(),
  /** From the stored instants and the clock. */
  periodStatus: z.enum(['scheduled', 'open', 'closed']),
  /** `closed`: completed (with its statement); `left`: the nomination left it early. */
  outcome: z.nullable(z.enum(['closed', 'left'])),
  endedAt: z.nullable(z.string()),
  statement: z.nullable(z.enum(['noObjection', 'noticeReport'])),
});

const opinionView = z.object({
  department: z.string(),
  /** Shown to district cadres and to the department that signed; hidden from lower tiers. */
  decision: z.optional(z.enum(OPINION_DECISIONS)),
  comment: z.optional(z.string()),
  signerName: z.optional(z.string()),
  signedAt: z.string(),
});

export const nominationSchema = z.object({
  id: z.string(),
  version: z.number(),
  roundId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  state: z.object({ stageIndex: z.number(), status: z.enum(NOMINATION_STATUSES) }),
  stage: stageView,
  form: z.object(nominationFormSchema.shape),
  idNumberMasked: z.nullable(z.string()),
  recommendation: z.nullable(z.object({ ...democraticRecommendationRecordSchema.shape, recordedAt: z.string() })),
  partyConsents: z.array(
    z.object({
      stageIndex: z.number(),
      tier: z.enum(TIERS),
      signer: z.string(),
      date: z.string(),
      documentFileId: z.string(),
      note: z.optional(z.string()),
      recordedAt: z.string(),
    }),
  ),
  notices: z.array(noticeRecordSchema),
  consultation: z.nullable(
    z.object({
      required: z.array(z.string()),
      pending: z.array(z.string()),
      opinions: z.array(opinionView),
      requestedAt: z.string(),
      completedAt: z.nullable(z.string()),
      cancelledAt: z.nullable(z.string()),
    }),
  ),
  inspection: z.nullable(
    z.object({
      date: z.string(),
      inspectors: z.array(z.string()),
      summary: z.string(),
      fileIds: z.array(z.string()),
      recordedAt: z.string(),
    }),
  ),
  determination: z.nullable(
    z.object({
      date: z.string(),
      membersTotal: z.number(),
      present: z.number(),
      votesFor: z.number(),
      votesAgainst: z.number(),
      abstentions: z.number(),
      recordedAt: z.string(),
    }),
  ),
  conferral: z.nullable(
    z.object({
      issuer: z.string(),
      documentNumber: z.string(),
      date: z.string(),
      modelWorkerId: z.string(),
      conferredAt: z.string(),
    }),
  ),
  submission: z.nullable(
    z.object({
      level: z.enum(TARGET_LEVELS),
      date: z.string(),
      documentNumber: z.optional(z.string()),
      reportFileId: z.optional(z.string()),
      submittedAt: z.string(),
    }),
  ),
  replaces: z.nullable(z.string()),
  replacedBy: z.nullable(z.string()),
  /** False once rejected, replaced or withdrawn (the seat is free). */
  holdsSeat: z.boolean(),
  /** The running notice's close (the 待办 deadline), else null. */
  deadlineAt: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Display URLs of every file the nomination names, by file id. */
  fileUrls: z.record(z.string(), z.string()),
  /** What the caller could attempt now (judging by state, stage, role and tier). */
  availableEvents: z.array(z.enum(WORKFLOW_EVENTS)),
});
export type NominationView = z.infer<typeof nominationSchema>;

export const nominationRowSchema = z.object({
  id: z.string(),
  version: z.number(),
  roundId: z.string(),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  titleSought: z.string(),
  flags: z.array(z.enum(NOMINEE_FLAGS)),
  state: z.object({ stageIndex: z.number(), status: z.enum(NOMINATION_STATUSES) }),
  stage: stageView,
  deadlineAt: z.nullable(z.string()),
  updatedAt: z.string(),
});

export const timelineEntrySchema = z.object({
  seq: z.number(),
  action: z.string(),
  at: z.string(),
  actorName: z.string(),
  reason: z.nullable(z.string()),
});

export const todoItemSchema = z.object({
  ...nominationRowSchema.shape,
  /** False while the notice is still running (nothing to do before it closes). */
  ready: z.boolean(),
  /** When the nomination reached its present stage and status. */
  waitingSince: z.string(),
});

export const amendmentSchema = z.object({
  seq: z.number(),
  at: z.string(),
  byName: z.string(),
  reason: z.string(),
  /** The config keys changed. */
  fields: z.array(z.string()),
});

export const roundSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(ROUND_STATUSES),
  config: z.object(selectionRoundConfigSchema.shape),
  /** The first submission's time: from then on, changes are audited amendments. */
  frozenAt: z.nullable(z.string()),
  amendments: z.array(amendmentSchema),
  createdAt: z.string(),
  openedAt: z.nullable(z.string()),
});
export type RoundView = z.infer<typeof roundSchema>;

const roundRowSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(ROUND_STATUSES),
  name: z.string(),
  year: z.number(),
  targetLevel: z.enum(TARGET_LEVELS),
  frozenAt: z.nullable(z.string()),
  createdAt: z.string(),
});

const one = z.object({ nomination: nominationSchema });
const byVersion = { id, version };

// ---------------------------------------------------------------------------------------------
// Actions

export const nominationActions = {
  createRound: {
    input: z.strictObject({ config: selectionRoundConfigSchema }),
    output: z.object({ round: roundSchema }),
  },
  openRound: { input: z.strictObject(byVersion), output: z.object({ round: roundSchema }) },
  getRound: { input: z.strictObject({ id }), output: z.object({ round: roundSchema }) },
  listRounds: {
    input: z.strictObject({ status: z.optional(z.enum(ROUND_STATUSES)), cursor: cursorSchema }),
    output: z.object({ items: z.array(roundRowSchema), nextCursor: z.nullable(z.string()) }),
  },
  /** Before the first submission a plain edit; after it an audited amendment with a reason. */
  amendRound: {
    input: z.strictObject({ ...byVersion, config: selectionRoundConfigSchema, reason }),
    output: z.object({ round: roundSchema }),
  },
  /**
   * The departments of the active department-reviewer grants on the caller's district organization,
   * with how many reviewers each has: the names a round's consultation departments must equal.
   */
  listReviewerDepartments: {
    input: z.strictObject({}),
    output: z.object({ items: z.array(z.object({ department: z.string(), reviewers: z.number() })) }),
  },

  /**
   * Creates a draft (`roundId` + `orgId`, the nominating grassroots unit) or edits one (`id` +
   * `version`) while it is a draft or returned. The form is sent whole. `idNumber`: absent keeps the
   * stored one, null clears it.
   */
  saveDraft: {
    input: z.strictObject({
      id: z.optional(id),
      version: z.optional(version),
      roundId: z.optional(id),
      orgId: z.optional(id),
      form: nominationFormSchema,
      idNumber: z.optional(z.nullable(idNumberSchema)),
    }),
    output: one,
  },
  /** The democratic recommendation's record; the round's quorum rule is checked at once. */
  recordRecommendation: {
    input: z.strictObject({ ...byVersion, record: democraticRecommendationRecordSchema }),
    output: one,
  },
  /** Submits a draft, or resubmits a returned file. */
  submit: { input: z.strictObject(byVersion), output: one },
  /** Pass, return for correction (退回补正) or reject, with a written reason. */
  review: {
    input: z.strictObject({ ...byVersion, decision: z.enum(REVIEW_DECISIONS), reason }),
    output: one,
  },
  /** The Party organization's consent (报同级党委同意) of the stage's tier. */
  recordConsent: {
    input: z.strictObject({
      ...byVersion,
      signer: text(2, 40),
      date,
      documentFileId: fileIdSchema,
      note: z.optional(text(1, 200)),
    }),
    output: one,
  },
  // Opening a notice moved to `notice.openNotice`: one public notice for the selected nominees.
  closeNotice: { input: z.strictObject(byVersion), output: one },
  signConsultation: {
    input: z.strictObject({ ...byVersion, decision: z.enum(OPINION_DECISIONS), comment: text(1, 500) }),
    output: one,
  },
  /** The inspection visit (考察) before the secondary review passes. */
  recordInspection: {
    input: z.strictObject({
      ...byVersion,
      date,
      inspectors: z.array(text(2, 20)).check(z.minLength(1), z.maxLength(10)),
      summary: text(10, 2000),
      fileIds: z.optional(z.array(fileIdSchema).check(z.maxLength(10))),
    }),
    output: one,
  },
  /** The selection committee's vote (审定). */
  recordDetermination: {
    input: z.strictObject({
      ...byVersion,
      date,
      membersTotal: z.int().check(z.gte(1), z.lte(1000)),
      present: z.int().check(z.gte(0), z.lte(1000)),
      votesFor: z.int().check(z.gte(0), z.lte(1000)),
      votesAgainst: z.int().check(z.gte(0), z.lte(1000)),
      abstentions: z.int().check(z.gte(0), z.lte(1000)),
    }),
    output: one,
  },
  /** The conferral decision (表彰决定): creates or extends the model worker's record. */
  confer: {
    input: z.strictObject({ ...byVersion, issuer: text(2, 40), documentNumber: text(2, 40), date }),
    output: z.object({ nomination: nominationSchema, modelWorkerId: z.string() }),
  },
  /** The submission upward (上报) of a city or national round. */
  submitUpward: {
    input: z.strictObject({
      ...byVersion,
      date,
      documentNumber: z.optional(text(2, 40)),
      reportFileId: z.optional(fileIdSchema),
    }),
    output: one,
  },
  /** Frees the seat; the replacement is a new draft at the first stage, linked by `replaces`. */
  replace: {
    input: z.strictObject({ ...byVersion, reason, replacement: z.optional(nominationFormSchema) }),
    output: z.object({ nomination: nominationSchema, replacement: nominationSchema }),
  },
  withdraw: { input: z.strictObject({ ...byVersion, reason }), output: one },

  listNominations: {
    input: z.strictObject({
      roundId: z.optional(id),
      stageIndex: z.optional(z.int().check(z.gte(0), z.lte(29))),
      status: z.optional(z.enum(NOMINATION_STATUSES)),
      /** Within this organization's subtree. */
      orgId: z.optional(id),
      flag: z.optional(z.enum(NOMINEE_FLAGS)),
      title: z.optional(text(2, 40)),
      /** The start of the nominee's name. */
      search: z.optional(text(1, 20)),
      cursor: cursorSchema,
      limit: pageLimitSchema,
    }),
    output: z.object({ items: z.array(nominationRowSchema), nextCursor: z.nullable(z.string()) }),
  },
  getNomination: {
    input: z.strictObject({ id }),
    output: z.object({ nomination: nominationSchema, timeline: z.array(timelineEntrySchema) }),
  },
  /** 待办: what awaits the caller, nearest deadline first, with the count for the badge. */
  todo: {
    input: z.strictObject({ limit: pageLimitSchema }),
    output: z.object({ items: z.array(todoItemSchema), count: z.number(), readyCount: z.number() }),
  },
  /** The slate (名单): quotas, composition checks, the written override, exports. */
  ...slateActions,
} as const;
