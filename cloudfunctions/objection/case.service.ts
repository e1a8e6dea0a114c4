/**
 * Cases as cadres handle them (received → verifying → concluded), as the objector follows them,
 * and the audited readings of the objector's identity.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { OBJECTION_FINDING_ZH } from '../../shared/actions/objection.schema';
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { ancestorIds, inSubtree, type Org } from '../../shared/org';
import { requireOver, requireSignedIn } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Store, Where } from '../_platform/store/store.port';
import {
  accessOf,
  eraseIdentity,
  filerKeyOf,
  handlingGrant,
  holderName,
  loadCase,
  loadForChange,
  notifyConclusion,
  presentCase,
  summarize,
} from './objection.access';
import type { ObjectionDoc, ObjectorIdentityDoc } from './objection.records';
import { DAY_MS, objectionSettings } from './objection.settings';

type Actions = typeof import('../../shared/actions/objection.schema').objectionActions;
type In<A extends keyof Actions> = ParsedInputOf<'objection', A>;
type Out<A extends keyof Actions> = OutputOf<'objection', A>;

const PAGE = 20;
const OPEN_STATUSES = ['received', 'verifying'];

// ---------------------------------------------------------------------------------------------
// The objector

async function loadMine(ctx: CallContext, id: string): Promise<ObjectionDoc> {
  const key = filerKeyOf(requireSignedIn(ctx.openid));
  const doc = await ctx.ports.store.get<ObjectionDoc>(C.objections, id);
  // Another person's case is as absent as a missing one.
  if (!doc || doc.filerKey !== key) throw new AppError('NOT_FOUND', '异议不存在');
  return doc;
}

export async function mine(ctx: CallContext, input: In<'mine'>): Promise<Out<'mine'>> {
  const key = filerKeyOf(requireSignedIn(ctx.openid));
  const page = await ctx.ports.store.find<ObjectionDoc>(C.objections, {
    where: { filerKey: key },
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
    limit: PAGE,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.map((d) => ({
      id: d.id,
      caseNo: d.caseNo,
      nomineeName: d.nomineeName,
      noticeTitle: d.noticeTitle,
      status: d.status,
      finding: d.status === 'concluded' ? d.finding : null,
      late: d.late,
      createdAt: d.createdAt,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function getMine(ctx: CallContext, input: In<'getMine'>): Promise<Out<'getMine'>> {
  const d = await loadMine(ctx, input.id);
  const concluded = d.status === 'concluded';
  return {
    id: d.id,
    caseNo: d.caseNo,
    nomineeName: d.nomineeName,
    noticeTitle: d.noticeTitle,
    status: d.status,
    finding: concluded ? d.finding : null,
    late: d.late,
    createdAt: d.createdAt,
    objectorKind: d.objectorKind,
    facts: d.facts,
    leads: d.leads,
    evidenceUrls: d.evidenceFileIds.map((f) => ctx.ports.files.urlOf(f)),
    reply: concluded ? d.reply : null,
    dueAt: d.dueAt,
    concludedAt: d.concludedAt,
    identityErased: d.identityErasedAt !== null,
    canErase: concluded && d.identityErasedAt === null,
  };
}

export async function eraseMine(ctx: CallContext, input: In<'eraseMine'>): Promise<Out<'eraseMine'>> {
  const doc = await loadMine(ctx, input.id);
  if (doc.status !== 'concluded') throw new AppError('WRONG_STATUS', '异议办结后才能删除您的个人信息');
  const identity = await ctx.ports.store.get<ObjectorIdentityDoc>(C.objectorIdentities, doc.id);
  const now = ctx.now.toISOString();
  eraseIdentity(ctx.uow, doc, identity, now, 'objector');
  return { id: doc.id, erasedAt: now };
}

// ---------------------------------------------------------------------------------------------
// Cadres: lists

function pickGrant(grants: readonly Grant[], grantId: string | undefined): Grant {
  if (grantId) {
    const g = grants.find((x) => x.id === grantId);
    if (!g) throw new AppError('FORBIDDEN');
    return g;
  }
  // The broadest reach first (the shortest path).
  return [...grants].sort((a, b) => a.orgPathKey.length - b.orgPathKey.length)[0]!;
}

export async function listCases(ctx: CallContext, input: In<'listCases'>): Promise<Out<'listCases'>> {
  const g = pickGrant(ctx.grants, input.grantId);
  const scope = input.scope ?? 'handling';
  const now = ctx.now.toISOString();
  const where: Where = {};
  let orderField = 'createdAt';
  let direction: 'asc' | 'desc' = 'desc';
  if (scope === 'handling') {
    where.orgPathKey = { prefix: g.orgPathKey };
    // The nearest deadline first.
    orderField = 'dueAt';
    direction = 'asc';
  } else if (scope === 'verifying') {
    where.verificationOrgPathKey = { prefix: g.orgPathKey };
  } else {
    where.nomineeOrgPathKey = { prefix: g.orgPathKey };
  }
  if (input.overdue) {
    if (input.status === 'concluded') return { items: [], nextCursor: null };
    where.status = input.status ?? { in: OPEN_STATUSES };
    where.dueAt = { lt: now };
  } else if (input.status) {
    where.status = input.status;
  }
  if (input.reviewFlagged && scope !== 'redacted') where.contentCheck = 'review';
  const page = await ctx.ports.store.find<ObjectionDoc>(C.objections, {
    where,
    orderBy: [{ field: orderField, direction }],
    limit: PAGE,
    cursor: input.cursor ?? null,
  });
  return {
    items: page.items.map((d) => summarize(d, accessOf([g], d) ?? 'redacted', ctx.now)),
    nextCursor: page.nextCursor,
  };
}

export async function getCase(ctx: CallContext, input: In<'getCase'>): Promise<Out<'getCase'>> {
  const doc = await loadCase(ctx, input.id);
  const access = accessOf(ctx.grants, doc);
  if (access !== 'handling' && access !== 'verifying') {
    throw new AppError('FORBIDDEN', '异议由受理公示的工会办理，您只能看到异议的办理状态');
  }
  return presentCase(ctx, doc);
}

/** Counts for the cadre's 待办 (also called by the nomination 待办 and the 工作台). */
export async function objectionTodoFor(
  store: Store,
  grant: Grant,
  now: Date,
): Promise<{ open: number; overdue: number; reviewFlagged: number; verifications: number }> {
  const mineWhere = { orgPathKey: { prefix: grant.orgPathKey }, status: { in: OPEN_STATUSES } };
  const [open, overdue, reviewFlagged, handedDown] = await Promise.all([
    store.count(C.objections, mineWhere),
    store.count(C.objections, { ...mineWhere, dueAt: { lt: now.toISOString() } }),
    store.count(C.objections, { ...mineWhere, contentCheck: 'review' }),
    store.find<ObjectionDoc>(C.objections, {
      where: { verificationOrgPathKey: { prefix: grant.orgPathKey }, status: { in: OPEN_STATUSES } },
      orderBy: [{ field: 'createdAt', direction: 'desc' }],
      limit: 100,
    }),
  ]);
  // Verifications waiting for this grant's findings (cases it does not handle itself).
  const verifications = handedDown.items.filter(
    (d) => !inSubtree(grant.orgPathKey, d.orgPathKey) && d.verification?.findings === null,
  ).length;
  return { open, overdue, reviewFlagged, verifications };
}

