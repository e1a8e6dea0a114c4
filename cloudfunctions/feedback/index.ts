/** CloudBase entry of the `feedback` function. */
import { cloudbaseMain } from '../_platform/cloudbase-main';
import { createFeedbackFunction } from './feedback.function';

export const main = cloudbaseMain(createFeedbackFunction);
