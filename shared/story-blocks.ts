/**
 * A story body is a validated list of blocks, never HTML: there is no way to store a script,
 * an event handler or a `javascript:` URL, because no block type has a place for one.
 */
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A file id from the files port (never a URL typed by a user): a local area or a cloud file. */
export const fileIdSchema = z.string().check(z.regex(/^(?:(?:tmp|files|demo)\/|cloud:\/\/)[A-Za-z0-9_./-]{1,200}$/));

export const storyBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: text(2000) }),
  z.strictObject({ type: z.literal('heading'), text: text(60) }),
  z.strictObject({ type: z.literal('quote'), text: text(500), cite: z.optional(text(60)) }),
  z.strictObject({
    type: z.literal('image'),
    fileId: fileIdSchema,
    caption: z.optional(text(120)),
    /** Alt text read by screen readers. */
    alt: text(120),
  }),
]);
export type StoryBlock = z.infer<typeof storyBlockSchema>;

export const storyBodySchema = z.array(storyBlockSchema).check(z.minLength(1), z.maxLength(200));

/** The reader's view of a block: images resolved to a URL by the files port. */
export const renderedBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('quote'), text: z.string(), cite: z.optional(z.string()) }),
  z.object({
    type: z.literal('image'),
    url: z.string(),
    caption: z.optional(z.string()),
    alt: z.string(),
  }),
]);
export type RenderedBlock = z.infer<typeof renderedBlockSchema>;

/**
 * A temporary upload awaiting a function's check and attach: `tmp/…` locally, or a cloud file id
 * under the environment's `tmp/` folder (`cloud://<env>/tmp/…`) from `Taro.cloud.uploadFile`.
 */
export function isTemporaryFileId(fileId: string): boolean {
  return /^(?:tmp\/|cloud:\/\/[^/]+\/tmp\/)/.test(fileId);
}
