/**
 * Inputs and outputs of the `notice` function. Public notices (公示): the notices of nominations at a
 * notice stage, their periods, posters and physical postings; the district's calendar overrides.
 *
 * Public replies (`listOpen`, `listByOrg`, `getNotice`) carry each nominee's public fields only:
 * name, gender, unit, position, title sought, short deeds. Never an ID number, a phone, a birth
 * date or an address of a nominee; the office receiving objections is public (its phone too).
 *
 * This file imports nothing from `shared/calendar` (whose holiday data is 37 KB): replies carry the
 * period as stored and as text (`periodZh`), so client pages need no calendar.
 */
import * as z from 'zod/mini';
import { TIERS } from '../org';
import { fileIdSchema } from '../story-blocks';
import { cursorSchema, pageLimitSchema } from './content.schema';

const id = z.string().check(z.minLength(1), z.maxLength(64));
const version = z.int().check(z.gte(1));
const text = (min: number, max: number, label: string) =>
  z
    .string()
    .check(z.trim(), z.minLength(min, `${label}至少 ${min} 个字`), z.maxLength(max, `${label}不能超过 ${max} 个字`));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'));

export const NOTICE_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type NoticeStatusValue = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_ZH: Record<NoticeStatusValue, string> = {
  scheduled: '即将公示',
  open: '公示中',
  closed: '公示已结束',
};
export const PERIOD_SOURCES = ['calendar', 'override', 'confirmed'] as const;
export const PERIOD_SOURCE_ZH: Record<(typeof PERIOD_SOURCES)[number], string> = {
  calendar: '按国家法定节假日安排计算',
  override: '按区总工会录入的节假日安排计算',
  confirmed: '由公示单位确认日期',
};

/** Where objections go (受理异议的机构). Public. */
export const noticeOfficeSchema = z.strictObject({
  name: text(2, 60, '受理机构名称'),
  phone: z.string().check(z.trim(), z.regex(/^[0-9+\-() ]{7,20}$/, '请填写有效的联系电话（如 010-12345678 或手机号）')),
  address: text(4, 120, '地址'),
  email: z.optional(z.email('请填写有效的电子邮箱')),
});
export type NoticeOfficeInput = z.infer<typeof noticeOfficeSchema>;

const ruleView = z.object({ kind: z.enum(['workingDays', 'calendarDays']), days: z.number() });

/** The period as stored (decision 0004): opens at publication, closes at 00:00 after the last day. */
const periodFields = {
  opensAt: z.string(),
  closesAt: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  /** `2026年10月8日（星期四）至2026年10月13日（星期二）`. */
  periodZh: z.string(),
  /** From the stored instants and the server clock (`serverTime` of the reply). */
  status: z.enum(NOTICE_STATUSES),
};

/** A notice in a public list. */
export const noticeCardSchema = z.object({
  id: z.string(),
  title: z.string(),
  tier: z.enum(TIERS),
  orgId: z.string(),
  orgName: z.string(),
  roundName: z.string(),
  ...periodFields,
  /** Nominees listed (those who left the notice are not counted). */
  nomineeCount: z.number(),
});
export type NoticeCard = z.infer<typeof noticeCardSchema>;

/** A nominee as the public sees them. */
export const publicEntrySchema = z.object({
  nominationId: z.string(),
  name: z.string(),
  gender: z.nullable(z.enum(['male', 'female'])),
  unitName: z.string(),
  position: z.string(),
  titleSought: z.string(),
  shortDeeds: z.string(),
});
export type PublicEntry = z.infer<typeof publicEntrySchema>;

export const publicNoticeSchema = z.object({
  ...noticeCardSchema.shape,
  rule: ruleView,
  /** `5个工作日` / `7个自然日`. */
  ruleZh: z.string(),
  days: z.array(z.string()),
  office: z.object({ name: z.string(), phone: z.string(), address: z.string(), email: z.optional(z.string()) }),
  /** Open: the nominees listed now; closed: the final list (no nominee who left, no objection outcome). */
  entries: z.array(publicEntrySchema),
  /** The poster's code (mini-program code in production, a QR code of the H5 page locally). */
  codeUrl: z.nullable(z.string()),
  /** Closed, and objections are still taken (flagged late) until the conferral. */
  lateObjections: z.boolean(),
});
export type PublicNotice = z.infer<typeof publicNoticeSchema>;

/** What the publishing organization's cadres see of a notice. */
export const adminNoticeSchema = z.object({
  ...publicNoticeSchema.shape,
  version: z.number(),
  roundId: z.string(),
  stageIndex: z.number(),
  periodSource: z.enum(PERIOD_SOURCES),
  entries: z.array(
    z.object({
      ...publicEntrySchema.shape,
      status: z.enum(['listed', 'left']),
      statement: z.nullable(z.enum(['noObjection', 'noticeReport'])),
    }),
  ),
  posting: z.nullable(
    z.object({
      postedOn: z.string(),
      removedOn: z.nullable(z.string()),
      place: z.string(),
      photoFileIds: z.array(z.string()),
      photoUrls: z.array(z.string()),
      recordedAt: z.string(),
    }),
  ),
  settledAt: z.nullable(z.string()),
  createdAt: z.string(),
});
export type AdminNotice = z.infer<typeof adminNoticeSchema>;

const periodPreview = z.object({
  firstDay: z.string(),
  lastDay: z.string(),
  days: z.array(z.string()),
  closesAt: z.string(),
  periodZh: z.string(),
});