export async function todo(ctx: CallContext, input: In<'todo'>): Promise<Out<'todo'>> {
  return objectionTodoFor(ctx.ports.store, pickGrant(ctx.grants, input.grantId), ctx.now);
}

// ---------------------------------------------------------------------------------------------
// Cadres: the case

function save(ctx: CallContext, doc: ObjectionDoc, set: Partial<ObjectionDoc>, action: string, reason?: string) {
  const next = { ...set, updatedAt: ctx.now.toISOString() };
  ctx.uow.updateAudited(C.objections, doc, next, { action, ...(reason ? { reason } : {}) });
  return { ...doc, ...next, version: doc.version + 1 } as ObjectionDoc;
}

type StoredGrant = Grant & { id: string; version: number; userId: string; holderName?: string; grantedAt?: string };

/**
 * The grant a 承办人's name stands for: an active cadre grant holding `nomination.review` in the
 * case's line (the case's organization or above) whose holder has that name; the nearest
 * organization first, then the earliest granted. Null when the name is nobody's (a person outside
 * the system): then no revocation hands the case over.
 */
async function assigneeGrantOf(ctx: CallContext, doc: ObjectionDoc, name: string): Promise<StoredGrant | null> {
  const page = await ctx.ports.store.find<StoredGrant>(C.grants, {
    where: { orgId: { in: ancestorIds(doc.orgPathKey) }, status: 'active' },
    limit: 100,
  });
  const named = page.items.filter(
    (g) =>
      g.role === 'cadre' &&
      g.capabilities.includes('nomination.review') &&
      g.holderName === name &&
      inSubtree(g.orgPathKey, doc.orgPathKey),
  );
  named.sort(
    (a, b) =>
      b.orgPathKey.length - a.orgPathKey.length ||
      (a.grantedAt ?? '').localeCompare(b.grantedAt ?? '') ||
      a.id.localeCompare(b.id),
  );
  return named[0] ?? null;
}

