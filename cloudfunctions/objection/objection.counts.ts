/**
 * What the nomination workflow reads of the objections to a nominee: used by closeNotice (the
 * notice's own objections) and by confer / submitUpward (late objections still open).
 */
import { C } from '../_platform/collections';
import { MAX_PAGE, type Store } from '../_platform/store/store.port';
import type { ObjectionCounts, ObjectionDoc } from './objection.records';

export async function countObjections(
  store: Store,
  q: { nominationId: string; noticeId?: string },
): Promise<ObjectionCounts> {
  // A nominee has few objections: usually one page.
  const all: ObjectionDoc[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.find<ObjectionDoc>(C.objections, {
      where: { nominationId: q.nominationId },
      orderBy: [{ field: 'createdAt', direction: 'asc' }],
      limit: MAX_PAGE,
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const inNotice = q.noticeId ? all.filter((o) => o.noticeId === q.noticeId) : all;
  return {
    received: inNotice.length,
    open: inNotice.filter((o) => o.status !== 'concluded').length,
    substantiated: inNotice.some((o) => o.finding === 'substantiated' || o.finding === 'partlySubstantiated'),
    lateOpen: all.filter((o) => o.late && o.status !== 'concluded').length,
  };
}
