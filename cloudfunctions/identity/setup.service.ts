/**
 * The first district cadre: created with a one-time setup code that `npm start` (and the
 * deploy script) prints. The code is stored only as a hash in meta/setup.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { CAPABILITIES } from '../../shared/grants';
import type { Org } from '../../shared/org';
import { requireSignedIn } from '../_platform/authz';
import { C } from '../_platform/collections';
import { codeHash } from '../_platform/ids';
import type { Ports } from '../_platform/ports';
import type { CallContext } from '../_platform/route';
import type { Doc } from '../_platform/store/store.port';
import { publicGrant } from './grant.view';
import type { GrantDoc, SetupDoc, UserDoc } from './identity.records';
import { ensureUser } from './invitation.service';

export async function redeemSetupCode(
  ctx: CallContext,
  input: ParsedInputOf<'identity', 'redeemSetupCode'>,
): Promise<OutputOf<'identity', 'redeemSetupCode'>> {
  const openid = requireSignedIn(ctx.openid);
  const setup = await ctx.ports.store.get<SetupDoc>(C.meta, 'setup');
  if (!setup || setup.codeHash !== codeHash(input.code)) throw new AppError('INVITATION_INVALID');
  if (setup.status !== 'open') throw new AppError('INVITATION_USED');
  const district = await ctx.ports.store.get<Org & Doc>(C.orgs, setup.districtOrgId);
  if (!district) throw new AppError('NOT_FOUND', '区总工会尚未建立');

  const user = await ctx.ports.store.get<UserDoc>(C.users, openid);
  ensureUser(ctx, openid, user, input.displayName);
  const grant: Omit<GrantDoc, 'version'> = {
    id: ctx.ports.random.id(),
    userId: openid,
    holderName: input.displayName,
    status: 'active',
    role: 'cadre',
    orgId: district.id,
    orgPathKey: district.pathKey,
    orgName: district.name,
    tier: 'district',
    capabilities: [...CAPABILITIES],
    grantedBy: 'setup',
    grantedAt: ctx.now.toISOString(),
  };
  ctx.uow.updateAudited(C.meta, setup, { status: 'used' }, { action: 'setup.redeem' });
  ctx.uow.insertAudited(C.grants, grant, { action: 'grant.create', reason: 'setup code' });
  return { grant: publicGrant(grant) };
}

/**
 * Issues a fresh setup code when none is open and no district cadre exists yet (or when forced).
 * Returns the code to print, or null when setup is already done.
 */
export async function issueSetupCode(
  ports: Ports,
  districtOrgId: string,
  opts: { force?: boolean } = {},
): Promise<string | null> {
  const existing = await ports.store.get<SetupDoc>(C.meta, 'setup');
  if (existing?.status === 'used' && !opts.force) return null;
  const code = ports.random.code();
  const now = ports.clock.now();
  const { UnitOfWork } = await import('../_platform/unit-of-work');
  const uow = new UnitOfWork('system', now);
  if (existing)
    uow.updateAudited(
      C.meta,
      existing,
      { codeHash: codeHash(code), status: 'open', districtOrgId },
      { action: 'setup.issue' },
    );
  else
    uow.insertAudited(
      C.meta,
      { id: 'setup', codeHash: codeHash(code), districtOrgId, status: 'open' },
      { action: 'setup.issue' },
    );
  await ports.store.commit(uow.ops);
  return code;
}
