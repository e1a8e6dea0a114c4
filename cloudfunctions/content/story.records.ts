import type { StoryBlock } from '../../shared/story-blocks';
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
  tags: string[];
  likes: number;
  publishedAt: string;
  blocks: StoryBlock[];
};
