/** The `content` function: published model worker stories. */
import { contentActions } from '../../shared/actions/content.schema';
import { bindActions } from './bind';

export type { StoryCard, StoryDetail } from '../../shared/actions/content.schema';

export const content = bindActions('content', contentActions);
