/**
 * Inputs and outputs of the `promotion` function: what cadres manage for the Promotion Month and
 * all year — stories, the campaign, events and volunteer service bases. Kept apart from `content`
 * (what readers call) so the reading pages never bundle these schemas.
 */
import * as z from 'zod/mini';
import { storyBodySchema, fileIdSchema } from '../story-blocks';
import { EVENT_KINDS, STORY_CATEGORIES, cursorSchema } from './content.schema';
import { VOLUNTEER_AREAS } from '../volunteer';

const id = z.string().check(z.minLength(1), z.maxLength(64));
const version = z.int().check(z.gte(1));
const reason = z.string().check(z.trim(), z.minLength(2), z.maxLength(200));
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const instant = z.iso.datetime({ offset: true });

export { VOLUNTEER_AREAS, VOLUNTEER_AREA_ZH } from '../volunteer';

/**
 * The person's consent to publication, recorded on the story itself when the story names someone
 * without a model worker record (a record carries its own consent): what they agreed to, the day
 * they signed, and the signed document (a photo or scan, through the files port; cadres only).
 */
export const storyConsentSchema = z.strictObject({
  statement: text(10, 300),
  signedOn: z.iso.date(),
  documentFileId: fileIdSchema,
});
export type StoryConsent = z.infer<typeof storyConsentSchema>;

export const storyInputSchema = z.strictObject({
  title: text(4, 40),
  summary: text(10, 120),
  coverFileId: fileIdSchema,
  modelWorkerId: z.optional(id),
  workerName: text(2, 20),
  unitName: text(2, 40),
  orgId: id,
  industry: text(2, 20),
  category: z.enum(STORY_CATEGORIES),
  year: z.int().check(z.gte(1950), z.lte(2100)),
  blocks: storyBodySchema,
  /** Required before publishing when there is no `modelWorkerId`. */
  consent: z.optional(storyConsentSchema),
});

const managedStorySchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'published', 'unpublished']),
  title: z.string(),
  workerName: z.string(),
  unitName: z.string(),
  coverUrl: z.string(),
  /** The content check asked for a human look at this text. */
  needsReview: z.boolean(),
  publishedAt: z.nullable(z.string()),
});
export type ManagedStory = z.infer<typeof managedStorySchema>;

export const campaignInputSchema = z.strictObject({
  theme: text(4, 40),
  startsAt: instant,
  endsAt: instant,
  bannerFileId: fileIdSchema,
  spirit: z.array(text(2, 8)).check(z.length(6)),
  featuredStoryIds: z.array(id).check(z.maxLength(10)),
  schedule: z.array(z.strictObject({ date: z.iso.date(), title: text(2, 40) })).check(z.maxLength(31)),
});

export const eventInputSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  title: text(4, 40),
  description: text(10, 1000),
  startsAt: instant,
  endsAt: instant,
  place: text(2, 60),
  capacity: z.int().check(z.gte(1), z.lte(5000)),
  orgId: id,
  baseId: z.optional(id),
  hours: z.optional(z.number().check(z.gt(0), z.lte(24))),
});

export const baseInputSchema = z.strictObject({
  name: text(4, 40),
  orgId: id,
  leaderModelWorkerIds: z.array(id).check(z.minLength(1), z.maxLength(10)),
  areas: z.array(z.enum(VOLUNTEER_AREAS)).check(z.minLength(1)),
  description: text(10, 500),
});

const saved = z.object({ id: z.string(), version: z.number(), status: z.string() });

/** A base as the cadres of its subtree see it: closed ones too, with the leaders' record ids. */
const managedBaseSchema = z.object({
  id: z.string(),
  version: z.number(),
  /** `active`: readers see it; `closed`: taken off the readers' list (下线), can be put back. */
  status: z.enum(['active', 'closed']),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  leaderModelWorkerIds: z.array(z.string()),
  leaderNames: z.array(z.string()),
  areas: z.array(z.enum(VOLUNTEER_AREAS)),
  description: z.string(),
});
export type ManagedBase = z.infer<typeof managedBaseSchema>;

