/** The `promotion` function: cadres manage stories, the campaign, events and volunteer bases. */
import { promotionActions } from '../../shared/actions/promotion.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { listLeaderCandidates, listManagedBases, publishBase, saveBase, unpublishBase } from './base-admin.service';
import { listCampaigns, publishCampaign, saveCampaign, unpublishCampaign } from './campaign-admin.service';
import { cancelEvent, listManagedEvents, publishEvent, saveEvent } from './event-admin.service';
import {
  getManagedStory,
  listManagedStories,
  publishStory,
  saveStory,
  unpublishStoriesOfPerson,
  unpublishStory,
} from './story-admin.service';

export const promotionRoutes: RouteTable<'promotion'> = {
  listManagedStories: { handle: listManagedStories },
  getManagedStory: { handle: getManagedStory },
  saveStory: { idempotent: true, handle: saveStory },
  publishStory: { idempotent: true, handle: publishStory },
  unpublishStory: { idempotent: true, handle: unpublishStory },
  unpublishStoriesOfPerson: { idempotent: true, handle: unpublishStoriesOfPerson },
  saveCampaign: { idempotent: true, handle: saveCampaign },
  publishCampaign: { idempotent: true, handle: publishCampaign },
  unpublishCampaign: { idempotent: true, handle: unpublishCampaign },
  listCampaigns: { handle: listCampaigns },
  listManagedEvents: { handle: listManagedEvents },
  saveEvent: { idempotent: true, handle: saveEvent },
  publishEvent: { idempotent: true, handle: publishEvent },
  cancelEvent: { idempotent: true, handle: cancelEvent },
  saveBase: { idempotent: true, handle: saveBase },
  listManagedBases: { handle: listManagedBases },
  publishBase: { idempotent: true, handle: publishBase },
  unpublishBase: { idempotent: true, handle: unpublishBase },
  listLeaderCandidates: { handle: listLeaderCandidates },
};

export function createPromotionFunction(ports: Ports): FunctionHandler {
  return createHandler('promotion', promotionActions, promotionRoutes, ports);
}
