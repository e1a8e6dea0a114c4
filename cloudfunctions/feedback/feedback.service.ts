/**
 * The sender's side: send (content-checked, idempotent, rate-limited by the route), 我的反馈,
 * withdraw an open item, delete the personal data of a finished one. A sender reaches only their
 * own items: someone else's id answers NOT_FOUND, never FORBIDDEN (nothing tells it exists).
 */
import type { MyFeedback } from '../../shared/actions/feedback.schema';
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Org } from '../../shared/org';
import { requireSignedIn } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Doc } from '../_platform/store/store.port';
import { checkOrQueue, textOf } from './feedback.check';
import {
  eraseAtFrom,
  erasure,
  isOpen,
  maskContact,
  PERSONAL_FIELDS,
  senderKeyOf,
  type FeedbackDoc,
} from './feedback.records';

type Fn = typeof import('../../shared/actions/feedback.schema').feedbackActions;
type In<A extends keyof Fn> = ParsedInputOf<'feedback', A>;
type Out<A extends keyof Fn> = OutputOf<'feedback', A>;

const badField = (path: string, message: string) =>
  new AppError('BAD_REQUEST', message, { issues: [{ path: [path], message }] });

/** The organization the item concerns: the chosen one, or the district (the root) by default. */
async function concernedOrg(ctx: CallContext, orgId: string | undefined): Promise<Org> {
  if (orgId) {
    const org = await ctx.ports.store.get<Doc & Org>(C.orgs, orgId);
    if (!org || org.status !== 'active') throw badField('orgId', '所选组织不存在或已撤销，请重新选择');
    return org;
  }
  const roots = await ctx.ports.store.find<Doc & Org>(C.orgs, {
    where: { parentId: null, status: 'active' },
    orderBy: [{ field: 'name', direction: 'asc' }],
    limit: 1,
  });
  const root = roots.items[0];
  if (!root) throw new AppError('NOT_FOUND', '尚未设立区总工会，暂时无法受理');
  return root;
}

export async function send(ctx: CallContext, input: In<'send'>): Promise<Out<'send'>> {
  const openid = requireSignedIn(ctx.openid);
  if (input.kind === 'feedback' && !input.content) throw badField('content', '请填写反馈内容');
  if (input.kind === 'lead' && !input.lead) throw badField('lead', '请填写被推荐人的姓名、单位和推荐理由');
  const content = input.kind === 'feedback' ? (input.content ?? null) : null;
  const lead = input.kind === 'lead' ? (input.lead ?? null) : null;
  const org = await concernedOrg(ctx, input.orgId);
  const verdict = await checkOrQueue(ctx.ports, textOf({ content, lead }), openid);
  if (verdict === 'risky') throw new AppError('CONTENT_RISKY', '内容未通过安全检查，请删除不当内容后重新提交');
  const now = ctx.now.toISOString();
  const id = ctx.ports.random.id();
  const doc: Omit<FeedbackDoc, 'version'> = {
    id,
    kind: input.kind,
    status: 'received',
    orgId: org.id,
    orgName: org.name,
    orgPathKey: org.pathKey,
    content,
    lead,
    contact: input.contact ?? null,
    senderKey: senderKeyOf(openid),
    // WeChat's check needs the openid: kept only until the scheduler's retry.
    ...(verdict === 'pending' ? { senderOpenid: openid } : {}),
    checkStatus: verdict,
    assigneeId: null,
    assigneeName: null,
    assigneeGrantId: null,
    replies: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    erasedAt: null,
  };
  ctx.uow.insertAudited(C.feedback, doc, { action: `feedback.send.${input.kind}` });
  return { id, status: 'received', orgName: org.name };
}

export function mineView(d: FeedbackDoc): MyFeedback {
  return {
    id: d.id,
    version: d.version,
    kind: d.kind,
    status: d.status,
    orgName: d.orgName,
    content: d.content,
    lead: d.lead,
    contactMasked: d.contact ? maskContact(d.contact) : null,
    replies: d.replies.map(({ at, text, byOrg }) => ({ at, text, byOrg })),
    createdAt: d.createdAt,
    closedAt: d.closedAt,
    eraseAt: d.eraseAt ?? null,
  };
}

export async function mine(ctx: CallContext, input: In<'mine'>): Promise<Out<'mine'>> {
  const openid = requireSignedIn(ctx.openid);
  const page = await ctx.ports.store.find<FeedbackDoc>(C.feedback, {
    where: { senderKey: senderKeyOf(openid) },
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return { items: page.items.map(mineView), nextCursor: page.nextCursor };
}

/** My item at the version I saw: NOT_FOUND when not mine, CONFLICT (with my view of it) when stale. */
async function myItem(ctx: CallContext, id: string, version: number): Promise<FeedbackDoc> {
  const openid = requireSignedIn(ctx.openid);
  const item = await ctx.ports.store.get<FeedbackDoc>(C.feedback, id);
  if (!item || item.senderKey === null || item.senderKey !== senderKeyOf(openid))
    throw new AppError('NOT_FOUND', '反馈不存在或已删除');
  if (item.version !== version) throw new AppError('CONFLICT', undefined, { current: mineView(item) });
  return item;
}

export async function withdraw(ctx: CallContext, input: In<'withdraw'>): Promise<Out<'withdraw'>> {
  const item = await myItem(ctx, input.id, input.version);
  if (!isOpen(item.status)) throw new AppError('WRONG_STATUS', '该反馈已办结或已撤回，不能再撤回');
  const now = ctx.now.toISOString();
  ctx.uow.updateAudited(
    C.feedback,
    item,
    { status: 'withdrawn', closedAt: now, updatedAt: now, eraseAt: eraseAtFrom(ctx.now) },
    { action: 'feedback.withdraw' },
  );
  return { id: item.id, version: item.version + 1, status: 'withdrawn' };
}

export async function erase(ctx: CallContext, input: In<'erase'>): Promise<Out<'erase'>> {
  const item = await myItem(ctx, input.id, input.version);
  if (isOpen(item.status)) throw new AppError('WRONG_STATUS', '办理中的反馈请先撤回，再删除个人信息');
  const { set, unset } = erasure(ctx.now);
  ctx.uow.updateAudited(
    C.feedback,
    item,
    { ...set, updatedAt: ctx.now.toISOString() },
    { action: 'feedback.erase', fields: [...PERSONAL_FIELDS] },
    unset,
  );
  return { id: item.id, erased: true };
}