/** An event as its organizers see it: every status, and the check-in code they show on the day. */
const managedEventSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'published', 'cancelled']),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  capacity: z.number(),
  signedUp: z.number(),
  orgId: z.string(),
  orgName: z.string(),
  baseId: z.optional(z.string()),
  hours: z.optional(z.number()),
  checkinCode: z.string(),
});
export type ManagedEvent = z.infer<typeof managedEventSchema>;

/** A campaign as the district edits it: drafts too, with the banner's file id and URL. */
const managedCampaignSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'published', 'unpublished']),
  theme: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  bannerFileId: z.string(),
  bannerUrl: z.string(),
  spirit: z.array(z.string()),
  featuredStoryIds: z.array(z.string()),
  schedule: z.array(z.object({ date: z.string(), title: z.string() })),
});
export type ManagedCampaign = z.infer<typeof managedCampaignSchema>;

export const promotionActions = {
  listManagedStories: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({ items: z.array(managedStorySchema), nextCursor: z.nullable(z.string()) }),
  },
  getManagedStory: {
    input: z.strictObject({ id }),
    output: z.object({
      story: z.object({
        ...storyInputSchema.shape,
        id: z.string(),
        version: z.number(),
        status: z.string(),
        needsReview: z.boolean(),
        coverUrl: z.string(),
      }),
      /**
       * Where each image of the story (cover and blocks) is shown: the preview needs it. (A list, not a
       * record: the client bundles no record parser for it.)
       */
      images: z.array(z.object({ fileId: z.string(), url: z.string() })),
    }),
  },
  saveStory: {
    input: z.strictObject({ id: z.optional(id), version: z.optional(version), story: storyInputSchema }),
    output: z.object({ ...saved.shape, needsReview: z.boolean() }),
  },
  publishStory: { input: z.strictObject({ id, version }), output: saved },
  unpublishStory: { input: z.strictObject({ id, version, reason }), output: saved },
  /** When consent is withdrawn or an honour revoked: every published story about the person. */
  unpublishStoriesOfPerson: {
    input: z.strictObject({ modelWorkerId: id, reason }),
    output: z.object({ unpublished: z.number() }),
  },
  saveCampaign: {
    input: z.strictObject({ id: z.optional(id), version: z.optional(version), campaign: campaignInputSchema }),
    output: saved,
  },
  publishCampaign: { input: z.strictObject({ id, version }), output: saved },
  /** Takes a published campaign off home at once (the home page leaves campaign mode); it can be published again. */
  unpublishCampaign: { input: z.strictObject({ id, version, reason }), output: saved },
  /** The district's campaigns, drafts too, the latest end first. */
  listCampaigns: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({ items: z.array(managedCampaignSchema), nextCursor: z.nullable(z.string()) }),
  },
  /** The events of the caller's subtree, every status, latest start first. */
  listManagedEvents: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({ items: z.array(managedEventSchema), nextCursor: z.nullable(z.string()) }),
  },
  saveEvent: {
    input: z.strictObject({ id: z.optional(id), version: z.optional(version), event: eventInputSchema }),
    output: z.object({ ...saved.shape, checkinCode: z.string() }),
  },
  publishEvent: { input: z.strictObject({ id, version }), output: saved },
  cancelEvent: { input: z.strictObject({ id, version, reason }), output: saved },
  saveBase: {
    input: z.strictObject({ id: z.optional(id), version: z.optional(version), base: baseInputSchema }),
    output: saved,
  },
  /** The bases of the caller's subtree, closed ones too, by name. */
  listManagedBases: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({ items: z.array(managedBaseSchema), nextCursor: z.nullable(z.string()) }),
  },
  /** Back on the readers' list (a closed base). */
  publishBase: { input: z.strictObject({ id, version }), output: saved },
  /** Off the readers' list (下线), with a reason; its activities stay as they are. */
  unpublishBase: { input: z.strictObject({ id, version, reason }), output: saved },
  /** Model worker records of the caller's subtree, to choose who leads a base. */
  listLeaderCandidates: {
    input: z.strictObject({ cursor: cursorSchema }),
    output: z.object({
      items: z.array(z.object({ id: z.string(), name: z.string() })),
      nextCursor: z.nullable(z.string()),
    }),
  },
} as const;
