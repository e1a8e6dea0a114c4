/** The `org` function: the organization tree (cadre workspace; no page uses it yet). */
import { orgActions } from '../../shared/actions/org.schema';
import { bindActions } from './bind';

export const org = bindActions('org', orgActions);
