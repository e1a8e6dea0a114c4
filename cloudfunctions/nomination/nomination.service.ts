/**
 * Nomination forms: drafts (created and edited while a draft or returned, as often as the cadre
 * likes), the file with its timeline from the audit chain, lists within the caller's subtree, and
 * the 待办 list.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { NominationForm } from '../../shared/actions/nomination.schema';
import { noticeStatus } from '../../shared/calendar/notice-period';
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { inSubtree, TIER_OF_KIND, type Org } from '../../shared/org';
import { maskIdNumber } from '../../shared/selection/id-number';
import { initialState, transition, type NominationStatus } from '../../shared/selection/workflow';
import type { AuditEntry } from '../_platform/audit';
import { recordKeyOf } from '../_platform/audit';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Doc, Page, Where } from '../_platform/store/store.port';
import type { UserDoc } from '../identity/identity.records';
import { loadForAction, loadNominationDoc, loadRound, prepareForm, readingGrant, run } from './nomination.access';
import type { NominationDoc, NomineeIdentityDoc, RoundDoc } from './nomination.records';
import { actorOf, presentNomination, presentRow, runningNotice, stateFields } from './nomination.view';

type Actions = typeof import('../../shared/actions/nomination.schema').nominationActions;
type In<A extends keyof Actions> = ParsedInputOf<'nomination', A>;
type Out<A extends keyof Actions> = OutputOf<'nomination', A>;

/** A new file at the round's first stage, in draft (also a replacement's). */
export function newNominationDoc(
  ctx: CallContext,
  round: RoundDoc,
  org: { id: string; pathKey: string; name: string },
  form: NominationForm,
): Omit<NominationDoc, 'version'> {
  const now = ctx.now.toISOString();
  return {
    id: ctx.ports.random.id(),
    roundId: round.id,
    orgId: org.id,
    orgPathKey: org.pathKey,
    orgName: org.name,
    ...stateFields(round, null, initialState(), ctx.now),
    deadlineAt: null,
    form,
    name: form.name ?? '',
    titleSought: form.titleSought ?? '',
    idNumberMasked: null,
    recommendation: null,
    partyConsents: [],
    notices: [],
    consultation: null,
    inspection: null,
    determination: null,
    conferral: null,
    submission: null,
    replaces: null,
    replacedBy: null,
    holdsSeat: true,
    createdAt: now,
    updatedAt: now,
  };
}

function badField(path: string, message: string): AppError {
  return new AppError('BAD_REQUEST', message, { issues: [{ path: [path], message }] });
}

function changedFormFields(before: NominationForm, after: NominationForm): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof NominationForm>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => `form.${k}`);
}

// ---------------------------------------------------------------------------------------------
// Drafts

/**
 * Creates a draft, or edits one while it is a draft or returned for correction. Plain draft saves
 * are not audited (architecture: draft saves are not); the creation, corrections of a returned
 * file and every change of the ID number are, by field name only.
 */
export async function saveDraft(ctx: CallContext, input: In<'saveDraft'>): Promise<Out<'saveDraft'>> {
  if (!input.id) return createDraft(ctx, input);
  if (input.version === undefined) throw badField('version', '缺少版本号');
  const loaded = await loadForAction(ctx, { id: input.id, version: input.version });
  const { doc, round } = loaded;
  if (input.roundId !== undefined && input.roundId !== doc.roundId) throw badField('roundId', '不能更换所属评选');
  if (input.orgId !== undefined && input.orgId !== doc.orgId) throw badField('orgId', '不能更换推荐单位');
  run(loaded, 'saveDraft', {});
  const form = await prepareForm(ctx, input.form, round, doc);
  const now = ctx.now.toISOString();
  const set: Partial<NominationDoc> = {
    form,
    name: form.name ?? '',
    titleSought: form.titleSought ?? '',
    updatedAt: now,
  };
  const fields = changedFormFields(doc.form, form);
  const identity =
    input.idNumber === undefined
      ? undefined
      : await ctx.ports.store.get<NomineeIdentityDoc>(C.nomineeIdentities, doc.id);
  if (input.idNumber !== undefined) {
    set.idNumberMasked = input.idNumber === null ? null : maskIdNumber(input.idNumber);
    fields.push('idNumber');
  }
  // The nomination's conditional update goes first: a concurrent save is reported on it.
  if (doc.status === 'returned' || input.idNumber !== undefined) {
    ctx.uow.updateAudited(C.nominations, doc, set, { action: 'nomination.edit', fields: [...fields, 'updatedAt'] });
  } else {
    ctx.uow.update(C.nominations, doc, set);
  }
  if (input.idNumber !== undefined) writeIdentity(ctx, doc.id, identity ?? null, input.idNumber);
  const next: NominationDoc = { ...doc, ...set, version: doc.version + 1 };
  return { nomination: presentNomination(ctx.ports, next, round, loaded.grant, ctx.now) };
}

