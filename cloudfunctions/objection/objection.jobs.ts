/**
 * The objection function's scheduler jobs (run by the `scheduler` function; idempotent).
 *
 * - recheckObjectionContent: a filing whose content check threw or timed out was stored with
 *   `contentCheck: 'pending'` (never lost). Each tick checks up to 50 again: `pass` / `review`
 *   are stored; `risky` cannot be refused any more (the objection is a case), so it becomes
 *   `review` with `contentRisky` for the handling cadre; a new failure stays pending (attempts
 *   counted, logged).
 * - eraseObjectorIdentities: at `identityEraseAt` (conclusion + the retention period) the
 *   identity's values are blanked and the case unlinked from its filer.
 */
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import { UnitOfWork } from '../_platform/unit-of-work';
import { eraseIdentity } from './objection.access';
import type { ObjectionDoc, ObjectorIdentityDoc } from './objection.records';

const BATCH = 50;

export async function recheckObjectionContent(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const page = await ports.store.find<ObjectionDoc>(C.objections, {
    where: { contentCheck: 'pending' },
    orderBy: [{ field: 'createdAt', direction: 'asc' }],
    limit: BATCH,
  });
  let changed = 0;
  for (const doc of page.items) {
    const uow = new UnitOfWork('scheduler', now);
    let set: Partial<ObjectionDoc>;
    try {
      const verdict = await ports.contentCheck.check(`${doc.facts}\n${doc.leads}`.slice(0, 2500), null);
      set = verdict === 'risky' ? { contentCheck: 'review', contentRisky: true } : { contentCheck: verdict };
    } catch (e) {
      ports.logger.error('objection content re-check failed', {
        objectionId: doc.id,
        attempts: (doc.contentCheckAttempts ?? 0) + 1,
        error: e instanceof Error ? e.message : String(e),
      });
      set = { contentCheckAttempts: (doc.contentCheckAttempts ?? 0) + 1 };
    }
    uow.updateAudited(C.objections, doc, set, { action: 'objection.contentRecheck' });
    try {
      await ports.store.commit(uow.ops);
      if (set.contentCheck) changed++;
    } catch (e) {
      // Moved meanwhile (a cadre acted): the next tick reads it again.
      ports.logger.info('objection content re-check skipped', { objectionId: doc.id, error: String(e) });
    }
  }
  return changed;
}

export async function eraseObjectorIdentities(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const page = await ports.store.find<ObjectionDoc>(C.objections, {
    where: { identityErasedAt: null, identityEraseAt: { lte: now.toISOString() } },
    orderBy: [{ field: 'identityEraseAt', direction: 'asc' }],
    limit: BATCH,
  });
  let changed = 0;
  for (const doc of page.items) {
    const identity = await ports.store.get<ObjectorIdentityDoc>(C.objectorIdentities, doc.id);
    const uow = new UnitOfWork('scheduler', now);
    eraseIdentity(uow, doc, identity, now.toISOString(), 'retention');
    try {
      await ports.store.commit(uow.ops);
      changed++;
    } catch (e) {
      ports.logger.info('objector identity erasure skipped', { objectionId: doc.id, error: String(e) });
    }
  }
  return changed;
}
