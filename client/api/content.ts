/** The `content` function: published model worker stories, the campaign, events and volunteer bases. */
import { contentActions } from '../../shared/actions/content.schema';
import type { OutputOf } from '../../shared/api';
import { bindActions } from './bind';

export type {
  BaseCard,
  Campaign,
  EventCard,
  EventDetail,
  EventKind,
  HomeNotice,
  StoryCard,
  StoryDetail,
} from '../../shared/actions/content.schema';
export { EVENT_KIND_ZH, EVENT_KINDS, STORY_CATEGORIES } from '../../shared/actions/content.schema';

export type Home = OutputOf<'content', 'home'>;
export type SignupStatus = NonNullable<OutputOf<'content', 'getEvent'>['mySignup']>['status'];
export type MySignup = OutputOf<'content', 'mySignups'>['items'][number];

export const content = bindActions('content', contentActions);
