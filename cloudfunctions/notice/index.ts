/** CloudBase entry of the `notice` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createNoticeFunction } from './notice.function';

export const main = cloudbaseMain(createNoticeFunction);
