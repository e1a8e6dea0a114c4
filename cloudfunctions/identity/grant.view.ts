import type { OutputOf } from '../../shared/api';
import type { Grant } from '../../shared/grants';

type PublicGrant = OutputOf<'identity', 'me'>['grants'][number];

/** What a holder sees of a grant: everything but who granted it. */
export function publicGrant(g: Grant): PublicGrant {
  return {
    id: g.id,
    role: g.role,
    orgId: g.orgId,
    orgPathKey: g.orgPathKey,
    orgName: g.orgName,
    tier: g.tier,
    capabilities: g.capabilities,
    ...(g.department ? { department: g.department } : {}),
    ...(g.modelWorkerId ? { modelWorkerId: g.modelWorkerId } : {}),
    grantedAt: g.grantedAt,
  };
}
