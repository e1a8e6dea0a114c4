/**
 * The scheduler's feedback jobs, both idempotent:
 * - `recheckFeedback`: items whose content check failed when sent are checked again; `pass` and
 *   `review` settle them, `risky` refuses them and removes their text; a check that fails again
 *   leaves them pending for the next tick.
 * - `eraseExpiredFeedback`: the personal data of items finished more than the retention period ago
 *   (shared/privacy.ts) is erased.
 */
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import { UnitOfWork } from '../_platform/unit-of-work';
import type { Job } from '../scheduler/scheduler.jobs';
import { checkOrQueue, textOf } from './feedback.check';
import { eraseAtFrom, erasure, PERSONAL_FIELDS, type FeedbackDoc } from './feedback.records';

const BATCH = 50;

export const recheckFeedback: Job = {
  name: 'recheckFeedback',
  async run(ports: Ports) {
    const page = await ports.store.find<FeedbackDoc>(C.feedback, {
      where: { checkStatus: 'pending' },
      orderBy: [{ field: 'createdAt', direction: 'asc' }],
      limit: BATCH,
    });
    let changed = 0;
    for (const item of page.items) {
      const verdict = await checkOrQueue(ports, textOf(item), item.senderOpenid ?? null);
      if (verdict === 'pending') continue;
      const now = ports.clock.now();
      const uow = new UnitOfWork('scheduler', now);
      if (verdict === 'risky') {
        uow.updateAudited(
          C.feedback,
          item,
          {
            checkStatus: 'risky',
            status: 'refused',
            content: null,
            lead: null,
            closedAt: now.toISOString(),
            eraseAt: eraseAtFrom(now),
            updatedAt: now.toISOString(),
          },
          { action: 'feedback.refuse', reason: 'content check: risky' },
          ['senderOpenid'],
        );
      } else {
        uow.updateAudited(
          C.feedback,
          item,
          { checkStatus: verdict, updatedAt: now.toISOString() },
          { action: 'feedback.check' },
          ['senderOpenid'],
        );
      }
      try {
        // One item per commit: a conflict (a cadre acted meanwhile) only skips that item until the next tick.
        await ports.store.commit(uow.ops);
        changed++;
      } catch (e) {
        ports.logger.error('feedback recheck not saved', {
          id: item.id,
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }
    return changed;
  },
};

export const eraseExpiredFeedback: Job = {
  name: 'eraseExpiredFeedback',
  async run(ports: Ports) {
    const now = ports.clock.now();
    const page = await ports.store.find<FeedbackDoc>(C.feedback, {
      where: { eraseAt: { lte: now.toISOString() } },
      orderBy: [{ field: 'eraseAt', direction: 'asc' }],
      limit: BATCH,
    });
    if (page.items.length === 0) return 0;
    const uow = new UnitOfWork('scheduler', now);
    const { set, unset } = erasure(now);
    for (const item of page.items)
      uow.updateAudited(C.feedback, item, set, { action: 'feedback.expire', fields: [...PERSONAL_FIELDS] }, unset);
    await ports.store.commit(uow.ops);
    return page.items.length;
  },
};
