/**
 * Hand-over on grant revocation. When a cadre's (or a department reviewer's) grant is revoked, each
 * registered step looks at what that grant left open in its area and hands it on, inside
 * `identity.revokeGrant`'s unit of work: writes go into `ctx.uow`, messages into `ctx.afterCommit`,
 * so nothing is handed over unless the revocation commits. What the steps did is recorded as one
 * audited `handovers` row (with the revocation's reason), so the hand-over is on an audit chain.
 *
 * Areas whose open items have a person as assignee (objection cases, feedback) register a step that
 * reassigns them to `successors(...)[0]` and says so in its outcome. Nomination to-dos belong to
 * the organization, not to a person: its step (`nomination.handover.ts`) escalates only when no
 * reviewer is left.
 */
import type { Capability, Grant } from '../../shared/grants';
import { nominationHandover } from '../nomination/nomination.handover';
import { C } from './collections';
import { cadresWith } from './recipients';
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
  recipients: number;
  /** In Chinese, for the record and the timeline. */
  note: string;
}

export interface HandoverStep {
  name: string;
  /** Null when the grant left nothing open in this area and nothing needs saying. */
  run(ctx: CallContext, grant: RevokedGrant): Promise<HandoverOutcome | null>;
}

/** The registry: every area with open items adds its step here. */
export const HANDOVER_STEPS: readonly HandoverStep[] = [nominationHandover];

/** Other active cadres of the grant's organization holding `capability`, for steps that reassign. */
export function successors(ctx: CallContext, grant: RevokedGrant, capability: Capability): Promise<string[]> {
  return cadresWith(ctx.ports.store, grant.orgId, capability, { grantId: grant.id }).then((ids) =>
    ids.filter((id) => id !== grant.userId),
  );
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
    const outcome = await step.run(ctx, grant);
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
