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
