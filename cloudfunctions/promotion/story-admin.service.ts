/** Cadres write, preview, publish and unpublish model worker stories; every change is audited. */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { StoryBlock } from '../../shared/story-blocks';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Page } from '../_platform/store/store.port';
import type { StoryDoc } from '../content/story.records';
import { attachImage, checkTexts, orgInReach } from './managed';

type In<A extends keyof typeof import('../../shared/actions/promotion.schema').promotionActions> = ParsedInputOf<
  'promotion',
  A
>;
type Out<A extends keyof typeof import('../../shared/actions/promotion.schema').promotionActions> = OutputOf<
  'promotion',
  A
>;

type ManagedStory = StoryDoc & { needsReview?: boolean };

async function storyInReach(ctx: CallContext, id: string): Promise<ManagedStory> {
  const story = await ctx.ports.store.get<ManagedStory>(C.stories, id);
  if (!story) throw new AppError('NOT_FOUND', '故事不存在');
  requireOver(ctx.grants, story.orgPathKey);
  return story;
}

export async function listManagedStories(
  ctx: CallContext,
  input: In<'listManagedStories'>,
): Promise<Out<'listManagedStories'>> {
  const root = ctx.grants.map((g) => g.orgPathKey).sort((a, b) => a.length - b.length)[0]!;
  const page: Page<ManagedStory> = await ctx.ports.store.find<ManagedStory>(C.stories, {
    where: { orgPathKey: { prefix: root } },
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.map((s) => ({
      id: s.id,
      version: s.version,
      status: s.status,
      title: s.title,
      workerName: s.workerName,
      unitName: s.unitName,
      coverUrl: ctx.ports.files.urlOf(s.coverFileId),
      needsReview: s.needsReview ?? false,
      publishedAt: s.status === 'published' ? s.publishedAt : null,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function getManagedStory(ctx: CallContext, input: In<'getManagedStory'>): Promise<Out<'getManagedStory'>> {
  const s = await storyInReach(ctx, input.id);
  return {
    story: {
      id: s.id,
      version: s.version,
      status: s.status,
      needsReview: s.needsReview ?? false,
      coverUrl: ctx.ports.files.urlOf(s.coverFileId),
      title: s.title,
      summary: s.summary,
      coverFileId: s.coverFileId,
      ...(s.modelWorkerId ? { modelWorkerId: s.modelWorkerId } : {}),
      workerName: s.workerName,
      unitName: s.unitName,
      orgId: s.orgId,
      industry: s.industry,
      category: s.category as Out<'getManagedStory'>['story']['category'],
      year: s.year,
      blocks: s.blocks,
      ...(s.consent ? { consent: s.consent } : {}),
    },
    images: [
      s.coverFileId,
      ...s.blocks.flatMap((b) => (b.type === 'image' ? [b.fileId] : [])),
      ...(s.consent ? [s.consent.documentFileId] : []),
    ].map((fileId) => ({
      fileId,
      url: ctx.ports.files.urlOf(fileId),
    })),
  };
}

export async function saveStory(ctx: CallContext, input: In<'saveStory'>): Promise<Out<'saveStory'>> {
  const org = await orgInReach(ctx, input.story.orgId);
  const { needsReview } = await checkTexts(ctx, [
    input.story.title,
    input.story.summary,
    ...input.story.blocks.flatMap((b) => (b.type === 'image' ? [b.alt, b.caption ?? ''] : [b.text])),
  ]);
  const coverFileId = await attachImage(ctx, input.story.coverFileId, ['story', 'coverFileId']);
  const blocks: StoryBlock[] = [];
  for (const [i, b] of input.story.blocks.entries()) {
    blocks.push(
      b.type === 'image' ? { ...b, fileId: await attachImage(ctx, b.fileId, ['story', 'blocks', i, 'fileId']) } : b,
    );
  }
  const consent = input.story.consent
    ? {
        ...input.story.consent,
        documentFileId: await attachImage(ctx, input.story.consent.documentFileId, [
          'story',
          'consent',
          'documentFileId',
        ]),
      }
    : undefined;
  const fields = {
    ...input.story,
    coverFileId,
    blocks,
    orgPathKey: org.pathKey,
    needsReview,
    ...(consent ? { consent } : {}),
  };
  if (!input.id) {
    const id = ctx.ports.random.id();
    ctx.uow.insertAudited(C.stories, { id, status: 'draft', publishedAt: '', ...fields }, { action: 'story.create' });
    return { id, version: 1, status: 'draft', needsReview };
  }
  if (!input.version)
    throw new AppError('BAD_REQUEST', undefined, { issues: [{ path: ['version'], message: '缺少版本号' }] });
  const story = await storyInReach(ctx, input.id);
  // A published story stays publishable: its consent cannot be edited away.
  if (story.status === 'published') requireConsent(fields);
  ctx.uow.updateAudited(
    C.stories,
    { ...story, version: input.version },
    fields,
    { action: 'story.edit' },
    consent ? undefined : ['consent'],
  );
  return { id: story.id, version: input.version + 1, status: story.status, needsReview };
}

/**
 * A story about a person without a model worker record carries the person's consent itself: the
 * statement, the day it was signed and the signed document. (With a record, the record's consent.)
 */
function requireConsent(story: Pick<StoryDoc, 'modelWorkerId' | 'consent'>): void {
  if (story.modelWorkerId) return;
  const c = story.consent;
  if (!c?.statement || !c.signedOn || !c.documentFileId) throw new AppError('STORY_CONSENT_MISSING');
}

/** A story about a person needs that person's recorded consent to publication. */
export async function publishStory(ctx: CallContext, input: In<'publishStory'>): Promise<Out<'publishStory'>> {
  const story = await storyInReach(ctx, input.id);
  if (story.status === 'published')
    throw new AppError('CONFLICT', '已发布', { current: { status: story.status, version: story.version } });
  if (story.modelWorkerId) {
    const worker = await ctx.ports.store.get<{ id: string; version: number; publicationConsent?: boolean }>(
      C.modelWorkers,
      story.modelWorkerId,
    );
    if (!worker?.publicationConsent) throw new AppError('CONSENT_MISSING');
  } else requireConsent(story);
  ctx.uow.updateAudited(
    C.stories,
    { ...story, version: input.version },
    { status: 'published', publishedAt: ctx.now.toISOString() },
    { action: 'story.publish' },
  );
  return { id: story.id, version: input.version + 1, status: 'published' };
}

export async function unpublishStory(ctx: CallContext, input: In<'unpublishStory'>): Promise<Out<'unpublishStory'>> {
  const story = await storyInReach(ctx, input.id);
  ctx.uow.updateAudited(
    C.stories,
    { ...story, version: input.version },
    { status: 'unpublished' },
    { action: 'story.unpublish', reason: input.reason },
  );
  return { id: story.id, version: input.version + 1, status: 'unpublished' };
}

export async function unpublishStoriesOfPerson(
  ctx: CallContext,
  input: In<'unpublishStoriesOfPerson'>,
): Promise<Out<'unpublishStoriesOfPerson'>> {
  const worker = await ctx.ports.store.get<{ id: string; version: number; orgPathKey: string }>(
    C.modelWorkers,
    input.modelWorkerId,
  );
  if (!worker) throw new AppError('NOT_FOUND', '劳模档案不存在');
  requireOver(ctx.grants, worker.orgPathKey);
  const stories: StoryDoc[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<StoryDoc> = await ctx.ports.store.find<StoryDoc>(C.stories, {
      where: { modelWorkerId: worker.id, status: 'published' },
      limit: 100,
      cursor,
    });
    stories.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  for (const s of stories)
    ctx.uow.updateAudited(C.stories, s, { status: 'unpublished' }, { action: 'story.unpublish', reason: input.reason });
  return { unpublished: stories.length };
}
