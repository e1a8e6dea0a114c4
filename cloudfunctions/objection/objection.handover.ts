/**
 * The objection step of the grant hand-over (`_platform/handover.ts`): open cases (received,
 * verifying) whose 承办人 is the revoked grant's holder through that grant (`assigneeGrantId`, set by
 * `assign` when the name is a reviewing cadre's of the case's line) go to the earliest granted other
 * cadre of the grant's organization holding `nomination.review`, or are unassigned when none is
 * left. Audited as `objection.handover` with the revocation's reason; concluded cases stay as they are.
 */
import { C } from '../_platform/collections';
import { handOverAssigned } from '../_platform/handover.assigned';
import type { HandoverStep } from '../_platform/handover';
import type { ObjectionDoc } from './objection.records';

export const objectionHandover: HandoverStep = {
  name: 'objection',
  run: (ctx, grant, reason) =>
    handOverAssigned<ObjectionDoc>(ctx, grant, reason, {
      step: 'objection',
      collection: C.objections,
      where: (g) => ({ assigneeGrantId: g.id, status: { in: ['received', 'verifying'] } }),
      capability: 'nomination.review',
      itemsZh: '异议案件',
      action: 'objection.handover',
      page: 'selection/pages/objections/index',
      assign: (_item, to, now) => ({
        assignee: to?.name ?? null,
        assigneeId: to?.userId ?? null,
        assigneeGrantId: to?.grantId ?? null,
        updatedAt: now,
      }),
    }),
};
