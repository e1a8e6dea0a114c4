/** The `notice` function. Public notices (公示): the notices of nominations at a notice stage, their periods, posters and physical postings; the district's calendar overrides. */
import { noticeActions } from '../../shared/actions/notice.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { listCalendarOverrides, saveCalendarOverride } from './notice.calendar';
import { openNotice, prepareNotice } from './notice.open';
import { getNotice, listByOrg, listOpen, myNotices, recordPosting } from './notice.service';

export const noticeRoutes: RouteTable<'notice'> = {
  listOpen: { handle: listOpen },
  listByOrg: { handle: listByOrg },
  getNotice: { handle: getNotice },
  prepareNotice: { handle: prepareNotice },
  // One notice and every nominee's move, in one unit of work; a stale version is CONFLICT.
  openNotice: { idempotent: true, handle: openNotice },
  myNotices: { handle: myNotices },
  recordPosting: { idempotent: true, handle: recordPosting },
  listCalendarOverrides: { handle: listCalendarOverrides },
  saveCalendarOverride: { idempotent: true, handle: saveCalendarOverride },
};

export function createNoticeFunction(ports: Ports): FunctionHandler {
  return createHandler('notice', noticeActions, noticeRoutes, ports);
}
