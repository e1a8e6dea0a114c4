/** The `org` function: the organization tree. */
import { orgActions } from '../../shared/actions/org.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { importOrgs } from './org.import';
import { addOrg, children, get, mergeOrg, renameOrg, retireOrg } from './org.service';

export const orgRoutes: RouteTable<'org'> = {
  children: { handle: children },
  get: { handle: get },
  addOrg: { idempotent: true, handle: addOrg },
  renameOrg: { idempotent: true, handle: renameOrg },
  mergeOrg: { idempotent: true, handle: mergeOrg },
  retireOrg: { idempotent: true, handle: retireOrg },
  importOrgs: { idempotent: true, handle: importOrgs },
};

export function createOrgFunction(ports: Ports): FunctionHandler {
  return createHandler('org', orgActions, orgRoutes, ports);
}
