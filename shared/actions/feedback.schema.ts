/**
 * Inputs and outputs of the `feedback` function. Feedback (意见反馈) and leads on outstanding workers
 * (推荐线索, for the outstanding-employee pool): a signed-in person sends, cadres of the organization
 * concerned (its subtree) assign, reply and close; the sender follows their items in 我的, may
 * withdraw an open one and delete the personal data of a finished one.
 */
import * as z from 'zod/mini';
import type { Capability } from '../grants';
import { cursorSchema } from './content.schema';

export const FEEDBACK_KINDS = ['feedback', 'lead'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_KIND_ZH: Record<FeedbackKind, string> = { feedback: '意见反馈', lead: '推荐线索' };

/**
 * Who handles which kind: leads feed the outstanding-employee pool, which is record work
 * (档案管理); feedback on the service is content work (内容管理).
 */
export const FEEDBACK_CAPABILITY: Record<FeedbackKind, Capability> = {
  feedback: 'content.manage',
  lead: 'records.manage',
};

/**
 * received → processing (assigned or replied) → closed; the sender may withdraw while open;
 * `refused` when a delayed content check found the text risky (its text is then removed).
 */
export const FEEDBACK_STATUSES = ['received', 'processing', 'closed', 'withdrawn', 'refused'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const OPEN_FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['received', 'processing'];

export const FEEDBACK_STATUS_ZH: Record<FeedbackStatus, string> = {
  received: '待处理',
  processing: '处理中',
  closed: '已办结',
  withdrawn: '已撤回',
  refused: '未予受理',
};

/** The lengths the form counts against. */
export const FEEDBACK_LIMITS = {
  content: { min: 10, max: 500 },
  leadName: { min: 2, max: 20 },
  leadUnit: { min: 2, max: 40 },
  leadReason: { min: 20, max: 500 },
  contact: { min: 5, max: 40 },
  reply: { min: 2, max: 500 },
} as const;

const id = z.string().check(z.minLength(1), z.maxLength(64));
const version = z.int().check(z.gte(1));
const text = (limits: { min: number; max: number }, what: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(limits.min, `${what}至少 ${limits.min} 个字`),
      z.maxLength(limits.max, `${what}不能超过 ${limits.max} 个字`),
    );

export const leadSchema = z.strictObject({
  /** The worker recommended. */
  name: text(FEEDBACK_LIMITS.leadName, '姓名'),
  unit: text(FEEDBACK_LIMITS.leadUnit, '工作单位'),
  /** Why: their deeds, in the sender's words. */
  reason: text(FEEDBACK_LIMITS.leadReason, '推荐理由'),
});
export type Lead = z.infer<typeof leadSchema>;

/** A cadre's reply: the sender sees which organization answered, not who. */
const reply = z.object({ at: z.string(), text: z.string(), byOrg: z.string() });

/** An item as its sender sees it in 我的反馈: their own words, the replies; the contact masked. */
const mineItem = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.enum(FEEDBACK_KINDS),
  status: z.enum(FEEDBACK_STATUSES),
  orgName: z.string(),
  content: z.nullable(z.string()),
  lead: z.nullable(z.object({ name: z.string(), unit: z.string(), reason: z.string() })),
  /** `138****0000`-style: the full contact never comes back. */
  contactMasked: z.nullable(z.string()),
  replies: z.array(reply),
  createdAt: z.string(),
  closedAt: z.nullable(z.string()),
  /** When the personal data of this item is deleted by itself (set when it is finished). */
  eraseAt: z.nullable(z.string()),
});
export type MyFeedback = z.infer<typeof mineItem>;

/** An item as the handling cadres see it. */
const adminItem = z.object({
  ...mineItem.shape,
  orgId: z.string(),
  /** The full contact the sender left, for the handling cadres only. */
  contact: z.nullable(z.string()),
  /** The content check asked for a person to look at the text. */
  needsReview: z.boolean(),
  /** The content check failed when it was sent; the scheduler checks it again. */
  checkPending: z.boolean(),
  assigneeName: z.nullable(z.string()),
  assignedToMe: z.boolean(),
  replies: z.array(z.object({ ...reply.shape, byName: z.string() })),
  updatedAt: z.string(),
  /** The sender deleted their personal data (or the retention period ended). */
  erased: z.boolean(),
});
export type AdminFeedback = z.infer<typeof adminItem>;

const changed = z.object({ id: z.string(), version: z.number(), status: z.enum(FEEDBACK_STATUSES) });

export const feedbackActions = {
  /** Send feedback or a lead; `orgId` is the organization it concerns (the district when omitted). */
  send: {
    input: z.strictObject({
      kind: z.enum(FEEDBACK_KINDS),
      orgId: z.optional(id),
      /** Feedback: what the sender has to say. */
      content: z.optional(text(FEEDBACK_LIMITS.content, '反馈内容')),
      /** A lead: who, where, why. */
      lead: z.optional(leadSchema),
      /** Optional: a phone number or another way to reach the sender. */
      contact: z.optional(text(FEEDBACK_LIMITS.contact, '联系方式')),
    }),
    output: z.object({ id: z.string(), status: z.enum(FEEDBACK_STATUSES), orgName: z.string() }),
  },
  /** My items, newest first. */
  mine: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({ items: z.array(mineItem), nextCursor: z.nullable(z.string()) }),
  },
  /** The sender takes back an item still open. */
  withdraw: { input: z.strictObject({ id, version }), output: changed },
  /** The sender deletes the personal data of a finished item (closed, withdrawn or refused). */
  erase: { input: z.strictObject({ id, version }), output: z.object({ id: z.string(), erased: z.boolean() }) },
  /**
   * The items of one kind in the subtree of the grant (my first grant with the kind's capability by
   * default), newest first; `open` = received or processing, `closed` = closed, withdrawn or refused.
   */
  list: {
    input: z.strictObject({
      kind: z.enum(FEEDBACK_KINDS),
      status: z.optional(z.enum(['open', 'closed', 'all'])),
      assignedToMe: z.optional(z.boolean()),
      grantId: z.optional(id),
      cursor: cursorSchema,
    }),
    output: z.object({ items: z.array(adminItem), nextCursor: z.nullable(z.string()) }),
  },
  /** Cadres who may be assigned an item: those whose grant (with the kind's capability) reaches it. */
  assignees: {
    input: z.strictObject({ id }),
    output: z.object({
      items: z.array(z.object({ grantId: z.string(), name: z.string(), orgName: z.string(), isMe: z.boolean() })),
    }),
  },
  assign: { input: z.strictObject({ id, version, grantId: id }), output: changed },
  /** A reply the sender reads in 我的反馈. */
  reply: { input: z.strictObject({ id, version, text: text(FEEDBACK_LIMITS.reply, '回复') }), output: changed },
  /** Closing needs a final reply to the sender (办结说明). */
  close: { input: z.strictObject({ id, version, text: text(FEEDBACK_LIMITS.reply, '办结说明') }), output: changed },
} as const;