export async function assign(ctx: CallContext, input: In<'assign'>): Promise<Out<'assign'>> {
  const { doc } = await loadForChange(ctx, input, 'handling');
  const grant = await assigneeGrantOf(ctx, doc, input.assignee);
  const next = save(
    ctx,
    doc,
    {
      assignee: input.assignee,
      assigneeId: grant?.userId ?? null,
      assigneeGrantId: grant?.id ?? null,
      status: 'verifying',
    },
    'objection.assign',
  );
  return presentCase(ctx, next);
}

export async function addNote(ctx: CallContext, input: In<'addNote'>): Promise<Out<'addNote'>> {
  const { doc, grant } = await loadForChange(ctx, input, 'handling');
  const note = { at: ctx.now.toISOString(), byName: holderName(grant), text: input.text };
  const next = save(ctx, doc, { notes: [...doc.notes, note] }, 'objection.note');
  return presentCase(ctx, next);
}

/** The facts (never the identity) go to a lower-tier organization's cadres, who report findings. */
export async function handDown(ctx: CallContext, input: In<'handDown'>): Promise<Out<'handDown'>> {
  const { doc } = await loadForChange(ctx, input, 'handling');
  const org = await ctx.ports.store.get<Org>(C.orgs, input.orgId);
  if (!org || org.status !== 'active') throw new AppError('NOT_FOUND', '组织不存在或已撤销');
  if (!inSubtree(doc.orgPathKey, org.pathKey) || org.pathKey === doc.orgPathKey) {
    throw new AppError('WRONG_TIER', '核查只能交由公示单位的下级组织办理');
  }
  if (input.dueAt <= ctx.now.toISOString()) {
    throw new AppError('BAD_REQUEST', '核查期限应晚于现在', {
      issues: [{ path: ['dueAt'], message: '核查期限应晚于现在' }],
    });
  }
  const now = ctx.now.toISOString();
  const verification = {
    orgId: org.id,
    orgName: org.name,
    orgPathKey: org.pathKey,
    instructions: input.instructions,
    requestedAt: now,
    requestedBy: ctx.openid ?? '',
    dueAt: new Date(input.dueAt).toISOString(),
    findings: null,
    reportedAt: null,
    reportedByName: null,
  };
  const next = save(
    ctx,
    doc,
    { verification, verificationOrgPathKey: org.pathKey, status: 'verifying' },
    'objection.handDown',
  );
  return presentCase(ctx, next);
}

export async function reportVerification(
  ctx: CallContext,
  input: In<'reportVerification'>,
): Promise<Out<'reportVerification'>> {
  const { doc, grant } = await loadForChange(ctx, input, 'verifying');
  if (!doc.verification) throw new AppError('WRONG_STATUS', '该异议没有交办核查');
  const verification = {
    ...doc.verification,
    findings: input.findings,
    reportedAt: ctx.now.toISOString(),
    reportedByName: holderName(grant),
  };
  const next = save(ctx, doc, { verification }, 'objection.verificationReport');
  return presentCase(ctx, next);
}

