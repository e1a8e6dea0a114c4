/**
 * Subtree checks: the policy table decided *who* may call an action; these decide *where*.
 * A grant at an organization reaches that organization and everything below it.
 */
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { inSubtree } from '../../shared/org';

/** The first of the caller's (policy-selected) grants whose subtree holds the target; else FORBIDDEN. */
export function requireOver(
  grants: readonly Grant[],
  targetPathKey: string,
  opts: { strictlyBelow?: boolean } = {},
): Grant {
  const grant = grants.find(
    (g) => inSubtree(g.orgPathKey, targetPathKey) && (!opts.strictlyBelow || g.orgPathKey !== targetPathKey),
  );
  if (!grant) throw new AppError('FORBIDDEN');
  return grant;
}

export function requireSignedIn(openid: string | null): string {
  if (!openid) throw new AppError('UNAUTHENTICATED');
  return openid;
}
