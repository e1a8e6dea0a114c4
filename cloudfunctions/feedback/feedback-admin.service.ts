/**
 * The handling cadres' side. Feedback is handled by cadres with 内容管理 (content.manage), leads by
 * cadres with 档案管理 (records.manage: the outstanding-employee pool is record work); in both cases
 * only for items concerning an organization in the subtree of such a grant. Every change is audited.
 */
import {
  FEEDBACK_CAPABILITY,
  OPEN_FEEDBACK_STATUSES,
  type AdminFeedback,
  type FeedbackKind,
  type FeedbackStatus,
} from '../../shared/actions/feedback.schema';
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { ancestorIds, inSubtree } from '../../shared/org';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Doc, Where } from '../_platform/store/store.port';
import { eraseAtFrom, isOpen, type FeedbackDoc } from './feedback.records';
import { mineView } from './feedback.service';

type Fn = typeof import('../../shared/actions/feedback.schema').feedbackActions;
type In<A extends keyof Fn> = ParsedInputOf<'feedback', A>;
type Out<A extends keyof Fn> = OutputOf<'feedback', A>;

type StoredGrant = Doc & Grant & { userId: string; status: string; holderName?: string };

const CLOSED_STATUSES: readonly FeedbackStatus[] = ['closed', 'withdrawn', 'refused'];

function grantsFor(ctx: CallContext, kind: FeedbackKind): Grant[] {
  return ctx.grants.filter((g) => g.role === 'cadre' && g.capabilities.includes(FEEDBACK_CAPABILITY[kind]));
}

const nameOf = (g: Grant) => (g as Grant & { holderName?: string }).holderName ?? `${g.orgName}工作人员`;

function adminView(d: FeedbackDoc, openid: string | null): AdminFeedback {
  return {
    ...mineView(d),
    orgId: d.orgId,
    contact: d.contact,
    needsReview: d.checkStatus === 'review',
    checkPending: d.checkStatus === 'pending',
    assigneeName: d.assigneeName,
    assignedToMe: d.assigneeId !== null && d.assigneeId === openid,
    replies: d.replies.map(({ at, text, byOrg, byName }) => ({ at, text, byOrg, byName })),
    updatedAt: d.updatedAt,
    erased: d.erasedAt !== null,
  };
}

/** The item, reached by one of my grants for its kind; CONFLICT (with the item as I may see it) when stale. */
async function itemInReach(
  ctx: CallContext,
  id: string,
  version?: number,
): Promise<{ item: FeedbackDoc; grant: Grant }> {
  const item = await ctx.ports.store.get<FeedbackDoc>(C.feedback, id);
  if (!item) throw new AppError('NOT_FOUND', '反馈不存在');
  const grant = requireOver(grantsFor(ctx, item.kind), item.orgPathKey);
  if (version !== undefined && item.version !== version)
    throw new AppError('CONFLICT', undefined, { current: adminView(item, ctx.openid) });
  return { item, grant };
}

function requireOpen(item: FeedbackDoc): void {
  if (!isOpen(item.status)) throw new AppError('WRONG_STATUS', '该反馈已办结或已撤回，不能再办理');
}

export async function list(ctx: CallContext, input: In<'list'>): Promise<Out<'list'>> {
  const grants = grantsFor(ctx, input.kind);
  const grant = input.grantId
    ? grants.find((g) => g.id === input.grantId)
    : [...grants].sort((a, b) => a.orgPathKey.length - b.orgPathKey.length)[0];
  if (!grant) throw new AppError('FORBIDDEN');
  const where: Where = { orgPathKey: { prefix: grant.orgPathKey }, kind: input.kind };
  if (input.status === 'open') where.status = { in: [...OPEN_FEEDBACK_STATUSES] };
  if (input.status === 'closed') where.status = { in: [...CLOSED_STATUSES] };
  if (input.assignedToMe) where.assigneeId = ctx.openid;
  const page = await ctx.ports.store.find<FeedbackDoc>(C.feedback, {
    where,
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return { items: page.items.map((d) => adminView(d, ctx.openid)), nextCursor: page.nextCursor };
}

/** Active cadre grants with the kind's capability at the item's organization or above it. */
async function eligibleGrants(ctx: CallContext, item: FeedbackDoc): Promise<StoredGrant[]> {
  const page = await ctx.ports.store.find<StoredGrant>(C.grants, {
    where: { orgId: { in: ancestorIds(item.orgPathKey) }, status: 'active' },
    limit: 100,
  });
  return page.items.filter(
    (g) =>
      g.role === 'cadre' &&
      g.capabilities.includes(FEEDBACK_CAPABILITY[item.kind]) &&
      inSubtree(g.orgPathKey, item.orgPathKey),
  );
}

export async function assignees(ctx: CallContext, input: In<'assignees'>): Promise<Out<'assignees'>> {
  const { item } = await itemInReach(ctx, input.id);
  const grants = await eligibleGrants(ctx, item);
  return {
    items: grants
      .map((g) => ({ grantId: g.id, name: nameOf(g), orgName: g.orgName, isMe: g.userId === ctx.openid }))
      .sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.orgName.localeCompare(b.orgName, 'zh')),
  };
}

export async function assign(ctx: CallContext, input: In<'assign'>): Promise<Out<'assign'>> {
  const { item } = await itemInReach(ctx, input.id, input.version);
  requireOpen(item);
  const target = (await eligibleGrants(ctx, item)).find((g) => g.id === input.grantId);
  if (!target) {
    const message = '该干部不能办理这条反馈，请重新选择';
    throw new AppError('BAD_REQUEST', message, { issues: [{ path: ['grantId'], message }] });
  }
  ctx.uow.updateAudited(
    C.feedback,
    item,
    {
      status: 'processing',
      assigneeId: target.userId,
      assigneeName: nameOf(target),
      assigneeGrantId: target.id,
      updatedAt: ctx.now.toISOString(),
    },
    { action: 'feedback.assign' },
  );
  return { id: item.id, version: item.version + 1, status: 'processing' };
}

function replyBy(ctx: CallContext, grant: Grant, text: string) {
  return { at: ctx.now.toISOString(), text, byOrg: grant.orgName, byName: nameOf(grant), byId: ctx.openid ?? '' };
}

export async function reply(ctx: CallContext, input: In<'reply'>): Promise<Out<'reply'>> {
  const { item, grant } = await itemInReach(ctx, input.id, input.version);
  requireOpen(item);
  ctx.uow.updateAudited(
    C.feedback,
    item,
    {
      status: 'processing',
      replies: [...item.replies, replyBy(ctx, grant, input.text)],
      updatedAt: ctx.now.toISOString(),
    },
    // The text may quote personal data: the audit names the field only.
    { action: 'feedback.reply', fields: ['replies', 'status'] },
  );
  return { id: item.id, version: item.version + 1, status: 'processing' };
}

export async function close(ctx: CallContext, input: In<'close'>): Promise<Out<'close'>> {
  const { item, grant } = await itemInReach(ctx, input.id, input.version);
  requireOpen(item);
  const now = ctx.now.toISOString();
  ctx.uow.updateAudited(
    C.feedback,
    item,
    {
      status: 'closed',
      replies: [...item.replies, replyBy(ctx, grant, input.text)],
      closedAt: now,
      updatedAt: now,
      eraseAt: eraseAtFrom(ctx.now),
    },
    { action: 'feedback.close', fields: ['replies', 'status', 'closedAt', 'eraseAt'] },
  );
  return { id: item.id, version: item.version + 1, status: 'closed' };
}
