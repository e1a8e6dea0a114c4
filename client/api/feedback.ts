/** The `feedback` function: 意见反馈 and 推荐线索 (public pages), and the cadres' queue (cadre subpackage). */
import { feedbackActions } from '../../shared/actions/feedback.schema';
import { bindActions } from './bind';

export type { AdminFeedback, FeedbackKind, FeedbackStatus, MyFeedback } from '../../shared/actions/feedback.schema';

export const feedback = bindActions('feedback', feedbackActions);
