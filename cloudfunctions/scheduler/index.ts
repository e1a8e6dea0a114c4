/**
 * CloudBase entry of the `scheduler` function: only its timer trigger runs jobs; a call from a
 * client is refused.
 */
import { productionPorts } from '../_platform/adapters/cloudbase.ports';
import type { Ports } from '../_platform/ports';
import { runJobs } from './scheduler.jobs';

let ports: Ports | undefined;

export async function main(event: unknown): Promise<unknown> {
  const isTimer = typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
  if (!isTimer) return { ok: false, code: 'UNKNOWN_ACTION', message: '暂不支持该操作' };
  ports ??= productionPorts();
  return { ok: true, data: await runJobs(ports), serverTime: ports.clock.now().toISOString() };
}
