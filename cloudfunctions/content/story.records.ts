import type { StoryBlock } from '../../shared/story-blocks';
import type { EventKind } from '../../shared/actions/content.schema';
import type { StoryConsent } from '../../shared/actions/promotion.schema';
import type { AuditedFields } from '../_platform/audit';

export type StoryDoc = AuditedFields & {
  id: string;
  version: number;
  status: 'draft' | 'published' | 'unpublished';
  title: string;
  summary: string;
  coverFileId: string;
  /** The model worker's record, when there is one (consent to publication lives there). */
  modelWorkerId?: string;
  workerName: string;
  unitName: string;
  orgId: string;
  orgPathKey: string;
  /** Filter chips: industry (行业), category (荣誉类别), year. */
  industry: string;
  category: string;
  year: number;
  tags: string[];
  publishedAt: string;
  blocks: StoryBlock[];
  /** Without `modelWorkerId`: the person's consent to publication, recorded on the story (see storyConsentSchema). */
  consent?: StoryConsent;
};

/** Readers' counters, kept off the story so a like or a view never conflicts with an editor. */
export type StoryStatsDoc = { id: string; version: number; likes: number; views: number };

export type CampaignDoc = AuditedFields & {
  id: string;
  version: number;
  /** `unpublished`: taken off home by a district cadre (audited, with a reason); publishable again. */
  status: 'draft' | 'published' | 'unpublished';
  theme: string;
  startsAt: string;
  endsAt: string;
  bannerFileId: string;
  spirit: string[];
  featuredStoryIds: string[];
  schedule: { date: string; title: string }[];
};

export type EventDoc = AuditedFields & {
  id: string;
  version: number;
  status: 'draft' | 'published' | 'cancelled';
  kind: EventKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: number;
  signedUp: number;
  orgId: string;
  orgPathKey: string;
  orgName: string;
  /** Shown to the organizing cadre; never in a public reply. */
  checkinCode: string;
  /** Volunteer activities: the base they belong to and the hours credited per attendance. */
  baseId?: string;
  hours?: number;
};

export type SignupDoc = AuditedFields & {
  id: string;
  version: number;
  eventId: string;
  userId: string;
  status: 'signedUp' | 'cancelled' | 'checkedIn';
  createdAt: string;
  checkedInAt?: string;
  hours?: number;
};

/** A volunteer service base (志愿服务基地) led by model workers; its activities are events. */
export type BaseDoc = {
  id: string;
  version: number;
  /** `active`: on the readers' list; `closed`: taken off it (下线) by a cadre of its subtree. */
  status: 'active' | 'closed';
  name: string;
  orgId: string;
  orgPathKey: string;
  orgName: string;
  leaderModelWorkerIds: string[];
  leaderNames: string[];
  areas: string[];
  description: string;
};
