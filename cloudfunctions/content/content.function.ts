/** The `content` function: what readers see and do — stories, the campaign, events and sign-ups. */
import { contentActions } from '../../shared/actions/content.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { getBase, listBases } from './base.service';
import { cancelSignUp, checkIn, getEvent, listEvents, mySignups, signUp } from './event.service';
import { home } from './home.service';
import { ViewBuffer } from './story-stats';
import { getStory, likeStory, listStories } from './story.service';

/** Many readers may take the last seats at once: re-run a sign-up on a conflict, guards and all. */
const SEAT_RETRIES = 60;

export function contentRoutes(views: ViewBuffer): RouteTable<'content'> {
  return {
    home: { handle: (ctx) => home(ctx) },
    listStories: { handle: listStories },
    getStory: { handle: (ctx, input) => getStory(ctx, input, views) },
    likeStory: { rateLimit: { max: 60, windowSeconds: 60 }, handle: likeStory },
    listEvents: { handle: listEvents },
    getEvent: { handle: getEvent },
    signUp: { idempotent: true, retryOnConflict: SEAT_RETRIES, handle: signUp },
    cancelSignUp: { idempotent: true, retryOnConflict: SEAT_RETRIES, handle: cancelSignUp },
    checkIn: { idempotent: true, rateLimit: { max: 20, windowSeconds: 600 }, handle: checkIn },
    listBases: { handle: listBases },
    getBase: { handle: getBase },
    mySignups: { handle: mySignups },
  };
}

export function createContentFunction(ports: Ports): FunctionHandler & { views: ViewBuffer } {
  const views = new ViewBuffer(() => ports.clock.now().getTime());
  return Object.assign(createHandler('content', contentActions, contentRoutes(views), ports), { views });
}
