/**
 * Who receives a message about an organization's work: the active grants of that organization, read
 * by `orgId + status` (an index), filtered in memory (an organization has few grants).
 */
import type { Capability, Grant } from '../../shared/grants';
import { C } from './collections';
import type { Doc, Store } from './store/store.port';

type ActiveGrant = Doc & Grant & { userId: string; status: string };

async function activeGrants(store: Store, orgId: string): Promise<ActiveGrant[]> {
  const page = await store.find<ActiveGrant>(C.grants, { where: { orgId, status: 'active' }, limit: 100 });
  return page.items;
}

/** Openids of the organization's cadres holding `capability`, without repeats (minus `except`). */
export async function cadresWith(
  store: Store,
  orgId: string,
  capability: Capability,
  except: { grantId?: string } = {},
): Promise<string[]> {
  const grants = await activeGrants(store, orgId);
  const ids = grants
    .filter((g) => g.role === 'cadre' && g.capabilities.includes(capability) && g.id !== except.grantId)
    .map((g) => g.userId);
  return [...new Set(ids)];
}

/** Openids of the department reviewers of these departments whose grants sit on `orgId`. */
export async function departmentReviewers(
  store: Store,
  orgId: string,
  departments: readonly string[],
  except: { grantId?: string } = {},
): Promise<string[]> {
  const grants = await activeGrants(store, orgId);
  const ids = grants
    .filter(
      (g) =>
        g.role === 'departmentReviewer' &&
        g.department !== undefined &&
        departments.includes(g.department) &&
        g.id !== except.grantId,
    )
    .map((g) => g.userId);
  return [...new Set(ids)];
}

/** An active grant as stored, with what a successor needs (its holder's name, when it was granted). */
export type SuccessorGrant = ActiveGrant & { holderName?: string; grantedAt?: string };

/**
 * The cadres who can take over a revoked grant's assigned items: the other active cadre grants of
 * its organization holding `capability` (not the revoked grant, not its holder), earliest granted
 * first (then by id), so the choice is deterministic.
 */
export async function successorGrants(
  store: Store,
  revoked: { id: string; orgId: string; userId: string },
  capability: Capability,
): Promise<SuccessorGrant[]> {
  const grants = (await activeGrants(store, revoked.orgId)) as SuccessorGrant[];
  return grants
    .filter(
      (g) =>
        g.role === 'cadre' && g.capabilities.includes(capability) && g.id !== revoked.id && g.userId !== revoked.userId,
    )
    .sort((a, b) => (a.grantedAt ?? '').localeCompare(b.grantedAt ?? '') || a.id.localeCompare(b.id));
}