/** The period a notice opened now would get, or why it cannot be computed. */
export const periodPlanSchema = z.union([
  z.object({ ok: z.literal(true), source: z.enum(['calendar', 'override']), ...periodPreview.shape }),
  z.object({
    ok: z.literal(false),
    reason: z.literal('CALENDAR_MISSING'),
    years: z.array(z.number()),
    /** Monday to Friday without the missing years' holidays: for the cadre to check and confirm. */
    proposal: periodPreview,
  }),
]);
export type PeriodPlan = z.infer<typeof periodPlanSchema>;

/**
 * `current` of a CALENDAR_MISSING reply to `openNotice`: the years without a schedule and the
 * proposed days; send them back as `confirmedDays` (checked against the official notice) to open.
 */
export const calendarMissingSchema = z.object({ years: z.array(z.number()), proposal: periodPreview });

export const calendarOverrideSchema = z.object({
  year: z.number(),
  holidays: z.array(z.string()),
  makeupWorkdays: z.array(z.string()),
  enteredAt: z.string(),
  enteredByName: z.string(),
});
export type CalendarOverride = z.infer<typeof calendarOverrideSchema>;

const calendarReply = z.object({
  items: z.array(calendarOverrideSchema),
  /** The version of the stored overrides (send it back to save); null before the first. */
  version: z.nullable(z.number()),
  /** The years whose official schedule ships with the app's calendar package. */
  packageYears: z.array(z.number()),
});

const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });

export const noticeActions = {
  // ---- The public (policy `anyone`) ----------------------------------------------------------
  /** The 公示 tab: open district and middle-tier notices, closing soonest first; `orgId`: in its subtree. */
  listOpen: {
    input: z.strictObject({ orgId: z.optional(id), cursor: cursorSchema, limit: pageLimitSchema }),
    output: page(noticeCardSchema),
  },
  /** The notices one organization published (unit notices too), open and closed, latest first. */
  listByOrg: {
    input: z.strictObject({ orgId: id, cursor: cursorSchema, limit: pageLimitSchema }),
    output: page(noticeCardSchema),
  },
  /** One notice (detail and poster): one read. */
  getNotice: { input: z.strictObject({ id }), output: z.object({ notice: publicNoticeSchema }) },

  // ---- Cadres of the stage's tier -------------------------------------------------------------
  /** For the 开始公示 page: who can go on a notice of this stage now, and the period it would get. */
  prepareNotice: {
    input: z.strictObject({ roundId: id, stageIndex: z.int().check(z.gte(0), z.lte(29)) }),
    output: z.object({
      roundName: z.string(),
      stage: z.object({ index: z.number(), tier: z.enum(TIERS), rule: ruleView, ruleZh: z.string() }),
      org: z.object({ id: z.string(), name: z.string() }),
      candidates: z.array(
        z.object({
          id: z.string(),
          version: z.number(),
          name: z.string(),
          orgName: z.string(),
          unitName: z.string(),
          titleSought: z.string(),
        }),
      ),
      period: periodPlanSchema,
    }),
  },
  /**
   * Opens one notice for the selected nominations (each at the version the cadre saw): the notice
   * and every move into 公示中 in one unit of work, or nothing. `confirmedDays`: the counted days
   * the cadre confirms when the calendar lacks a year (CALENDAR_MISSING); ignored otherwise.
   */
  openNotice: {
    input: z.strictObject({
      roundId: id,
      stageIndex: z.int().check(z.gte(0), z.lte(29)),
      nominations: z.array(z.strictObject({ id, version })).check(
        z.minLength(1, '请至少选择一名人选'),
        z.maxLength(50, '一次公示最多 50 名人选'),
        z.refine((xs) => new Set(xs.map((x) => x.id)).size === xs.length, '人选重复'),
      ),
      office: noticeOfficeSchema,
      title: z.optional(text(4, 60, '公示标题')),
      confirmedDays: z.optional(z.array(isoDate).check(z.minLength(1), z.maxLength(30))),
    }),
    output: z.object({
      notice: adminNoticeSchema,
      nominations: z.array(z.object({ id: z.string(), version: z.number() })),
    }),
  },
  /** The notices of the caller's organizations and below, latest first. */
  myNotices: {
    input: z.strictObject({ cursor: cursorSchema, limit: pageLimitSchema }),
    output: page(adminNoticeSchema),
  },
  /** A unit notice's physical posting (张贴): dates, place, photos (uploads or ids it already holds). */
  recordPosting: {
    input: z.strictObject({
      id,
      version,
      postedOn: isoDate,
      removedOn: z.optional(z.nullable(isoDate)),
      place: text(2, 100, '张贴地点'),
      photoFileIds: z.array(fileIdSchema).check(z.maxLength(9, '最多 9 张照片')),
    }),
    output: z.object({ notice: adminNoticeSchema }),
  },

  // ---- Calendar overrides (decision 0004) -----------------------------------------------------
  listCalendarOverrides: { input: z.strictObject({}), output: calendarReply },
  /** A district cadre enters (or replaces) a year's official schedule; audited with the reason. */
  saveCalendarOverride: {
    input: z.strictObject({
      version: z.nullable(z.int().check(z.gte(1))),
      schedule: z.strictObject({
        year: z.int().check(z.gte(2000, '年份有误'), z.lte(2100, '年份有误')),
        holidays: z.array(isoDate).check(z.maxLength(60, '放假日期最多 60 天')),
        makeupWorkdays: z.array(isoDate).check(z.maxLength(30, '调休上班日期最多 30 天')),
      }),
      reason: text(2, 200, '依据'),
    }),
    output: calendarReply,
  },
} as const;
