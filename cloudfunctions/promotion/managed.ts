/**
 * Shared guards of content management: the caller must reach the organization (subtree), text
 * passes the content check, and uploaded images are checked and attached through the files port.
 */
import { AppError } from '../../shared/errors';
import { isTemporaryFileId } from '../../shared/story-blocks';
import type { Org } from '../../shared/org';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/svg+xml'];

export async function orgInReach(ctx: CallContext, orgId: string): Promise<Org> {
  const org = await ctx.ports.store.get<Org>(C.orgs, orgId);
  if (!org || org.status !== 'active') throw new AppError('NOT_FOUND', '组织不存在或已撤销');
  requireOver(ctx.grants, org.pathKey);
  return org;
}

/** `risky` is refused; `review` is accepted and flagged for a person to look at. */
export async function checkTexts(ctx: CallContext, texts: string[]): Promise<{ needsReview: boolean }> {
  const verdict = await ctx.ports.contentCheck.check(texts.join('\n').slice(0, 2500), ctx.openid);
  if (verdict === 'risky') throw new AppError('CONTENT_RISKY');
  return { needsReview: verdict === 'review' };
}

/** A temporary upload is checked (type, size) and attached; a permanent id passes through. */
export async function attachImage(ctx: CallContext, fileId: string, path: (string | number)[]): Promise<string> {
  if (!isTemporaryFileId(fileId)) return fileId;
  const stat = await ctx.ports.files.stat(fileId);
  const bad = (message: string) => new AppError('BAD_REQUEST', message, { issues: [{ path, message }] });
  if (!stat) throw bad('图片不存在，请重新上传');
  if (!IMAGE_TYPES.includes(stat.contentType)) throw bad('请上传 JPG、PNG 或 WebP 图片');
  if (stat.size > MAX_IMAGE_BYTES) throw bad('图片不能超过 2 MB');
  return ctx.ports.files.attach(fileId, 'promotion');
}