function writeIdentity(
  ctx: CallContext,
  id: string,
  existing: NomineeIdentityDoc | null,
  idNumber: string | null,
): void {
  const updatedAt = ctx.now.toISOString();
  if (existing) ctx.uow.update(C.nomineeIdentities, existing, { idNumber, updatedAt });
  else if (idNumber !== null) ctx.uow.insert(C.nomineeIdentities, { id, idNumber, updatedAt });
}

async function createDraft(ctx: CallContext, input: In<'saveDraft'>): Promise<Out<'saveDraft'>> {
  if (!input.roundId) throw badField('roundId', '请选择评选');
  if (!input.orgId) throw badField('orgId', '请选择推荐单位');
  const round = await loadRound(ctx, input.roundId);
  if (round.status !== 'open') throw new AppError('WRONG_STATUS', '本届评选尚未开放推荐或已结束');
  const org = await ctx.ports.store.get<Doc & Org>(C.orgs, input.orgId);
  if (!org || org.status !== 'active') throw new AppError('NOT_FOUND', '组织不存在或已撤销');
  const cadres = ctx.grants.filter((g) => g.role === 'cadre');
  requireOver(cadres, org.pathKey);
  const first = round.config.stages[0]!;
  if (TIER_OF_KIND[org.kind] !== first.tier) throw badField('orgId', '推荐单位须为基层工会');
  const inReach = cadres.filter((g) => inSubtree(g.orgPathKey, org.pathKey));
  const grant = inReach.find((g) => g.tier === first.tier) ?? inReach[0]!;
  const allowed = transition(round.config, initialState(), 'saveDraft', actorOf(grant));
  if (!allowed.ok) throw new AppError(allowed.code, allowed.message);

  const form = await prepareForm(ctx, input.form, round, null);
  const doc = newNominationDoc(ctx, round, { id: org.id, pathKey: org.pathKey, name: org.name }, form);
  if (input.idNumber) doc.idNumberMasked = maskIdNumber(input.idNumber);
  ctx.uow.insertAudited(C.nominations, doc, { action: 'nomination.create' });
  if (input.idNumber) writeIdentity(ctx, doc.id, null, input.idNumber);
  return { nomination: presentNomination(ctx.ports, { ...doc, version: 1 }, round, grant, ctx.now) };
}

// ---------------------------------------------------------------------------------------------
// Reading

const MAX_TIMELINE_PAGES = 10;

/** The file, with its timeline from the audit chain (who did what, when, why). */
export async function getNomination(ctx: CallContext, input: In<'getNomination'>): Promise<Out<'getNomination'>> {
  const doc = await loadNominationDoc(ctx, input.id);
  const round = await loadRound(ctx, doc.roundId);
  const grant = readingGrant(ctx, doc, round);

  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_TIMELINE_PAGES; page++) {
    const found: Page<Doc & AuditEntry> = await ctx.ports.store.find<Doc & AuditEntry>(C.audit, {
      where: { recordKey: recordKeyOf(C.nominations, doc.id) },
      orderBy: [
        { field: 'recordKey', direction: 'asc' },
        { field: 'seq', direction: 'asc' },
      ],
      limit: 100,
      cursor,
    });
    entries.push(...found.items);
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  const actorIds = [...new Set(entries.map((e) => e.actor))];
  const users = actorIds.length > 0 ? await ctx.ports.store.getMany<UserDoc>(C.users, actorIds) : [];
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const actorName = (actor: string) => names.get(actor) ?? (actor === 'seed' ? '系统（演示数据）' : '未知用户');

  return {
    nomination: presentNomination(ctx.ports, doc, round, grant, ctx.now),
    timeline: entries.map((e) => ({
      seq: e.seq,
      action: e.action.replace(/^nomination\./, ''),
      at: e.at,
      actorName: actorName(e.actor),
      reason: e.reason,
    })),
  };
}

/** The roots of the caller's cadre grants: the shortest first; grants inside another are dropped. */
function cadreRoots(grants: readonly Grant[]): string[] {
  const keys = grants
    .filter((g) => g.role === 'cadre')
    .map((g) => g.orgPathKey)
    .sort((a, b) => a.length - b.length);
  return keys.filter((k, i) => !keys.slice(0, i).some((root) => inSubtree(root, k)));
}

/** Pages scanned at most for one reply when the flag filter drops items. */
const MAX_FLAG_PAGES = 5;

/**
 * Nominations within the caller's subtree (or the subtree of `orgId`, which must lie in it), newest
 * change first, or by name for a search. Round, stage, status, title and the name prefix are
 * store filters; the nominee flag is filtered in the page, so a page filtered by a flag holds every
 * match of the store pages it read (up to 2×limit−1 items, reading at most MAX_FLAG_PAGES pages).
 * A cadre with grants at two disjoint organizations sees the first unless they pass `orgId`.
 */
