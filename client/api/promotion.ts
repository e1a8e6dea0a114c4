/** The `promotion` function: stories, events and the campaign as cadres manage them (cadre subpackage only). */
import { promotionActions } from '../../shared/actions/promotion.schema';
import { bindActions } from './bind';

export type { ManagedBase, ManagedCampaign, ManagedEvent, ManagedStory } from '../../shared/actions/promotion.schema';
export { VOLUNTEER_AREAS, VOLUNTEER_AREA_ZH } from '../../shared/actions/promotion.schema';

export const promotion = bindActions('promotion', promotionActions);
