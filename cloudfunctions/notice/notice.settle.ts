/**
 * The scheduler's side effects of a notice's close, once per notice (`settledAt`): each listed
 * nominee's statement — 公示无异议 when no objection was received in this notice, else the notice
 * report (公示情况报告) — and a message to the publishing organization's cadres that the notice
 * closed (they then close each nomination's notice, `nomination.closeNotice`).
 *
 * Idempotent: the statements and `settledAt` are one conditional update per notice, so two runs
 * (or a late one) settle a notice once; the messages are sent after that commit (at most once: a
 * failed send is logged, never repeated by a later run).
 */
import type { Grant } from '../../shared/grants';
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import { templateId, thing, timeZh } from '../_platform/templates';
import { ConflictError } from '../_platform/store/store.port';
import { UnitOfWork } from '../_platform/unit-of-work';
import { countObjections } from '../objection/objection.counts';
import type { Job } from '../scheduler/scheduler.jobs';
import type { NoticeDoc, NoticeEntry } from './notice.records';

async function cadresOf(ports: Ports, orgId: string): Promise<string[]> {
  const page = await ports.store.find<Grant & { id: string; version: number; userId: string }>(C.grants, {
    where: { orgId, status: 'active' },
    limit: 100,
  });
  return [...new Set(page.items.filter((g) => g.role === 'cadre').map((g) => g.userId))];
}

export async function settleNotice(ports: Ports, doc: NoticeDoc, now: Date): Promise<boolean> {
  const entries: NoticeEntry[] = [];
  for (const e of doc.entries) {
    if (e.status !== 'listed') {
      entries.push(e);
      continue;
    }
    const counts = await countObjections(ports.store, { nominationId: e.nominationId, noticeId: doc.id });
    entries.push({ ...e, statement: counts.received > 0 ? 'noticeReport' : 'noObjection' });
  }
  const at = now.toISOString();
  const uow = new UnitOfWork('scheduler', now);
  uow.updateAudited(C.notices, doc, { entries, settledAt: at, updatedAt: at }, { action: 'notice.settle' });
  try {
    await ports.store.commit(uow.ops);
  } catch (e) {
    // Another run (or a nominee leaving) moved it: the next tick reads it afresh.
    if (e instanceof ConflictError) return false;
    throw e;
  }
  const listed = entries.filter((e) => e.status === 'listed');
  const reports = listed.filter((e) => e.statement === 'noticeReport').length;
  // Read per call (LAOMO_TPL_NOTICE_CLOSED); keywords as README's deploy section lists them.
  const template = templateId('noticeClosed');
  for (const openid of await cadresOf(ports, doc.orgId)) {
    try {
      await ports.notifier.send({
        toOpenid: openid,
        template,
        data: {
          thing1: thing(doc.title),
          time2: timeZh(doc.closesAt),
          number3: String(listed.length),
          thing4: reports > 0 ? `${reports}名人选收到异议` : '公示无异议',
        },
        page: 'selection/pages/notices-admin/index',
      });
    } catch (e) {
      ports.logger.error('notice closed message failed', {
        noticeId: doc.id,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return true;
}

/** Settles the notices that closed and are not settled yet, oldest close first. */
export const settleNotices: Job = {
  name: 'settleNotices',
  async run(ports) {
    const now = ports.clock.now();
    const page = await ports.store.find<NoticeDoc>(C.notices, {
      where: { settledAt: null, closesAt: { lte: now.toISOString() } },
      orderBy: [{ field: 'closesAt', direction: 'asc' }],
      limit: 50,
    });
    let settled = 0;
    for (const doc of page.items) if (await settleNotice(ports, doc, now)) settled++;
    return settled;
  },
};
