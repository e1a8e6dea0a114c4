/** CloudBase entry of the `objection` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createObjectionFunction } from './objection.function';

export const main = cloudbaseMain(createObjectionFunction);
