/** Reading model worker stories (劳模故事): published ones only, newest first. */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { StoryCard } from '../../shared/actions/content.schema';
import { AppError } from '../../shared/errors';
import type { RenderedBlock } from '../../shared/story-blocks';
import { C } from '../_platform/collections';
import type { FilesPort } from '../_platform/ports';
import type { CallContext } from '../_platform/route';
import type { StoryDoc } from './story.records';

export function toCard(s: StoryDoc, files: FilesPort): StoryCard {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    coverUrl: files.urlOf(s.coverFileId),
    workerName: s.workerName,
    unitName: s.unitName,
    tags: s.tags,
    likes: s.likes,
    publishedAt: s.publishedAt,
  };
}

export async function listStories(
  ctx: CallContext,
  input: ParsedInputOf<'content', 'listStories'>,
): Promise<OutputOf<'content', 'listStories'>> {
  const page = await ctx.ports.store.find<StoryDoc>(C.stories, {
    where: { status: 'published' },
    orderBy: [{ field: 'publishedAt', direction: 'desc' }],
    limit: input.limit ?? 10,
    cursor: input.cursor ?? null,
  });
  return { items: page.items.map((s) => toCard(s, ctx.ports.files)), nextCursor: page.nextCursor };
}

export async function getStory(
  ctx: CallContext,
  input: ParsedInputOf<'content', 'getStory'>,
): Promise<OutputOf<'content', 'getStory'>> {
  const story = await ctx.ports.store.get<StoryDoc>(C.stories, input.id);
  if (!story || story.status !== 'published') throw new AppError('NOT_FOUND', '这篇故事不存在或已下线');
  const blocks: RenderedBlock[] = story.blocks.map((b) =>
    b.type === 'image'
      ? {
          type: 'image',
          url: ctx.ports.files.urlOf(b.fileId),
          alt: b.alt,
          ...(b.caption ? { caption: b.caption } : {}),
        }
      : b,
  );
  return { ...toCard(story, ctx.ports.files), blocks };
}