/**
 * The conclusion: the finding and the reply; the identity is sealed and its erasure scheduled; the
 * objector is told by a subscribe message once it commits. A substantiated finding makes closeNotice refuse
 * (OBJECTION_SUBSTANTIATED): the cadre returns or rejects the nomination.
 */
export async function conclude(ctx: CallContext, input: In<'conclude'>): Promise<Out<'conclude'>> {
  const { doc } = await loadForChange(ctx, input, 'handling');
  const now = ctx.now.toISOString();
  const identity =
    doc.objectorKind === 'anonymous'
      ? null
      : await ctx.ports.store.get<ObjectorIdentityDoc>(C.objectorIdentities, doc.id);
  const hasLink = identity !== null || doc.filerKey !== null;
  const eraseAt = new Date(ctx.now.getTime() + objectionSettings().retentionDays * DAY_MS).toISOString();
  const next = save(
    ctx,
    doc,
    {
      status: 'concluded',
      finding: input.finding,
      reply: input.reply,
      concludedAt: now,
      identitySealedAt: identity ? now : null,
      identityEraseAt: hasLink ? eraseAt : null,
    },
    'objection.conclude',
    input.finding,
  );
  if (identity && !identity.erasedAt) {
    ctx.uow.updateAudited(C.objectorIdentities, identity, { sealedAt: now }, { action: 'objectorIdentity.seal' });
  }
  // After the commit only: a conclusion that fails to commit (a concurrent change) tells no one.
  const findingZh = OBJECTION_FINDING_ZH[input.finding];
  ctx.afterCommit(() => notifyConclusion(ctx.ports, identity, next, findingZh));
  return presentCase(ctx, next);
}

// ---------------------------------------------------------------------------------------------
// The identity: audited readings

async function loadIdentity(ctx: CallContext, doc: ObjectionDoc): Promise<ObjectorIdentityDoc> {
  if (doc.objectorKind === 'anonymous') throw new AppError('NOT_FOUND', '匿名异议没有异议人信息');
  const identity = await ctx.ports.store.get<ObjectorIdentityDoc>(C.objectorIdentities, doc.id);
  if (!identity || identity.erasedAt || doc.identityErasedAt) throw new AppError('IDENTITY_ERASED');
  return identity;
}

function presentIdentity(i: ObjectorIdentityDoc): Out<'readIdentity'> {
  return {
    kind: i.kind,
    name: i.name,
    phone: i.phone,
    contact: i.contact ?? null,
    sealStatement: i.sealStatement ?? null,
  };
}

/** Each reading moves the identity's audit chain (who, when): the log of who saw the objector. */
export async function readIdentity(ctx: CallContext, input: In<'readIdentity'>): Promise<Out<'readIdentity'>> {
  const doc = await loadCase(ctx, input.id);
  handlingGrant(ctx.grants, doc);
  const identity = await loadIdentity(ctx, doc);
  if (identity.sealedAt || doc.identitySealedAt) throw new AppError('IDENTITY_SEALED');
  ctx.uow.updateAudited(
    C.objectorIdentities,
    identity,
    { readCount: (identity.readCount ?? 0) + 1 },
    { action: 'objectorIdentity.read', fields: ['name', 'phone', 'contact', 'sealStatement'] },
  );
  return presentIdentity(identity);
}

/** After the conclusion: holders of `objection.unseal` over the notice's organization, with a reason. */
export async function unseal(ctx: CallContext, input: In<'unseal'>): Promise<Out<'unseal'>> {
  const doc = await loadCase(ctx, input.id);
  requireOver(ctx.grants, doc.orgPathKey);
  const identity = await loadIdentity(ctx, doc);
  ctx.uow.updateAudited(
    C.objectorIdentities,
    identity,
    { readCount: (identity.readCount ?? 0) + 1 },
    { action: 'objectorIdentity.unseal', reason: input.reason, fields: ['name', 'phone', 'contact', 'sealStatement'] },
  );
  return presentIdentity(identity);
}
