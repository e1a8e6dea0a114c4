/**
 * The CloudBase `main(event, context)` of every function. The SDK is initialised once per
 * instance, lazily on the first call, so nothing does I/O at module load (cold start).
 * Identity comes from the platform context through the SDK, never from the event.
 */
import * as z from 'zod/mini';
import { zhCN } from 'zod/v4/locales';
import type { Reply } from '../../shared/envelope';
import { openidFromContext, productionPorts } from './adapters/cloudbase.ports';
import type { FunctionHandler } from './entry';
import type { Ports } from './ports';

z.config(zhCN());

export function cloudbaseMain(
  factory: (ports: Ports) => FunctionHandler,
): (event: unknown, context: unknown) => Promise<Reply<unknown>> {
  let handler: FunctionHandler | undefined;
  return async (event, context) => {
    handler ??= factory(productionPorts());
    return handler(event, { openid: openidFromContext(context) });
  };
}
