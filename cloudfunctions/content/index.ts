/** CloudBase entry of the `content` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createContentFunction } from './content.function';

export const main = cloudbaseMain(createContentFunction);
