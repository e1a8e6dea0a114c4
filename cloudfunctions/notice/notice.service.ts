/**
 * Reading notices (the public: open lists, one organization's notices, one notice in one read) and
 * the publishing organization's work on them (its notices, the unit notice's physical posting).
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { inSubtree, type Org } from '../../shared/org';
import { isTemporaryFileId } from '../../shared/story-blocks';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Where } from '../_platform/store/store.port';
import type { NoticeDoc, NoticePosting } from './notice.records';
import { presentAdmin, presentCard, presentPublic } from './notice.view';

const DEFAULT_PAGE = 10;

/**
 * The 公示 tab: district and middle-tier notices open now, closing soonest first. With `orgId`, the
 * notices published in that organization's subtree. (A notice opens when it is created, so every
 * notice not closed yet is open.)
 */
export async function listOpen(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'listOpen'>,
): Promise<OutputOf<'notice', 'listOpen'>> {
  const where: Where = { onTab: true, closesAt: { gt: ctx.now.toISOString() } };
  if (input.orgId) {
    const org = await ctx.ports.store.get<Org & { version: number }>(C.orgs, input.orgId);
    if (!org) throw new AppError('NOT_FOUND', '组织不存在');
    where.orgPathKey = { prefix: org.pathKey };
  }
  const page = await ctx.ports.store.find<NoticeDoc>(C.notices, {
    where,
    orderBy: [{ field: 'closesAt', direction: 'asc' }],
    limit: input.limit ?? DEFAULT_PAGE,
    cursor: input.cursor ?? null,
  });
  return { items: page.items.map((n) => presentCard(n, ctx.now)), nextCursor: page.nextCursor };
}

/** Every notice one organization published (how a unit notice is reached), latest close first. */
export async function listByOrg(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'listByOrg'>,
): Promise<OutputOf<'notice', 'listByOrg'>> {
  const page = await ctx.ports.store.find<NoticeDoc>(C.notices, {
    where: { orgId: input.orgId },
    orderBy: [{ field: 'closesAt', direction: 'desc' }],
    limit: input.limit ?? DEFAULT_PAGE,
    cursor: input.cursor ?? null,
  });
  return { items: page.items.map((n) => presentCard(n, ctx.now)), nextCursor: page.nextCursor };
}

/** One notice, for its page and its poster: exactly one read. */
export async function getNotice(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'getNotice'>,
): Promise<OutputOf<'notice', 'getNotice'>> {
  const doc = await ctx.ports.store.get<NoticeDoc>(C.notices, input.id);
  if (!doc) throw new AppError('NOT_FOUND', '公示不存在');
  return { notice: presentPublic(ctx.ports, doc, ctx.now) };
}

/** The notices published in the caller's subtrees (cadre grants), latest close first. */
export async function myNotices(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'myNotices'>,
): Promise<OutputOf<'notice', 'myNotices'>> {
  const cadres = ctx.grants.filter((g) => g.role === 'cadre');
  // The widest of the caller's subtrees; other grants inside it add nothing.
  const roots = cadres.filter((g) => !cadres.some((o) => o !== g && inSubtree(o.orgPathKey, g.orgPathKey)));
  const root = roots.sort((a, b) => a.orgPathKey.length - b.orgPathKey.length)[0];
  if (!root) throw new AppError('FORBIDDEN');
  const page = await ctx.ports.store.find<NoticeDoc>(C.notices, {
    where: { orgPathKey: { prefix: root.orgPathKey } },
    orderBy: [{ field: 'closesAt', direction: 'desc' }],
    limit: input.limit ?? DEFAULT_PAGE,
    cursor: input.cursor ?? null,
  });
  return { items: page.items.map((n) => presentAdmin(ctx.ports, n, ctx.now)), nextCursor: page.nextCursor };
}

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/**
 * The physical posting of a unit notice (张贴): the dates, the place and photos of the posted
 * notice. By a cadre of the publishing organization or above; edited as often as needed, audited.
 */
export async function recordPosting(
  ctx: CallContext,
  input: ParsedInputOf<'notice', 'recordPosting'>,
): Promise<OutputOf<'notice', 'recordPosting'>> {
  const doc = await ctx.ports.store.get<NoticeDoc>(C.notices, input.id);
  if (!doc) throw new AppError('NOT_FOUND', '公示不存在');
  requireOver(
    ctx.grants.filter((g) => g.role === 'cadre'),
    doc.orgPathKey,
  );
  if (doc.tier !== 'grassroots') {
    throw new AppError('BAD_REQUEST', '只有单位公示需要登记张贴情况');
  }
  if (doc.version !== input.version) {
    throw new AppError('CONFLICT', undefined, { current: presentAdmin(ctx.ports, doc, ctx.now) });
  }
  const removedOn = input.removedOn ?? null;
  if (removedOn && removedOn < input.postedOn) {
    throw new AppError('BAD_REQUEST', '撤下日期不能早于张贴日期', {
      issues: [{ path: ['removedOn'], message: '撤下日期不能早于张贴日期' }],
    });
  }
  const known = new Set(doc.posting?.photoFileIds ?? []);
  const photoFileIds: string[] = [];
  for (const [i, fileId] of input.photoFileIds.entries()) {
    const bad = (message: string) =>
      new AppError('BAD_REQUEST', message, { issues: [{ path: ['photoFileIds', i], message }] });
    if (!isTemporaryFileId(fileId)) {
      if (!known.has(fileId)) throw bad('照片不存在，请重新上传');
      photoFileIds.push(fileId);
      continue;
    }
    const stat = await ctx.ports.files.stat(fileId);
    if (!stat) throw bad('照片不存在，请重新上传');
    if (!PHOTO_TYPES.includes(stat.contentType)) throw bad('请上传 JPG、PNG 或 WebP 图片');
    if (stat.size > MAX_PHOTO_BYTES) throw bad('照片不能超过 5 MB');
    photoFileIds.push(await ctx.ports.files.attach(fileId, 'notice'));
  }
  const now = ctx.now.toISOString();
  const posting: NoticePosting = {
    postedOn: input.postedOn,
    removedOn,
    place: input.place,
    photoFileIds,
    recordedAt: now,
  };
  ctx.uow.updateAudited(C.notices, doc, { posting, updatedAt: now }, { action: 'notice.recordPosting' });
  return { notice: presentAdmin(ctx.ports, { ...doc, posting, updatedAt: now, version: doc.version + 1 }, ctx.now) };
}
