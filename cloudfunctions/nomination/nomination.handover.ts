/**
 * The nomination step of the grant hand-over (`_platform/handover.ts`). Nomination to-dos belong to
 * the organization whose tier owns the stage, not to a person, so nothing moves: while another
 * active cadre of the organization holds `nomination.review` they simply carry on (outcome `kept`,
 * recorded when items are open). When none is left, the organization's to-dos have nobody: the step
 * records it and tells the parent organization's reviewing cadres (after commit) so they can invite
 * a new one; at the district, with no parent, it is recorded as `unassigned`.
 * A department reviewer's step does the same for the consultations waiting for their department,
 * telling the cadres of the organization the reviewer's grant sits on (the district).
 */
import type { Org } from '../../shared/org';
import type { HandoverOutcome, HandoverStep, RevokedGrant } from '../_platform/handover';
import { C } from '../_platform/collections';
import { cadresWith, departmentReviewers } from '../_platform/recipients';
import type { CallContext } from '../_platform/route';
import type { Doc, Page } from '../_platform/store/store.port';
import { templateId, thing, timeZh } from '../_platform/templates';
import type { NominationDoc } from './nomination.records';

/** The statuses in which a nomination awaits the cadres of its stage's tier (as 待办 reads them). */
const AWAITING_CADRES = ['draft', 'returned', 'submitted', 'inNotice'];
const TODO_PAGE = 'selection/pages/todo/index';

async function notify(ctx: CallContext, to: readonly string[], data: Record<string, string>): Promise<void> {
  const template = templateId('handover');
  ctx.afterCommit(async () => {
    for (const toOpenid of to) {
      try {
        await ctx.ports.notifier.send({ toOpenid, template, data, page: TODO_PAGE });
      } catch (e) {
        ctx.ports.logger.error('notification failed', { template, error: e instanceof Error ? e.message : String(e) });
      }
    }
  });
}

async function cadreStep(ctx: CallContext, grant: RevokedGrant): Promise<HandoverOutcome | null> {
  const store = ctx.ports.store;
  const openItems = await store.count(C.nominations, {
    stageTier: grant.tier,
    status: { in: AWAITING_CADRES },
    orgPathKey: { prefix: grant.orgPathKey },
  });
  const others = (await cadresWith(store, grant.orgId, 'nomination.review', { grantId: grant.id })).filter(
    (id) => id !== grant.userId,
  );
  if (others.length > 0) {
    if (openItems === 0) return null;
    return {
      step: 'nomination',
      outcome: 'kept',
      openItems,
      toOrgId: grant.orgId,
      recipients: others.length,
      note: `「${grant.orgName}」的 ${openItems} 件推荐待办属于本组织，由其余 ${others.length} 名推荐审核干部继续办理`,
    };
  }
  const org = await store.get<Doc & Org>(C.orgs, grant.orgId);
  const parent = org?.parentId ? await store.get<Doc & Org>(C.orgs, org.parentId) : null;
  if (!parent) {
    return {
      step: 'nomination',
      outcome: 'unassigned',
      openItems,
      toOrgId: null,
      recipients: 0,
      note: `「${grant.orgName}」已无推荐审核干部，${openItems} 件推荐待办无人办理，须尽快授权新的干部`,
    };
  }
  const recipients = await cadresWith(store, parent.id, 'nomination.review');
  await notify(ctx, recipients, {
    thing1: thing('推荐审核无人办理，请授权新干部'),
    thing2: thing(grant.orgName),
    number3: String(openItems),
    time4: timeZh(ctx.now.toISOString()),
  });
  return {
    step: 'nomination',
    outcome: 'escalated',
    openItems,
    toOrgId: parent.id,
    recipients: recipients.length,
    note: `「${grant.orgName}」已无推荐审核干部，${openItems} 件推荐待办；已告知「${parent.name}」${recipients.length} 名干部`,
  };
}

async function reviewerStep(
  ctx: CallContext,
  grant: RevokedGrant,
  department: string,
): Promise<HandoverOutcome | null> {
  const store = ctx.ports.store;
  let openItems = 0;
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const found: Page<NominationDoc> = await store.find<NominationDoc>(C.nominations, {
      where: { stageTier: grant.tier, status: 'awaitingConsultation', orgPathKey: { prefix: grant.orgPathKey } },
      limit: 100,
      cursor,
    });
    openItems += found.items.filter(
      (d) =>
        (d.consultation?.required.includes(department) ?? false) &&
        !(d.consultation?.opinions.some((o) => o.department === department) ?? false),
    ).length;
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  const others = (await departmentReviewers(store, grant.orgId, [department], { grantId: grant.id })).filter(
    (id) => id !== grant.userId,
  );
  if (others.length > 0) {
    if (openItems === 0) return null;
    return {
      step: 'nomination',
      outcome: 'kept',
      openItems,
      toOrgId: grant.orgId,
      recipients: others.length,
      note: `${department}的 ${openItems} 件征求意见由本部门其余 ${others.length} 名审核人继续办理`,
    };
  }
  const recipients = await cadresWith(store, grant.orgId, 'nomination.review');
  await notify(ctx, recipients, {
    thing1: thing(`${department}已无审核人`),
    thing2: thing(grant.orgName),
    number3: String(openItems),
    time4: timeZh(ctx.now.toISOString()),
  });
  return {
    step: 'nomination',
    outcome: 'escalated',
    openItems,
    toOrgId: grant.orgId,
    recipients: recipients.length,
    note: `${department}已无部门审核人，${openItems} 件征求意见待签署；已告知「${grant.orgName}」${recipients.length} 名干部`,
  };
}

export const nominationHandover: HandoverStep = {
  name: 'nomination',
  async run(ctx, grant) {
    if (grant.role === 'cadre' && grant.capabilities.includes('nomination.review')) return cadreStep(ctx, grant);
    if (grant.role === 'departmentReviewer' && grant.department) return reviewerStep(ctx, grant, grant.department);
    return null;
  },
};
