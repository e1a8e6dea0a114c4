/**
 * The scheduler's jobs. Each is idempotent: running it twice, or late, has the same effect as
 * running it once on time. Status that depends on time (an expired invitation, an open notice) is
 * derived from stored instants and the clock; jobs only make it visible and send messages.
 */
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import { UnitOfWork } from '../_platform/unit-of-work';
import type { InvitationDoc } from '../identity/identity.records';
import { deleteExpiredExports } from '../nomination/export.jobs';
import { remindNearDeadlines } from '../nomination/nomination.notify';
import { settleNotices } from '../notice/notice.settle';
import { eraseExpiredFeedback, recheckFeedback } from '../feedback/feedback.jobs';
import { eraseObjectorIdentities, recheckObjectionContent } from '../objection/objection.jobs';

export interface JobReport {
  job: string;
  changed: number;
}

export interface Job {
  name: string;
  run(ports: Ports): Promise<number>;
}

/** Marks open invitations past their expiry as expired (a redeem already refuses them). */
export const expireInvitations: Job = {
  name: 'expireInvitations',
  async run(ports) {
    const now = ports.clock.now();
    const page = await ports.store.find<InvitationDoc>(C.invitations, {
      where: { status: 'open', expiresAt: { lte: now.toISOString() } },
      orderBy: [{ field: 'expiresAt', direction: 'asc' }],
      limit: 100,
    });
    if (page.items.length === 0) return 0;
    const uow = new UnitOfWork('scheduler', now);
    for (const inv of page.items)
      uow.updateAudited(C.invitations, inv, { status: 'expired' }, { action: 'invitation.expire' });
    await ports.store.commit(uow.ops);
    return page.items.length;
  },
};

/** Objections: the content re-check of `pending` filings; identities past their retention. */
const objectionJobs: Job[] = [
  { name: 'recheckObjectionContent', run: recheckObjectionContent },
  { name: 'eraseObjectorIdentities', run: eraseObjectorIdentities },
];

/** One reminder per nomination per deadline, within a day of its running notice's close (idempotent). */
export const remindNominationDeadlines: Job = { name: 'remindNominationDeadlines', run: remindNearDeadlines };

export const JOBS: readonly Job[] = [
  expireInvitations,
  remindNominationDeadlines,
  recheckFeedback,
  eraseExpiredFeedback,
  settleNotices,
  ...objectionJobs,
  deleteExpiredExports,
];

export async function runJobs(ports: Ports, jobs: readonly Job[] = JOBS): Promise<JobReport[]> {
  const reports: JobReport[] = [];
  for (const job of jobs) {
    try {
      reports.push({ job: job.name, changed: await job.run(ports) });
    } catch (e) {
      // One failing job never stops the others; the next tick retries it.
      ports.logger.error('scheduler job failed', { job: job.name, error: e instanceof Error ? e.message : String(e) });
      reports.push({ job: job.name, changed: -1 });
    }
  }
  return reports;
}
