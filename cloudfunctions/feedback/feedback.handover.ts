/**
 * The feedback steps of the grant hand-over (`_platform/handover.ts`), one per kind: open items
 * (received, processing) assigned through the revoked grant go to the earliest granted other cadre
 * of the grant's organization holding the kind's capability (feedback: content.manage; leads:
 * records.manage), or are unassigned (待分派 for the cadres of the line) when none is left.
 * Audited as `feedback.handover` with the revocation's reason; finished items stay as they are.
 */
import { FEEDBACK_CAPABILITY, OPEN_FEEDBACK_STATUSES, type FeedbackKind } from '../../shared/actions/feedback.schema';
import { C } from '../_platform/collections';
import { handOverAssigned } from '../_platform/handover.assigned';
import type { HandoverStep } from '../_platform/handover';
import type { FeedbackDoc } from './feedback.records';

const ITEMS_ZH: Record<FeedbackKind, string> = { feedback: '意见反馈', lead: '推荐线索' };

function step(kind: FeedbackKind): HandoverStep {
  const name = kind === 'feedback' ? 'feedback' : 'feedback.lead';
  return {
    name,
    run: (ctx, grant, reason) =>
      handOverAssigned<FeedbackDoc>(ctx, grant, reason, {
        step: name,
        collection: C.feedback,
        where: (g) => ({ assigneeGrantId: g.id, kind, status: { in: [...OPEN_FEEDBACK_STATUSES] } }),
        capability: FEEDBACK_CAPABILITY[kind],
        itemsZh: ITEMS_ZH[kind],
        action: 'feedback.handover',
        page: 'cadre/pages/feedback-admin/index',
        assign: (_item, to, now) => ({
          assigneeId: to?.userId ?? null,
          assigneeName: to?.name ?? null,
          assigneeGrantId: to?.grantId ?? null,
          updatedAt: now,
        }),
      }),
  };
}

export const feedbackHandover = step('feedback');
export const leadHandover = step('lead');
