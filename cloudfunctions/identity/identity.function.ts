/** The `identity` function: routes of its actions, composed with whatever ports it is given. */
import { identityActions } from '../../shared/actions/identity.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { listGrants, me, revokeGrant } from './grant.service';
import { createInvitation, redeemInvitation } from './invitation.service';
import { redeemSetupCode } from './setup.service';

/** Guessing codes is slow: ten tries per caller per hour. */
const CODE_TRIES = { max: 10, windowSeconds: 3600 };

export const identityRoutes: RouteTable<'identity'> = {
  me: { loadGrants: true, handle: (ctx) => me(ctx) },
  redeemInvitation: { idempotent: true, rateLimit: CODE_TRIES, handle: redeemInvitation },
  redeemSetupCode: { idempotent: true, rateLimit: CODE_TRIES, handle: redeemSetupCode },
  createInvitation: { idempotent: true, handle: createInvitation },
  listGrants: { handle: listGrants },
  revokeGrant: { idempotent: true, handle: revokeGrant },
};

export function createIdentityFunction(ports: Ports): FunctionHandler {
  return createHandler('identity', identityActions, identityRoutes, ports);
}
