/** CloudBase entry of the `nomination` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createNominationFunction } from './nomination.function';

export const main = cloudbaseMain(createNominationFunction);
