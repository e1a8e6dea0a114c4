/**
 * The hand-over of items assigned to a person (objection cases, feedback, leads), shared by the
 * areas' steps: every open item assigned through the revoked grant goes to the first of
 * `successorGrants` (the earliest granted other cadre of the grant's organization holding the
 * area's capability), or, when nobody qualifies, is unassigned so the remaining cadres of the line
 * see it as 未分派. Each change is an audited update of the item (the area's action, the
 * revocation's reason) in the revocation's unit of work; the successor is told after commit.
 * Bounded: at most MAX_PAGES pages of PAGE items per area and revocation; the outcome says how
 * many were left over (they keep their assignee and can be reassigned by hand).
 */
import type { Capability } from '../../shared/grants';
import type { AuditedFields } from './audit';
import type { HandoverOutcome, RevokedGrant } from './handover';
import { successorGrants, type SuccessorGrant } from './recipients';
import type { CallContext } from './route';
import type { DocBase, Page, Where } from './store/store.port';
import { templateId, thing, timeZh } from './templates';

const PAGE = 100;
const MAX_PAGES = 5;

export interface AssignedArea<T extends DocBase & AuditedFields> {
  /** The outcome's step name. */
  step: string;
  collection: string;
  /** Open items assigned through the revoked grant (must use a declared index). */
  where: (grant: RevokedGrant) => Where;
  capability: Capability;
  /** What the items are called, in Chinese (异议案件, 意见反馈, 推荐线索). */
  itemsZh: string;
  /** The audit action of each item's change. */
  action: string;
  /** The page the successor's message opens. */
  page: string;
  /** The fields that assign the item to `to` (null: unassigned). */
  assign: (item: T, to: Assignee | null, now: string) => Record<string, unknown>;
}

export type Assignee = { userId: string; grantId: string; name: string };

export const assigneeOf = (g: SuccessorGrant): Assignee => ({
  userId: g.userId,
  grantId: g.id,
  name: g.holderName && g.holderName.length > 0 ? g.holderName : `${g.orgName}工作人员`,
});

export async function handOverAssigned<T extends DocBase & AuditedFields>(
  ctx: CallContext,
  grant: RevokedGrant,
  reason: string,
  area: AssignedArea<T>,
): Promise<HandoverOutcome | null> {
  if (grant.role !== 'cadre') return null;
  const store = ctx.ports.store;
  const where = area.where(grant);
  const openItems = await store.count(area.collection, where);
  if (openItems === 0) return null;
  const [next] = await successorGrants(store, grant, area.capability);
  const to = next ? assigneeOf(next) : null;
  const now = ctx.now.toISOString();
  let moved = 0;
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    // The writes wait in the unit of work: the pages read the store as it was, so the cursor holds.
    const found: Page<T> = await store.find<T>(area.collection, { where, limit: PAGE, cursor });
    for (const item of found.items) {
      ctx.uow.updateAudited(area.collection, item, area.assign(item, to, now), { action: area.action, reason });
      moved++;
    }
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  const left = openItems > moved ? `；另有 ${openItems - moved} 件超出单次交接上限，请在列表中重新分派` : '';
  if (!to) {
    return {
      step: area.step,
      outcome: 'unassigned',
      openItems,
      toOrgId: null,
      recipients: 0,
      note: `「${grant.orgName}」已无其他可办理${area.itemsZh}的干部，「${grant.holderName}」承办的 ${moved} 件${area.itemsZh}已取消分派，显示为未分派${left}`,
    };
  }
  const template = templateId('handover');
  const data = {
    thing1: thing(`${area.itemsZh}转交您办理`),
    thing2: thing(grant.orgName),
    number3: String(moved),
    time4: timeZh(now),
  };
  ctx.afterCommit(async () => {
    try {
      await ctx.ports.notifier.send({ toOpenid: to.userId, template, data, page: area.page });
    } catch (e) {
      ctx.ports.logger.error('notification failed', { template, error: e instanceof Error ? e.message : String(e) });
    }
  });
  return {
    step: area.step,
    outcome: 'reassigned',
    openItems,
    toOrgId: grant.orgId,
    toGrantId: to.grantId,
    recipients: 1,
    note: `「${grant.holderName}」承办的 ${moved} 件${area.itemsZh}已转交「${to.name}」办理${left}`,
  };
}
