/** The cadre pages: who I am, and the grant this page acts under (`?grant=` or my first eligible one). */
import { useRouter } from '@tarojs/taro';
import type { Capability } from '../../shared/grants';
import type { Me, PublicGrant } from '../api/identity';
import { chooseGrant } from '../lib/cadre';
import { useMe } from './use-me';
import type { RequestResult } from './use-request';

export interface CadreContext {
  me: RequestResult<Me>;
  /** `null` while loading, or when I hold no cadre grant with `capability`. */
  grant: PublicGrant | null;
}

export function useCadreGrant(capability: Capability): CadreContext {
  const me = useMe();
  const grantId = useRouter().params.grant;
  return { me, grant: chooseGrant(me.data, capability, grantId) };
}
