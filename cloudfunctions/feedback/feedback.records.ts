/**
 * Stored shape of feedback (意见反馈) and leads (推荐线索), and the helpers every part of the function
 * shares: the sender key, the masked contact, the personal fields erased on request or at the end of
 * retention.
 *
 * Personal data on an item: the content or the lead (a third person's name, unit and deeds), the
 * contact, the replies (which may quote them), and `senderOpenid` (kept only while a failed content
 * check waits for its retry: WeChat's check needs the openid). The sender is otherwise known only by
 * `senderKey`, a hash of the openid.
 */
import { createHash } from 'node:crypto';
import type { FeedbackKind, FeedbackStatus, Lead } from '../../shared/actions/feedback.schema';
import { FEEDBACK_RETENTION_DAYS } from '../../shared/privacy';
import type { AuditedFields } from '../_platform/audit';

export type FeedbackCheckStatus = 'pass' | 'review' | 'pending' | 'risky';

export type FeedbackReply = { at: string; text: string; byOrg: string; byName: string; byId: string };

export type FeedbackDoc = AuditedFields & {
  id: string;
  version: number;
  kind: FeedbackKind;
  status: FeedbackStatus;
  orgId: string;
  orgName: string;
  orgPathKey: string;
  content: string | null;
  lead: Lead | null;
  contact: string | null;
  /** Hash of the sender's openid; null once the personal data is erased. */
  senderKey: string | null;
  /** Only while `checkStatus` is `pending`. */
  senderOpenid?: string;
  checkStatus: FeedbackCheckStatus;
  /** The assignee's openid (for 分派给我), name and grant. */
  assigneeId: string | null;
  assigneeName: string | null;
  assigneeGrantId: string | null;
  replies: FeedbackReply[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set when the item is finished (closed, withdrawn, refused): the erase job's due date. Absent while open. */
  eraseAt?: string;
  erasedAt: string | null;
};

/** The personal fields, by name (audit entries name fields, never values). */
export const PERSONAL_FIELDS = ['content', 'lead', 'contact', 'replies', 'senderKey'] as const;

export function senderKeyOf(openid: string): string {
  return createHash('sha256').update(`laomo-feedback:${openid}`).digest('hex').slice(0, 32);
}

/** `13800001111` → `138****1111`; anything else keeps its first and last two characters. */
export function maskContact(contact: string): string {
  const digits = contact.replace(/[\s-]/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  const chars = [...contact];
  if (chars.length <= 4) return '****';
  return `${chars.slice(0, 2).join('')}****${chars.slice(-2).join('')}`;
}

export function eraseAtFrom(now: Date): string {
  return new Date(now.getTime() + FEEDBACK_RETENTION_DAYS * 86_400_000).toISOString();
}

/** The update that removes an item's personal data (by the sender, or at the end of retention). */
export function erasure(now: Date): { set: Record<string, unknown>; unset: string[] } {
  return {
    set: { content: null, lead: null, contact: null, replies: [], senderKey: null, erasedAt: now.toISOString() },
    // Without `eraseAt` the erase job never picks the item up again.
    unset: ['senderOpenid', 'eraseAt'],
  };
}

export const isOpen = (s: FeedbackStatus): boolean => s === 'received' || s === 'processing';
