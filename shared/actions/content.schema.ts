/** Inputs and outputs of the `content` function: model worker stories (reading side). */
import * as z from 'zod/mini';
import { renderedBlockSchema } from '../story-blocks';

export const cursorSchema = z.optional(z.nullable(z.string().check(z.maxLength(500))));
export const pageLimitSchema = z.optional(z.int().check(z.gte(1), z.lte(50)));

/** Story tags: the filter chips of 劳模故事. */
export const STORY_CATEGORIES = ['劳动模范', '先进工作者', '五一劳动奖章', '工匠人才'] as const;
export const EVENT_KINDS = ['enterprise', 'campus', 'community', 'lecture', 'volunteer'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_ZH: Record<EventKind, string> = {
  enterprise: '劳模进企业',
  campus: '劳模进校园',
  community: '劳模进社区',
  lecture: '劳模大讲堂',
  volunteer: '志愿服务',
};

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const storyCardSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  coverUrl: z.string(),
  workerName: z.string(),
  unitName: z.string(),
  tags: z.array(z.string()),
  likes: z.number(),
  publishedAt: z.string(),
});
export type StoryCard = z.infer<typeof storyCardSchema>;

export const storyDetailSchema = z.object({
  ...storyCardSchema.shape,
  blocks: z.array(renderedBlockSchema),
  views: z.number(),
  /** Whether the caller has liked it (false when anonymous). */
  liked: z.boolean(),
});
export type StoryDetail = z.infer<typeof storyDetailSchema>;

export const campaignSchema = z.object({
  id: z.string(),
  theme: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  bannerUrl: z.string(),
  /** The six phrases of the model worker spirit. */
  spirit: z.array(z.string()),
  /** The featured stories as cards, in the campaign's order (published ones only). */
  featuredStories: z.array(storyCardSchema),
  schedule: z.array(z.object({ date: z.string(), title: z.string() })),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const eventCardSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  capacity: z.number(),
  signedUp: z.number(),
  orgName: z.string(),
  /** Volunteer hours credited per attendance (volunteer activities). */
  hours: z.optional(z.number()),
});
export type EventCard = z.infer<typeof eventCardSchema>;

export const signupStatusSchema = z.enum(['signedUp', 'cancelled', 'checkedIn']);

export const eventDetailSchema = z.object({
  ...eventCardSchema.shape,
  description: z.string(),
  mySignup: z.nullable(z.object({ status: signupStatusSchema, version: z.number() })),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const storyFilterSchema = z.optional(
  z.strictObject({
    industry: z.optional(z.string().check(z.maxLength(20))),
    category: z.optional(z.enum(STORY_CATEGORIES)),
    year: z.optional(z.int().check(z.gte(1950), z.lte(2100))),
  }),
);

export const baseCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  orgName: z.string(),
  areas: z.array(z.string()),
  leaderNames: z.array(z.string()),
  description: z.string(),
});
export type BaseCard = z.infer<typeof baseCardSchema>;

/** Home's 正在公示 card: the open district or middle-tier notice closing soonest (public fields). */
export const homeNoticeSchema = z.object({
  id: z.string(),
  title: z.string(),
  tier: z.enum(['district', 'middle']),
  orgName: z.string(),
  /** The instant the period closes (00:00 Asia/Shanghai after its last day). */
  closesAt: z.string(),
  /** Nominees listed now. */
  nomineeCount: z.number(),
});
export type HomeNotice = z.infer<typeof homeNoticeSchema>;

export const contentActions = {
  /**
   * The home page in one call: the running campaign, a first page of stories, upcoming events, and
   * the open notice closing soonest (`notice`, absent when none is open).
   */
  home: {
    input: z.strictObject({}),
    output: z.object({
      campaign: z.nullable(campaignSchema),
      stories: z.array(storyCardSchema),
      nextCursor: z.nullable(z.string()),
      events: z.array(eventCardSchema),
      notice: z.optional(homeNoticeSchema),
    }),
  },
  listStories: {
    input: z.strictObject({
      cursor: cursorSchema,
      limit: pageLimitSchema,
      filter: storyFilterSchema,
      /** The start of a model worker's name or of a title. */
      search: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))),
    }),
    output: z.object({ items: z.array(storyCardSchema), nextCursor: z.nullable(z.string()) }),
  },
  getStory: {
    input: z.strictObject({ id }),
    output: storyDetailSchema,
  },
  /** One like per person; liking twice is a no-op. */
  likeStory: {
    input: z.strictObject({ id }),
    output: z.object({ liked: z.literal(true), likes: z.number() }),
  },
  listEvents: {
    input: z.strictObject({ cursor: cursorSchema, kind: z.optional(z.enum(EVENT_KINDS)), baseId: z.optional(id) }),
    output: z.object({ items: z.array(eventCardSchema), nextCursor: z.nullable(z.string()) }),
  },
  getEvent: { input: z.strictObject({ id }), output: eventDetailSchema },
  signUp: {
    input: z.strictObject({ eventId: id }),
    output: z.object({ status: signupStatusSchema, signedUp: z.number(), capacity: z.number() }),
  },
  cancelSignUp: {
    input: z.strictObject({ eventId: id }),
    output: z.object({ status: signupStatusSchema }),
  },
  checkIn: {
    input: z.strictObject({ eventId: id, code: z.string().check(z.regex(/^\d{6}$/, '签到码为 6 位数字')) }),
    output: z.object({ status: signupStatusSchema, hours: z.optional(z.number()) }),
  },
  /** Volunteer service bases (志愿服务基地) and, on a base, its activities (events with its id). */
  listBases: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({ items: z.array(baseCardSchema), nextCursor: z.nullable(z.string()) }),
  },
  getBase: { input: z.strictObject({ id }), output: baseCardSchema },
  mySignups: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({
      items: z.array(z.object({ event: eventCardSchema, status: signupStatusSchema })),
      nextCursor: z.nullable(z.string()),
    }),
  },
} as const;
