/** The active grants at one organization, for the granter to review and revoke. */
import { identity } from '../api/identity';
import type { OutputOf } from '../../shared/api';
import { failure } from '../api/transport';
import { useRequest, type RequestResult } from './use-request';

export type GrantItem = OutputOf<'identity', 'listGrants'>['items'][number];

export function useGrantList(orgId: string | null): RequestResult<{ items: GrantItem[] }> {
  return useRequest(() => (orgId ? identity.listGrants({ orgId }) : Promise.resolve(failure('NOT_FOUND'))), [orgId]);
}
