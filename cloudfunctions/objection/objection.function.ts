/** The `objection` function. Objections (异议) to nominees in a notice: real-name filing, cases handled by cadres, confidential objector identities (sealed, then erased). */
import { objectionActions } from '../../shared/actions/objection.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';

export const objectionRoutes: RouteTable<'objection'> = {};

export function createObjectionFunction(ports: Ports): FunctionHandler {
  return createHandler('objection', objectionActions, objectionRoutes, ports);
}
