/**
 * The content check of feedback and leads. A check that fails or takes too long never loses the
 * submission: the item is stored with `checkStatus: 'pending'` (and the openid WeChat's check needs),
 * and the scheduler's `recheckFeedback` job checks it again (feedback.jobs.ts).
 */
import type { Lead } from '../../shared/actions/feedback.schema';
import type { ContentVerdict, Ports } from '../_platform/ports';

/** WeChat's msgSecCheck usually answers in well under a second; past this, the item is queued. */
export const CHECK_TIMEOUT_MS = 3_000;

export function textOf(item: { content: string | null; lead: Lead | null }): string {
  return item.lead ? [item.lead.name, item.lead.unit, item.lead.reason].join('\n') : (item.content ?? '');
}

export async function checkOrQueue(
  ports: Ports,
  text: string,
  openid: string | null,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<ContentVerdict | 'pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`content check timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    return await Promise.race([ports.contentCheck.check(text.slice(0, 2500), openid), timeout]);
  } catch (e) {
    ports.logger.error('content check failed; queued for the scheduler', {
      error: e instanceof Error ? e.message : String(e),
    });
    return 'pending';
  } finally {
    if (timer) clearTimeout(timer);
  }
}
