/**
 * Messages about nominations (notifier port: a subscribe message in production, the outbox table
 * locally). Nomination to-dos belong to an organization, not a person:
 * - when a nomination arrives with a new owner — the organization of another tier (sent up, or
 *   returned for correction), or the department reviewers asked for an opinion, or the district
 *   again once they have signed — every cadre of the owning organization who holds
 *   `nomination.review` (the reviewers of the asked departments) gets a 待办 message, after commit;
 *   a move within one organization's own stages sends nothing (they made it);
 * - the scheduler reminds the owners once per nomination per deadline, within a day of the close
 *   of its running notice (a claim row in `reminders` makes a rerun send nothing).
 * Messages carry the stage, the nominating unit and the round, never the nominee's personal data.
 */
import { ancestorIds, inSubtree, TIER_OF_KIND, type Org, type Tier } from '../../shared/org';
import { STAGE_KIND_ZH } from '../../shared/selection/round';
import { isTerminal, type NominationStatus, type TransitionResult } from '../../shared/selection/workflow';
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import { cadresWith, departmentReviewers } from '../_platform/recipients';
import type { CallContext } from '../_platform/route';
import { DuplicateIdError, type Doc, type Page, type Store } from '../_platform/store/store.port';
import { templateId, thing, timeZh } from '../_platform/templates';
import type { Loaded } from './nomination.access';
import type { NominationDoc } from './nomination.records';

type Moved = Extract<TransitionResult, { ok: true }>;

/** The cadre workspace: its home holds 待办. */
export const TODO_PAGE = 'selection/pages/todo/index';
/** A running notice closing within this is near its deadline. */
export const REMINDER_WINDOW_MS = 24 * 3600_000;
const MAX_REMINDER_PAGES = 10;

/** The organization of `tier` on a unit's path (the unit itself at the grassroots). */
export async function orgAtTier(store: Store, orgPathKey: string, tier: Tier): Promise<(Doc & Org) | null> {
  const orgs = await store.getMany<Doc & Org>(C.orgs, ancestorIds(orgPathKey));
  return orgs.find((o) => TIER_OF_KIND[o.kind] === tier && inSubtree(o.pathKey, orgPathKey)) ?? null;
}

function ownerKey(tier: Tier, status: NominationStatus): string {
  return status === 'awaitingConsultation' ? 'reviewers' : `cadres@${tier}`;
}

async function sendAll(
  ports: Ports,
  to: readonly string[],
  template: string,
  data: Record<string, string>,
): Promise<number> {
  let sent = 0;
  for (const toOpenid of to) {
    try {
      await ports.notifier.send({ toOpenid, template, data, page: TODO_PAGE });
      sent++;
    } catch (e) {
      // One refused message (no subscription left, a blocked user) never stops the others.
      ports.logger.error('notification failed', { template, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return sent;
}

/**
 * Called by the workflow for every move: schedules the 待办 message for the new owner, after the
 * move commits. Nothing when the owner stays the same or the file has ended.
 */
export function notifyOnMove(ctx: CallContext, { doc, round }: Loaded, result: Moved): void {
  const to = round.config.stages[result.state.stageIndex];
  const from = round.config.stages[doc.stageIndex];
  if (!to || !from || isTerminal(result.state.status)) return;
  if (ownerKey(from.tier, doc.status) === ownerKey(to.tier, result.state.status)) return;
  const requested = result.effects.flatMap((e) => (e.kind === 'requestConsultation' ? e.departments : []));
  const status = result.state.status;
  const what =
    status === 'returned'
      ? '推荐材料退回补正'
      : status === 'awaitingConsultation'
        ? '推荐人选待签署意见'
        : `推荐人选待${STAGE_KIND_ZH[to.kind]}`;
  const data = {
    thing1: thing(what),
    thing2: thing(doc.orgName),
    thing3: thing(round.config.name),
    time4: timeZh(ctx.now.toISOString()),
  };
  const store = ctx.ports.store;
  ctx.afterCommit(async () => {
    let recipients: string[];
    if (status === 'awaitingConsultation') {
      const district = await orgAtTier(store, doc.orgPathKey, 'district');
      recipients = district ? await departmentReviewers(store, district.id, requested) : [];
    } else {
      const owner = await orgAtTier(store, doc.orgPathKey, to.tier);
      recipients = owner ? await cadresWith(store, owner.id, 'nomination.review') : [];
    }
    await sendAll(ctx.ports, recipients, templateId('nominationTodo'), data);
  });
}

/**
 * The scheduler's job: one reminder per nomination per deadline to the owners of nominations whose
 * running notice closes within REMINDER_WINDOW_MS. Idempotent: the claim row's id is
 * `<nominationId>:<deadlineAt>`, inserted before sending (a rerun, or a second instance, finds it
 * and sends nothing; a moved deadline is a new one). Returns the reminders claimed.
 */
export async function remindNearDeadlines(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const until = new Date(now.getTime() + REMINDER_WINDOW_MS).toISOString();
  let claimed = 0;
  let cursor: string | null = null;
  for (let page = 0; page < MAX_REMINDER_PAGES; page++) {
    const found: Page<NominationDoc> = await ports.store.find<NominationDoc>(C.nominations, {
      where: { status: 'inNotice', deadlineAt: { gt: now.toISOString(), lte: until } },
      orderBy: [{ field: 'deadlineAt', direction: 'asc' }],
      limit: 100,
      cursor,
    });
    for (const doc of found.items) {
      if (!doc.deadlineAt) continue;
      try {
        await ports.store.insert(C.reminders, {
          id: `${doc.id}:${doc.deadlineAt}`,
          nominationId: doc.id,
          deadlineAt: doc.deadlineAt,
          createdAt: now.toISOString(),
        });
      } catch (e) {
        if (e instanceof DuplicateIdError) continue;
        throw e;
      }
      claimed++;
      const owner = await orgAtTier(ports.store, doc.orgPathKey, doc.stageTier);
      const recipients = owner ? await cadresWith(ports.store, owner.id, 'nomination.review') : [];
      await sendAll(ports, recipients, templateId('nominationDeadline'), {
        thing1: thing(`${STAGE_KIND_ZH[doc.stageKind]}即将结束，请及时办理`),
        thing2: thing(doc.orgName),
        time3: timeZh(doc.deadlineAt),
      });
    }
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  return claimed;
}
