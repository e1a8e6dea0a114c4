/** Turns one function's action table into typed calls: `content.listStories(input)`. */
import type * as z from 'zod/mini';
import type { ActionMap, FunctionName, FUNCTIONS } from '../../shared/api';
import type { Reply } from '../../shared/envelope';
import { callAction, type CallOptions } from './transport';

export type BoundActions<M extends ActionMap> = {
  [A in keyof M & string]: (
    input: z.input<M[A]['input']>,
    options?: CallOptions,
  ) => Promise<Reply<z.output<M[A]['output']>>>;
};

/**
 * Each api module passes its own action table (not the whole registry), so a page that only reads
 * stories does not bundle the schemas of every other function.
 */
export function bindActions<F extends FunctionName>(
  name: F,
  actions: (typeof FUNCTIONS)[F],
): BoundActions<(typeof FUNCTIONS)[F]> {
  const bound: Record<string, unknown> = {};
  for (const action of Object.keys(actions)) {
    const spec = (actions as ActionMap)[action];
    bound[action] = (input: unknown, options?: CallOptions) => callAction(name, action, spec, input as never, options);
  }
  return bound as BoundActions<(typeof FUNCTIONS)[F]>;
}
