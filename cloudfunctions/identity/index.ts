/** CloudBase entry of the `identity` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createIdentityFunction } from './identity.function';

export const main = cloudbaseMain(createIdentityFunction);
