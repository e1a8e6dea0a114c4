/**
 * The home page in one call. Reads: the running campaign (1), a page of stories (1) and their
 * counters (1), upcoming events (1). During a published campaign's dates the client shows the
 * campaign mode; nothing has to switch it on.
 */
import type { OutputOf } from '../../shared/api';
import type { Campaign } from '../../shared/actions/content.schema';
import { C } from '../_platform/collections';
import type { FilesPort } from '../_platform/ports';
import type { CallContext } from '../_platform/route';
import { toEventCard, upcomingEvents } from './event.service';
import type { CampaignDoc, StoryDoc } from './story.records';
import { cardsOf, storyPageQuery } from './story.service';

export function toCampaign(c: CampaignDoc, files: FilesPort): Campaign {
  return {
    id: c.id,
    theme: c.theme,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    bannerUrl: files.urlOf(c.bannerFileId),
    spirit: c.spirit,
    featuredStoryIds: c.featuredStoryIds,
    schedule: c.schedule,
  };
}

export async function runningCampaign(ctx: CallContext): Promise<CampaignDoc | null> {
  const now = ctx.now.toISOString();
  const page = await ctx.ports.store.find<CampaignDoc>(C.campaigns, {
    where: { status: 'published', endsAt: { gt: now } },
    orderBy: [{ field: 'endsAt', direction: 'asc' }],
    limit: 5,
  });
  return page.items.find((c) => c.startsAt <= now) ?? null;
}

export async function home(ctx: CallContext): Promise<OutputOf<'content', 'home'>> {
  const [campaign, stories, events] = await Promise.all([
    runningCampaign(ctx),
    ctx.ports.store.find<StoryDoc>(C.stories, storyPageQuery({ limit: 10 })),
    upcomingEvents(ctx, 3),
  ]);
  return {
    campaign: campaign ? toCampaign(campaign, ctx.ports.files) : null,
    stories: await cardsOf(ctx.ports.store, ctx.ports.files, stories.items),
    nextCursor: stories.nextCursor,
    events: events.items.map(toEventCard),
  };
}
