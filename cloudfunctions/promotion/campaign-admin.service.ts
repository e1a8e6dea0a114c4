/** The district's Promotion Month campaign: during its dates the home page switches to it by itself. */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Page } from '../_platform/store/store.port';
import type { CampaignDoc } from '../content/story.records';
import { attachImage, checkTexts } from './managed';

export async function saveCampaign(
  ctx: CallContext,
  input: ParsedInputOf<'promotion', 'saveCampaign'>,
): Promise<OutputOf<'promotion', 'saveCampaign'>> {
  const c = input.campaign;
  if (c.endsAt <= c.startsAt)
    throw new AppError('BAD_REQUEST', '结束时间应晚于开始时间', {
      issues: [{ path: ['campaign', 'endsAt'], message: '结束时间应晚于开始时间' }],
    });
  await checkTexts(ctx, [c.theme, ...c.spirit, ...c.schedule.map((s) => s.title)]);
  const fields = {
    ...c,
    startsAt: new Date(c.startsAt).toISOString(),
    endsAt: new Date(c.endsAt).toISOString(),
    bannerFileId: await attachImage(ctx, c.bannerFileId, ['campaign', 'bannerFileId']),
  };
  if (!input.id) {
    const id = ctx.ports.random.id();
    ctx.uow.insertAudited(C.campaigns, { id, status: 'draft', ...fields }, { action: 'campaign.create' });
    return { id, version: 1, status: 'draft' };
  }
  const current = await ctx.ports.store.get<CampaignDoc>(C.campaigns, input.id);
  if (!current || !input.version) throw new AppError('NOT_FOUND', '宣传月活动不存在');
  ctx.uow.updateAudited(C.campaigns, { ...current, version: input.version }, fields, { action: 'campaign.edit' });
  return { id: current.id, version: input.version + 1, status: current.status };
}

export async function publishCampaign(
  ctx: CallContext,
  input: ParsedInputOf<'promotion', 'publishCampaign'>,
): Promise<OutputOf<'promotion', 'publishCampaign'>> {
  const current = await ctx.ports.store.get<CampaignDoc>(C.campaigns, input.id);
  if (!current) throw new AppError('NOT_FOUND', '宣传月活动不存在');
  ctx.uow.updateAudited(
    C.campaigns,
    { ...current, version: input.version },
    { status: 'published' },
    { action: 'campaign.publish' },
  );
  return { id: current.id, version: input.version + 1, status: 'published' };
}

/**
 * Takes a published campaign off home: `runningCampaign` reads published ones only, so the next
 * `home` call is out of campaign mode. Audited with the reason; it can be published again.
 */
export async function unpublishCampaign(
  ctx: CallContext,
  input: ParsedInputOf<'promotion', 'unpublishCampaign'>,
): Promise<OutputOf<'promotion', 'unpublishCampaign'>> {
  const current = await ctx.ports.store.get<CampaignDoc>(C.campaigns, input.id);
  if (!current) throw new AppError('NOT_FOUND', '宣传月活动不存在');
  if (current.status !== 'published')
    throw new AppError('CONFLICT', '宣传月活动未发布', {
      current: { status: current.status, version: current.version },
    });
  ctx.uow.updateAudited(
    C.campaigns,
    { ...current, version: input.version },
    { status: 'unpublished' },
    { action: 'campaign.unpublish', reason: input.reason },
  );
  return { id: current.id, version: input.version + 1, status: 'unpublished' };
}

/** Every campaign of the district (the policy admits district cadres only), drafts too, latest end first. */
export async function listCampaigns(
  ctx: CallContext,
  input: ParsedInputOf<'promotion', 'listCampaigns'>,
): Promise<OutputOf<'promotion', 'listCampaigns'>> {
  const page: Page<CampaignDoc> = await ctx.ports.store.find<CampaignDoc>(C.campaigns, {
    orderBy: [{ field: 'endsAt', direction: 'desc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.map((c) => ({
      id: c.id,
      version: c.version,
      status: c.status,
      theme: c.theme,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      bannerFileId: c.bannerFileId,
      bannerUrl: ctx.ports.files.urlOf(c.bannerFileId),
      spirit: c.spirit,
      featuredStoryIds: c.featuredStoryIds,
      schedule: c.schedule,
    })),
    nextCursor: page.nextCursor,
  };
}
