/** Who the caller is (name and grants), reloadable after redeeming a code or switching persona. */
import { identity, type Me } from '../api/identity';
import { useRequest, type RequestResult } from './use-request';

export function useMe(): RequestResult<Me> {
  return useRequest(() => identity.me({}), []);
}
