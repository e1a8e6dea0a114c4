/** The `identity` function: who am I, invitations, grants. */
import { identityActions } from '../../shared/actions/identity.schema';
import type { OutputOf } from '../../shared/api';
import { bindActions } from './bind';

export type Me = OutputOf<'identity', 'me'>;
export type PublicGrant = Me['grants'][number];

export const identity = bindActions('identity', identityActions);
