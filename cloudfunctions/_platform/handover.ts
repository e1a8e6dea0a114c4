/**
 * Hand-over on grant revocation. When a cadre's (or a department reviewer's) grant is revoked, each
 * registered step looks at what that grant left open in its area and hands it on, inside
 * `identity.revokeGrant`'s unit of work: writes go into `ctx.uow`, messages into `ctx.afterCommit`,
 * so nothing is handed over unless the revocation commits. What the steps did is recorded as one
 * audited `handovers` row (with the revocation's reason), so the hand-over is on an audit chain.
 *
 * Areas whose open items have a person as assignee (objection cases, feedback, leads) register a step
 * built on `handOverAssigned` (`handover.assigned.ts`): the items assigned through the revoked grant
 * go to the earliest granted other cadre of its organization with the area's capability, or are
 * unassigned when nobody qualifies, each change audited on the item's chain. Nomination to-dos belong to
 * the organization, not to a person: its step (`nomination.handover.ts`) escalates only when no
 * reviewer is left.
 */
import type { Capability, Grant } from '../../shared/grants';
import { feedbackHandover, leadHandover } from '../feedback/feedback.handover';
import { nominationHandover } from '../nomination/nomination.handover';
import { objectionHandover } from '../objection/objection.handover';
import { C } from './collections';
import { successorGrants } from './recipients';
import type { CallContext } from './route';

/** The revoked grant as stored (its holder included). */
export type RevokedGrant = Grant & { userId: string; holderName: string };

export interface HandoverOutcome {
  step: string;
  /**
   * kept: other holders of the organization carry on (the items are the organization's);
   * reassigned: items moved to named successors; escalated: nobody left, the parent organization
   * was told; unassigned: nobody left and no parent to tell (the district).
   */
  outcome: 'kept' | 'reassigned' | 'escalated' | 'unassigned';
  openItems: number;
  /** Where the items or the message went, and to how many people. */
  toOrgId: string | null;
  /** reassigned: the successor's grant. */
  toGrantId?: string;
  recipients: number;
  /** In Chinese, for the record and the timeline. */
  note: string;
}

export interface HandoverStep {
  name: string;
  /** Null when the grant left nothing open in this area and nothing needs saying. */
  run(ctx: CallContext, grant: RevokedGrant, reason: string): Promise<HandoverOutcome | null>;
}

/** The registry: every area with open items adds its step here. */
export const HANDOVER_STEPS: readonly HandoverStep[] = [
  nominationHandover,
  objectionHandover,
  feedbackHandover,
  leadHandover,
];

/**
 * Other active cadres of the grant's organization holding `capability`, earliest granted first
 * (the order `handOverAssigned` picks its successor by), for steps that reassign.
 */
export function successors(ctx: CallContext, grant: RevokedGrant, capability: Capability): Promise<string[]> {
  return successorGrants(ctx.ports.store, grant, capability).then((gs) => [...new Set(gs.map((g) => g.userId))]);
}

/**
 * Runs every step for a revoked grant and records their outcomes (audited, with the revocation's
 * reason). Returns the outcomes; none recorded when no step had anything to say.
 */
export async function handOver(
  ctx: CallContext,
  grant: RevokedGrant,
  reason: string,
  steps: readonly HandoverStep[] = HANDOVER_STEPS,
): Promise<HandoverOutcome[]> {
  const outcomes: HandoverOutcome[] = [];
  for (const step of steps) {
    const outcome = await step.run(ctx, grant, reason);
    if (outcome) outcomes.push(outcome);
  }
  if (outcomes.length > 0) {
    ctx.uow.insertAudited(
      C.handovers,
      {
        id: `handover-${grant.id}`,
        grantId: grant.id,
        role: grant.role,
        orgId: grant.orgId,
        orgPathKey: grant.orgPathKey,
        steps: outcomes,
        createdAt: ctx.now.toISOString(),
      },
      { action: 'handover.record', reason },
    );
  }
  return outcomes;
}
