/**
 * Subscribe messages (订阅消息) on the client: WeChat sends one only after the user tapped to allow
 * it, one message per acceptance of a template. weapp only (H5 has no subscribe messages).
 */
import Taro from '@tarojs/taro';
import type { CadreSubscribeKey } from '../../shared/actions/identity.schema';
import type { Me } from '../api/identity';

/** WeChat asks for at most three templates in one tap. */
export const MAX_TEMPLATES_PER_ASK = 3;

/** Read per call (tests switch the platform); a build replaces it with a constant. */
export function canSubscribe(): boolean {
  return process.env.TARO_ENV === 'weapp';
}

/**
 * Asks consent for up to three templates; call it from a tap handler, shown only where
 * `canSubscribe()`. Returns the ids the user accepted; a refusal or a failure (H5 has no such API)
 * is not an error: the app shows the same information anyway.
 */
export async function askSubscribe(templateIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(templateIds)].slice(0, MAX_TEMPLATES_PER_ASK);
  if (ids.length === 0) return [];
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] } as never)) as unknown as Record<
      string,
      string
    >;
    return ids.filter((id) => res[id] === 'accept');
  } catch {
    return [];
  }
}

/** The configured templates among `keys`, in that order, from `identity.me` (cadres and reviewers). */
export function templateIdsOf(me: Me | null, keys: readonly CadreSubscribeKey[]): string[] {
  const all = me?.subscribeTemplates ?? [];
  return keys.flatMap((k) => all.filter((t) => t.key === k).map((t) => t.id));
}

/** 待办 asks for what a to-do list brings: new items, near deadlines, items handed over. */
export const TODO_SUBSCRIBE_KEYS: readonly CadreSubscribeKey[] = ['nominationTodo', 'nominationDeadline', 'handover'];
