/** CloudBase entry of the `org` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createOrgFunction } from './org.function';

export const main = cloudbaseMain(createOrgFunction);
