/** The `notice` function. Public notices (公示): the notices of nominations at a notice stage, their periods, posters and physical postings; the district's calendar overrides. */
import { noticeActions } from '../../shared/actions/notice.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';

export const noticeRoutes: RouteTable<'notice'> = {};

export function createNoticeFunction(ports: Ports): FunctionHandler {
  return createHandler('notice', noticeActions, noticeRoutes, ports);
}
