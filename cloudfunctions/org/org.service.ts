/**
 * The organization tree, maintained by district cadres: add, rename, merge, retire.
 * Every change is audited on the organization's own chain.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { CHILD_KINDS, pathKeyOf, type Org } from '../../shared/org';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { Page } from '../_platform/store/store.port';
import type { GrantDoc } from '../identity/identity.records';

export type OrgDoc = Org;
type Out<A extends 'children' | 'get' | 'addOrg' | 'renameOrg' | 'mergeOrg' | 'retireOrg'> = OutputOf<'org', A>;
type In<A extends 'children' | 'get' | 'addOrg' | 'renameOrg' | 'mergeOrg' | 'retireOrg'> = ParsedInputOf<'org', A>;

export async function loadOrg(ctx: CallContext, id: string): Promise<OrgDoc> {
  const org = await ctx.ports.store.get<OrgDoc>(C.orgs, id);
  if (!org) throw new AppError('NOT_FOUND', '组织不存在');
  return org;
}

function activeOrThrow(org: OrgDoc): OrgDoc {
  if (org.status !== 'active') throw new AppError('ORG_RETIRED', `${org.name}已撤销`);
  return org;
}

export async function children(ctx: CallContext, input: In<'children'>): Promise<Out<'children'>> {
  const page = await ctx.ports.store.find<OrgDoc>(C.orgs, {
    where: { parentId: input.parentId, ...(input.includeRetired ? {} : { status: 'active' }) },
    orderBy: [{ field: 'name', direction: 'asc' }],
    limit: 100,
    cursor: input.cursor ?? null,
  });
  return { items: page.items, nextCursor: page.nextCursor };
}

export async function get(ctx: CallContext, input: In<'get'>): Promise<Out<'get'>> {
  return { org: await loadOrg(ctx, input.id) };
}

export async function addOrg(ctx: CallContext, input: In<'addOrg'>): Promise<Out<'addOrg'>> {
  const parent = activeOrThrow(await loadOrg(ctx, input.parentId));
  requireOver(ctx.grants, parent.pathKey);
  if (!CHILD_KINDS[parent.kind].includes(input.kind)) {
    throw new AppError('BAD_REQUEST', '该上级组织下不能设立这类组织', {
      issues: [{ path: ['kind'], message: '组织类型与上级不匹配' }],
    });
  }
  const id = ctx.ports.random.id();
  const org: OrgDoc = {
    version: 1,
    id,
    name: input.name,
    kind: input.kind,
    parentId: parent.id,
    pathKey: pathKeyOf(parent.pathKey, id),
    status: 'active',
  };
  const { version: _v, ...fresh } = org;
  ctx.uow.insertAudited(C.orgs, fresh, { action: 'org.add' });
  return { org };
}

export async function renameOrg(ctx: CallContext, input: In<'renameOrg'>): Promise<Out<'renameOrg'>> {
  const org = activeOrThrow(await loadOrg(ctx, input.id));
  requireOver(ctx.grants, org.pathKey);
  ctx.uow.updateAudited(
    C.orgs,
    { ...org, version: input.version },
    { name: input.name },
    { action: 'org.rename', reason: input.reason },
  );
  return { org: { ...org, name: input.name, version: input.version + 1 } };
}

export async function retireOrg(ctx: CallContext, input: In<'retireOrg'>): Promise<Out<'retireOrg'>> {
  const org = activeOrThrow(await loadOrg(ctx, input.id));
  requireOver(ctx.grants, org.pathKey, { strictlyBelow: true });
  const active = await ctx.ports.store.count(C.orgs, { parentId: org.id, status: 'active' });
  if (active > 0) throw new AppError('ORG_HAS_CHILDREN');
  ctx.uow.updateAudited(
    C.orgs,
    { ...org, version: input.version },
    { status: 'retired' },
    { action: 'org.retire', reason: input.reason },
  );
  return { org: { ...org, status: 'retired', version: input.version + 1 } };
}

/**
 * Merges an organization into another of the same kind: its children and the grants held at it
 * or below move with it, and it is retired with `mergedInto`. One unit of work, so a merge is
 * never half done; each moved record's chain records the move.
 */
export async function mergeOrg(ctx: CallContext, input: In<'mergeOrg'>): Promise<Out<'mergeOrg'>> {
  const [org, into] = await Promise.all([loadOrg(ctx, input.id), loadOrg(ctx, input.intoId)]);
  activeOrThrow(org);
  activeOrThrow(into);
  requireOver(ctx.grants, org.pathKey, { strictlyBelow: true });
  requireOver(ctx.grants, into.pathKey);
  if (org.id === into.id || org.kind !== into.kind || into.pathKey.startsWith(org.pathKey)) {
    throw new AppError('BAD_REQUEST', '只能合并到另一个同类组织', {
      issues: [{ path: ['intoId'], message: '请选择另一个同类组织' }],
    });
  }
  const moved = await allBelow(ctx, org.pathKey);
  const newPath = (old: string) => into.pathKey + old.slice(org.pathKey.length);
  let movedChildren = 0;
  for (const child of moved) {
    if (child.id === org.id) continue;
    const set: Record<string, unknown> = { pathKey: newPath(child.pathKey) };
    if (child.parentId === org.id) {
      set.parentId = into.id;
      movedChildren++;
    }
    ctx.uow.updateAudited(C.orgs, child, set, { action: 'org.move', reason: input.reason });
  }
  for (const grant of await grantsBelow(ctx, moved)) {
    const set: Record<string, unknown> =
      grant.orgId === org.id
        ? { orgId: into.id, orgName: into.name, orgPathKey: into.pathKey }
        : { orgPathKey: newPath(grant.orgPathKey) };
    ctx.uow.updateAudited(C.grants, grant, set, { action: 'grant.move', reason: input.reason });
  }
  ctx.uow.updateAudited(
    C.orgs,
    { ...org, version: input.version },
    { status: 'retired', mergedInto: into.id },
    { action: 'org.merge', reason: input.reason },
  );
  return { org: { ...org, status: 'retired', mergedInto: into.id, version: input.version + 1 }, movedChildren };
}

async function allBelow(ctx: CallContext, pathKey: string): Promise<OrgDoc[]> {
  const out: OrgDoc[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<OrgDoc> = await ctx.ports.store.find<OrgDoc>(C.orgs, {
      where: { pathKey: { prefix: pathKey } },
      limit: 100,
      cursor,
    });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

async function grantsBelow(ctx: CallContext, orgs: OrgDoc[]): Promise<GrantDoc[]> {
  const out: GrantDoc[] = [];
  for (const org of orgs) {
    const page = await ctx.ports.store.find<GrantDoc>(C.grants, {
      where: { orgId: org.id, status: 'active' },
      limit: 100,
    });
    out.push(...page.items);
  }
  return out;
}
