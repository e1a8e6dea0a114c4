/** The `objection` function: filing and following objections (public), handling cases (cadre pages). */
import { objectionActions } from '../../shared/actions/objection.schema';
import { bindActions } from './bind';

export type {
  MyObjection,
  MyObjectionView,
  ObjectionCaseSummary,
  ObjectionCaseView,
  ObjectorIdentity,
} from '../../shared/actions/objection.schema';

export const objection = bindActions('objection', objectionActions);
