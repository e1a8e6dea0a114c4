/**
 * Invitations: one-time, expiring codes that grant a role. A cadre invites cadres strictly below
 * their own organization; a district cadre invites department reviewers; the cadre who manages a
 * model worker's record binds that worker's WeChat to it. Codes are stored only as hashes.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Capability, Grant } from '../../shared/grants';
import { TIER_OF_KIND, type Org } from '../../shared/org';
import { requireOver, requireSignedIn } from '../_platform/authz';
import { C } from '../_platform/collections';
import { codeHash } from '../_platform/ids';
import type { CallContext } from '../_platform/route';
import type { Doc } from '../_platform/store/store.port';
import { publicGrant } from './grant.view';
import type { GrantDoc, InvitationDoc, UserDoc } from './identity.records';

type Input<A extends 'createInvitation' | 'redeemInvitation'> = ParsedInputOf<'identity', A>;

async function loadActiveOrg(ctx: CallContext, orgId: string): Promise<Org & Doc> {
  const org = await ctx.ports.store.get<Org & Doc>(C.orgs, orgId);
  if (!org) throw new AppError('NOT_FOUND', '组织不存在');
  if (org.status !== 'active') throw new AppError('ORG_RETIRED');
  return org;
}

function assertSubset(wanted: Capability[], held: Capability[]): void {
  const extra = wanted.filter((c) => !held.includes(c));
  if (extra.length > 0) {
    throw new AppError('FORBIDDEN', '不能授予自己没有的权限', {
      issues: [{ path: ['capabilities'], message: `不能授予：${extra.join('、')}` }],
    });
  }
}

export async function createInvitation(
  ctx: CallContext,
  input: Input<'createInvitation'>,
): Promise<OutputOf<'identity', 'createInvitation'>> {
  const org = await loadActiveOrg(ctx, input.orgId);
  let granter: Grant;
  let capabilities: Capability[] = [];
  if (input.role === 'cadre') {
    granter = requireOver(ctx.grants, org.pathKey, { strictlyBelow: true });
    assertSubset(input.capabilities, granter.capabilities);
    capabilities = input.capabilities;
  } else if (input.role === 'departmentReviewer') {
    granter = requireOver(
      ctx.grants.filter((g) => g.tier === 'district'),
      org.pathKey,
    );
    if (!input.department)
      throw new AppError('BAD_REQUEST', undefined, { issues: [{ path: ['department'], message: '请填写审核部门' }] });
  } else {
    granter = requireOver(ctx.grants, org.pathKey);
    if (!input.modelWorkerId)
      throw new AppError('BAD_REQUEST', undefined, {
        issues: [{ path: ['modelWorkerId'], message: '请选择劳模档案' }],
      });
    const worker = await ctx.ports.store.get(C.modelWorkers, input.modelWorkerId);
    if (!worker || typeof worker.orgPathKey !== 'string') throw new AppError('NOT_FOUND', '劳模档案不存在');
    requireOver(ctx.grants, worker.orgPathKey);
  }
  const code = ctx.ports.random.code();
  const expiresAt = new Date(ctx.now.getTime() + input.expiresInHours * 3600_000).toISOString();
  const invitation: Omit<InvitationDoc, 'version'> = {
    id: codeHash(code),
    role: input.role,
    orgId: org.id,
    orgPathKey: org.pathKey,
    orgName: org.name,
    tier: TIER_OF_KIND[org.kind],
    capabilities,
    ...(input.department ? { department: input.department } : {}),
    ...(input.modelWorkerId ? { modelWorkerId: input.modelWorkerId } : {}),
    createdBy: requireSignedIn(ctx.openid),
    createdAt: ctx.now.toISOString(),
    expiresAt,
    status: 'open',
  };
  ctx.uow.insertAudited(C.invitations, invitation, { action: 'invitation.create', reason: `granted by ${granter.id}` });
  return { invitationId: invitation.id, code, expiresAt };
}

export async function redeemInvitation(
  ctx: CallContext,
  input: Input<'redeemInvitation'>,
): Promise<OutputOf<'identity', 'redeemInvitation'>> {
  const openid = requireSignedIn(ctx.openid);
  const invitation = await ctx.ports.store.get<InvitationDoc>(C.invitations, codeHash(input.code));
  if (!invitation || invitation.status === 'revoked') throw new AppError('INVITATION_INVALID');
  if (invitation.status === 'used') throw new AppError('INVITATION_USED');
  if (invitation.status === 'expired' || invitation.expiresAt <= ctx.now.toISOString())
    throw new AppError('INVITATION_EXPIRED');

  const user = await ctx.ports.store.get<UserDoc>(C.users, openid);
  const holderName = input.displayName ?? user?.displayName ?? '未署名用户';
  ensureUser(ctx, openid, user, holderName);

  const grant: Omit<GrantDoc, 'version'> = {
    id: ctx.ports.random.id(),
    userId: openid,
    holderName,
    status: 'active',
    role: invitation.role,
    orgId: invitation.orgId,
    orgPathKey: invitation.orgPathKey,
    orgName: invitation.orgName,
    tier: invitation.tier,
    capabilities: invitation.capabilities,
    ...(invitation.department ? { department: invitation.department } : {}),
    ...(invitation.modelWorkerId ? { modelWorkerId: invitation.modelWorkerId } : {}),
    grantedBy: invitation.createdBy,
    grantedAt: ctx.now.toISOString(),
  };
  ctx.uow.updateAudited(
    C.invitations,
    invitation,
    { status: 'used', usedAt: ctx.now.toISOString() },
    { action: 'invitation.redeem' },
  );
  ctx.uow.insertAudited(C.grants, grant, { action: 'grant.create', reason: `invitation ${invitation.id}` });
  return { grant: publicGrant(grant) };
}

/** Creates the user record on first need (audited); renames it when a new name is given. */
export function ensureUser(ctx: CallContext, openid: string, user: UserDoc | null, displayName: string): void {
  if (!user) {
    ctx.uow.insertAudited(
      C.users,
      { id: openid, displayName, createdAt: ctx.now.toISOString() },
      { action: 'user.create' },
    );
  } else if (user.displayName !== displayName) {
    ctx.uow.updateAudited(C.users, user, { displayName }, { action: 'user.rename' });
  }
}
