/** Reading model worker stories (劳模故事): published ones only, newest first; likes and views. */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { StoryCard } from '../../shared/actions/content.schema';
import { AppError } from '../../shared/errors';
import type { RenderedBlock } from '../../shared/story-blocks';
import { requireSignedIn } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { FilesPort } from '../_platform/ports';
import type { CallContext } from '../_platform/route';
import { DuplicateIdError, type FindQuery, type Store } from '../_platform/store/store.port';
import type { StoryDoc, StoryStatsDoc } from './story.records';
import { addToStats, likeId, type ViewBuffer } from './story-stats';

export function tagsOf(s: Pick<StoryDoc, 'industry' | 'category' | 'year'>): string[] {
  return [s.industry, s.category, String(s.year)];
}

export function toCard(s: StoryDoc, files: FilesPort, likes: number): StoryCard {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    coverUrl: files.urlOf(s.coverFileId),
    workerName: s.workerName,
    unitName: s.unitName,
    tags: tagsOf(s),
    likes,
    publishedAt: s.publishedAt,
  };
}

/** Cards for a page of stories: one more read for all their counters. */
export async function cardsOf(store: Store, files: FilesPort, stories: StoryDoc[]): Promise<StoryCard[]> {
  if (stories.length === 0) return [];
  const stats = await store.getMany<StoryStatsDoc>(
    C.storyStats,
    stories.map((s) => s.id),
  );
  const likes = new Map(stats.map((s) => [s.id, s.likes]));
  return stories.map((s) => toCard(s, files, likes.get(s.id) ?? 0));
}

export function storyPageQuery(input: ParsedInputOf<'content', 'listStories'>): FindQuery {
  const f = input.filter ?? {};
  // One filter at a time, each backed by its own index (status + field + publishedAt).
  const where: FindQuery['where'] =
    f.industry !== undefined
      ? { status: 'published', industry: f.industry }
      : f.category !== undefined
        ? { status: 'published', category: f.category }
        : f.year !== undefined
          ? { status: 'published', year: f.year }
          : { status: 'published' };
  return {
    where,
    orderBy: [{ field: 'publishedAt', direction: 'desc' }],
    limit: input.limit ?? 10,
    cursor: input.cursor ?? null,
  };
}

/**
 * Search is a prefix match on the model worker's name or on the title (two indexed queries, no
 * scan), newest first, one page of at most 20.
 */
async function search(ctx: CallContext, term: string): Promise<StoryDoc[]> {
  const [byName, byTitle] = await Promise.all(
    (['workerName', 'title'] as const).map((field) =>
      ctx.ports.store.find<StoryDoc>(C.stories, {
        where: { status: 'published', [field]: { prefix: term } },
        limit: 20,
      }),
    ),
  );
  const seen = new Map<string, StoryDoc>();
  for (const s of [...byName!.items, ...byTitle!.items]) seen.set(s.id, s);
  return [...seen.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, 20);
}

export async function listStories(
  ctx: CallContext,
  input: ParsedInputOf<'content', 'listStories'>,
): Promise<OutputOf<'content', 'listStories'>> {
  if (input.search) {
    return {
      items: await cardsOf(ctx.ports.store, ctx.ports.files, await search(ctx, input.search)),
      nextCursor: null,
    };
  }
  const page = await ctx.ports.store.find<StoryDoc>(C.stories, storyPageQuery(input));
  return { items: await cardsOf(ctx.ports.store, ctx.ports.files, page.items), nextCursor: page.nextCursor };
}

export async function getStory(
  ctx: CallContext,
  input: ParsedInputOf<'content', 'getStory'>,
  views: ViewBuffer,
): Promise<OutputOf<'content', 'getStory'>> {
  const [story, stats, like] = await Promise.all([
    ctx.ports.store.get<StoryDoc>(C.stories, input.id),
    ctx.ports.store.get<StoryStatsDoc>(C.storyStats, input.id),
    ctx.openid ? ctx.ports.store.get(C.storyLikes, likeId(input.id, ctx.openid)) : Promise.resolve(null),
  ]);
  if (!story || story.status !== 'published') throw new AppError('NOT_FOUND', '这篇故事不存在或已下线');
  views.record(story.id);
  if (views.due()) await views.flush(ctx.ports.store);
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
  return {
    ...toCard(story, ctx.ports.files, stats?.likes ?? 0),
    blocks,
    views: (stats?.views ?? 0) + views.unflushed(story.id),
    liked: like !== null,
  };
}

export async function likeStory(
  ctx: CallContext,
  input: ParsedInputOf<'content', 'likeStory'>,
): Promise<OutputOf<'content', 'likeStory'>> {
  const openid = requireSignedIn(ctx.openid);
  const story = await ctx.ports.store.get<StoryDoc>(C.stories, input.id);
  if (!story || story.status !== 'published') throw new AppError('NOT_FOUND', '这篇故事不存在或已下线');
  try {
    await ctx.ports.store.insert(C.storyLikes, {
      id: likeId(story.id, openid),
      storyId: story.id,
      createdAt: ctx.now.toISOString(),
    });
  } catch (e) {
    if (!(e instanceof DuplicateIdError)) throw e;
    // Already liked: one like per person, and liking again changes nothing.
    const stats = await ctx.ports.store.get<StoryStatsDoc>(C.storyStats, story.id);
    return { liked: true, likes: stats?.likes ?? 0 };
  }
  const stats = await addToStats(ctx.ports.store, story.id, { likes: 1 });
  return { liked: true, likes: stats.likes };
}
