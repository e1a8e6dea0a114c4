/**
 * The home page in one call. Reads, side by side: the running campaign (1), a page of stories (1),
 * upcoming events (1), the open notice closing soonest (1); then the counters of every story shown
 * (1) and, only when a featured story of the campaign is not on that page, the missing featured
 * stories in one batched read (1): five reads, six in a campaign whose featured stories are not all
 * among the newest. During a published campaign's dates the client shows the campaign mode;
 * nothing has to switch it on.
 */
import type { OutputOf } from '../../shared/api';
import type { Campaign, HomeNotice, StoryCard } from '../../shared/actions/content.schema';
import { C } from '../_platform/collections';
import type { FilesPort } from '../_platform/ports';
import type { CallContext } from '../_platform/route';
import type { NoticeDoc } from '../notice/notice.records';
import { toEventCard, upcomingEvents } from './event.service';
import type { CampaignDoc, StoryDoc, StoryStatsDoc } from './story.records';
import { storyPageQuery, toCard } from './story.service';

export function toCampaign(c: CampaignDoc, files: FilesPort, featuredStories: StoryCard[]): Campaign {
  return {
    id: c.id,
    theme: c.theme,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    bannerUrl: files.urlOf(c.bannerFileId),
    spirit: c.spirit,
    featuredStories,
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

/**
 * The 正在公示 card: the open district or middle-tier notice closing soonest, in one indexed read
 * (`notices` ['onTab', 'closesAt'], as the 公示 tab's list). A notice is open from its creation.
 */
export async function openNoticeCard(ctx: CallContext): Promise<HomeNotice | null> {
  const page = await ctx.ports.store.find<NoticeDoc>(C.notices, {
    where: { onTab: true, closesAt: { gt: ctx.now.toISOString() } },
    orderBy: [{ field: 'closesAt', direction: 'asc' }],
    limit: 1,
  });
  const n = page.items[0];
  if (!n || n.tier === 'grassroots') return null;
  return {
    id: n.id,
    title: n.title,
    tier: n.tier,
    orgName: n.orgName,
    closesAt: n.closesAt,
    nomineeCount: n.entries.filter((e) => e.status === 'listed').length,
  };
}

export async function home(ctx: CallContext): Promise<OutputOf<'content', 'home'>> {
  const [campaign, stories, events, notice] = await Promise.all([
    runningCampaign(ctx),
    ctx.ports.store.find<StoryDoc>(C.stories, storyPageQuery({ limit: 10 })),
    upcomingEvents(ctx, 3),
    openNoticeCard(ctx),
  ]);
  // The featured stories not on the page, and the counters of every story shown: one batched read
  // each, side by side (the counters of a missing featured story that is unpublished are unused).
  const onPage = new Set(stories.items.map((s) => s.id));
  const featuredIds = campaign ? [...new Set(campaign.featuredStoryIds)] : [];
  const missing = featuredIds.filter((id) => !onPage.has(id));
  const shownIds = [...onPage, ...missing];
  const [extra, stats] = await Promise.all([
    missing.length > 0 ? ctx.ports.store.getMany<StoryDoc>(C.stories, missing) : Promise.resolve([]),
    shownIds.length > 0 ? ctx.ports.store.getMany<StoryStatsDoc>(C.storyStats, shownIds) : Promise.resolve([]),
  ]);
  const likes = new Map(stats.map((s) => [s.id, s.likes]));
  const card = (s: StoryDoc) => toCard(s, ctx.ports.files, likes.get(s.id) ?? 0);
  const cards = new Map(
    [...stories.items, ...extra.filter((s) => s.status === 'published')].map((s) => [s.id, card(s)]),
  );
  return {
    campaign: campaign
      ? toCampaign(
          campaign,
          ctx.ports.files,
          featuredIds.flatMap((id) => cards.get(id) ?? []),
        )
      : null,
    stories: stories.items.map((s) => cards.get(s.id)!),
    nextCursor: stories.nextCursor,
    events: events.items.map(toEventCard),
    ...(notice ? { notice } : {}),
  };
}