export async function listNominations(ctx: CallContext, input: In<'listNominations'>): Promise<Out<'listNominations'>> {
  let prefix: string;
  if (input.orgId) {
    const org = await ctx.ports.store.get<Doc & Org>(C.orgs, input.orgId);
    if (!org) throw new AppError('NOT_FOUND', '组织不存在');
    requireOver(
      ctx.grants.filter((g) => g.role === 'cadre'),
      org.pathKey,
    );
    prefix = org.pathKey;
  } else {
    const root = cadreRoots(ctx.grants)[0];
    if (!root) throw new AppError('FORBIDDEN');
    prefix = root;
  }
  const where: Where = { orgPathKey: { prefix } };
  if (input.roundId) where.roundId = input.roundId;
  if (input.stageIndex !== undefined) where.stageIndex = input.stageIndex;
  if (input.status) where.status = input.status;
  if (input.title) where.titleSought = input.title;
  if (input.search) where.name = { prefix: input.search };
  const orderBy = input.search
    ? [{ field: 'name', direction: 'asc' as const }]
    : [{ field: 'updatedAt', direction: 'desc' as const }];
  const limit = input.limit ?? 20;

  const items: NominationDoc[] = [];
  let cursor = input.cursor ?? null;
  for (let page = 0; page < (input.flag ? MAX_FLAG_PAGES : 1); page++) {
    const found: Page<NominationDoc> = await ctx.ports.store.find<NominationDoc>(C.nominations, {
      where,
      orderBy,
      limit,
      cursor,
    });
    items.push(...(input.flag ? found.items.filter((d) => d.form.flags?.includes(input.flag!)) : found.items));
    cursor = found.nextCursor;
    if (!cursor || items.length >= limit) break;
  }
  return { items: items.map(presentRow), nextCursor: cursor };
}

/** The statuses in which a nomination awaits the cadres of its stage's tier. */
const AWAITING_CADRES: NominationStatus[] = ['draft', 'returned', 'submitted', 'inNotice'];
/** Pages read at most per grant for 待办 (a cadre's to-do is short; the count says how many). */
const MAX_TODO_PAGES = 3;

/**
 * 待办: nominations whose present stage is bound to the tier of one of the caller's grants, inside
 * that grant's subtree, in a status awaiting that grant's role — for a department reviewer, a
 * consultation still waiting for their department. Nearest deadline first (a running notice's
 * close), then the longest waiting; `count` is the badge, `readyCount` what can be acted on now.
 */
export async function todo(ctx: CallContext, input: In<'todo'>): Promise<Out<'todo'>> {
  const found = new Map<string, NominationDoc>();
  const read = async (where: Where, keep: (d: NominationDoc) => boolean) => {
    let cursor: string | null = null;
    for (let page = 0; page < MAX_TODO_PAGES; page++) {
      const p: Page<NominationDoc> = await ctx.ports.store.find<NominationDoc>(C.nominations, {
        where,
        limit: 100,
        cursor,
      });
      for (const d of p.items) if (keep(d)) found.set(d.id, d);
      cursor = p.nextCursor;
      if (!cursor) break;
    }
  };
  for (const g of ctx.grants) {
    const scope = { stageTier: g.tier, orgPathKey: { prefix: g.orgPathKey } };
    if (g.role === 'cadre') {
      await read({ ...scope, status: { in: AWAITING_CADRES } }, () => true);
    } else if (g.role === 'departmentReviewer' && g.department) {
      const department = g.department;
      await read(
        { ...scope, status: 'awaitingConsultation' },
        (d) =>
          (d.consultation?.required.includes(department) ?? false) &&
          !(d.consultation?.opinions.some((o) => o.department === department) ?? false),
      );
    }
  }
  const ready = (d: NominationDoc) => {
    if (d.status !== 'inNotice') return true;
    const n = runningNotice(d);
    return n ? noticeStatus(n, ctx.now) === 'closed' : true;
  };
  // ISO instants compare as strings; no deadline sorts after every deadline.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const all = [...found.values()].sort(
    (a, b) =>
      (a.deadlineAt === b.deadlineAt
        ? 0
        : a.deadlineAt === null
          ? 1
          : b.deadlineAt === null
            ? -1
            : cmp(a.deadlineAt, b.deadlineAt)) ||
      cmp(a.stageEnteredAt, b.stageEnteredAt) ||
      cmp(a.id, b.id),
  );
  return {
    items: all
      .slice(0, input.limit ?? 20)
      .map((d) => ({ ...presentRow(d), ready: ready(d), waitingSince: d.stageEnteredAt })),
    count: all.length,
    readyCount: all.filter(ready).length,
  };
}
