/** CloudBase entry of the `promotion` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createPromotionFunction } from './promotion.function';

export const main = cloudbaseMain(createPromotionFunction);
