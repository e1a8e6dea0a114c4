/** The `notice` function: public notices (公示) for everyone, and their opening, posting and calendar for cadres. */
import { noticeActions } from '../../shared/actions/notice.schema';
import { bindActions } from './bind';

export type {
  AdminNotice,
  CalendarOverride,
  NoticeCard,
  PeriodPlan,
  PublicEntry,
  PublicNotice,
} from '../../shared/actions/notice.schema';

export const notice = bindActions('notice', noticeActions);
