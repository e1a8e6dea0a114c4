/** Inputs and outputs of the `content` function: model worker stories (reading side). */
import * as z from 'zod/mini';
import { renderedBlockSchema } from '../story-blocks';

export const cursorSchema = z.optional(z.nullable(z.string().check(z.maxLength(500))));
export const pageLimitSchema = z.optional(z.int().check(z.gte(1), z.lte(50)));

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
});
export type StoryDetail = z.infer<typeof storyDetailSchema>;

export const contentActions = {
  listStories: {
    input: z.strictObject({ cursor: cursorSchema, limit: pageLimitSchema }),
    output: z.object({ items: z.array(storyCardSchema), nextCursor: z.nullable(z.string()) }),
  },
  getStory: {
    input: z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)) }),
    output: storyDetailSchema,
  },
} as const;
