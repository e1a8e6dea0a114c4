/** Reading and revoking grants. */
import { CADRE_SUBSCRIBE_KEYS, type CadreSubscribeKey } from '../../shared/actions/identity.schema';
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import type { Org } from '../../shared/org';
import { requireOver, requireSignedIn } from '../_platform/authz';
import { handOver } from '../_platform/handover';
import { C } from '../_platform/collections';
import { loadActiveGrants } from '../_platform/entry';
import type { CallContext } from '../_platform/route';
import type { Doc } from '../_platform/store/store.port';
import { isConfigured, templateId } from '../_platform/templates';
import { publicGrant } from './grant.view';
import type { GrantDoc, UserDoc } from './identity.records';

type Me = OutputOf<'identity', 'me'>;
const REVIEWER_SUBSCRIBE_KEYS: readonly CadreSubscribeKey[] = ['nominationTodo', 'handover'];

/**
 * The messages these grants receive, by configured template: cadres who review nominations get
 * to-do, deadline, hand-over and notice-closed messages; department reviewers to-do and hand-over.
 */
export function subscribeTemplatesOf(
  grants: readonly Pick<Grant, 'role' | 'capabilities'>[],
): Me['subscribeTemplates'] {
  const keys = new Set<CadreSubscribeKey>();
  for (const g of grants) {
    const mine =
      g.role === 'cadre' && g.capabilities.includes('nomination.review')
        ? CADRE_SUBSCRIBE_KEYS
        : g.role === 'departmentReviewer'
          ? REVIEWER_SUBSCRIBE_KEYS
          : [];
    for (const k of mine) keys.add(k);
  }
  const templates = CADRE_SUBSCRIBE_KEYS.filter((k) => keys.has(k))
    .map((key) => ({ key, id: templateId(key) }))
    .filter((t) => isConfigured(t.id));
  return templates.length > 0 ? templates : undefined;
}

export async function me(ctx: CallContext): Promise<Me> {
  if (!ctx.openid) return { signedIn: false, displayName: null, grants: [] };
  const [user, grants] = await Promise.all([
    ctx.ports.store.get<UserDoc>(C.users, ctx.openid),
    ctx.grants.length > 0 ? Promise.resolve(ctx.grants) : loadActiveGrants(ctx.ports, ctx.openid),
  ]);
  // Organization names may have changed since the grant: show the current ones.
  const orgs = await ctx.ports.store.getMany<Org & Doc>(C.orgs, [...new Set(grants.map((g) => g.orgId))]);
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
  const subscribeTemplates = subscribeTemplatesOf(grants);
  return {
    signedIn: true,
    displayName: user?.displayName ?? null,
    grants: grants.map((g) => publicGrant({ ...g, orgName: nameOf.get(g.orgId) ?? g.orgName })),
    ...(subscribeTemplates ? { subscribeTemplates } : {}),
  };
}

export async function listGrants(
  ctx: CallContext,
  input: ParsedInputOf<'identity', 'listGrants'>,
): Promise<OutputOf<'identity', 'listGrants'>> {
  const org = await ctx.ports.store.get<Org & Doc>(C.orgs, input.orgId);
  if (!org) throw new AppError('NOT_FOUND', '组织不存在');
  requireOver(ctx.grants, org.pathKey);
  const page = await ctx.ports.store.find<GrantDoc>(C.grants, {
    where: { orgId: org.id, status: 'active' },
    limit: 100,
  });
  return {
    items: page.items.map((g) => ({
      grantId: g.id,
      version: g.version,
      holderName: g.holderName,
      role: g.role,
      orgName: org.name,
      capabilities: g.capabilities,
      grantedAt: g.grantedAt,
    })),
  };
}

export async function revokeGrant(
  ctx: CallContext,
  input: ParsedInputOf<'identity', 'revokeGrant'>,
): Promise<OutputOf<'identity', 'revokeGrant'>> {
  const openid = requireSignedIn(ctx.openid);
  const grant = await ctx.ports.store.get<GrantDoc>(C.grants, input.grantId);
  if (!grant || grant.status !== 'active') throw new AppError('NOT_FOUND', '授权不存在或已撤销');
  if (grant.userId === openid) throw new AppError('FORBIDDEN', '不能撤销自己的授权');
  requireOver(ctx.grants, grant.orgPathKey);
  ctx.uow.updateAudited(
    C.grants,
    { ...grant, version: input.version },
    { status: 'revoked', revokedAt: ctx.now.toISOString() },
    { action: 'grant.revoke', reason: input.reason },
  );
  // The holder's open items go on in the same unit of work (audited; messages after commit).
  await handOver(ctx, grant, input.reason);
  return { revoked: true };
}
