/** The `content` function: model worker stories (and, later, the promotion campaign and events). */
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { getStory, listStories } from './story.service';

export const contentRoutes: RouteTable<'content'> = {
  listStories: { handle: listStories },
  getStory: { handle: getStory },
};

export function createContentFunction(ports: Ports): FunctionHandler {
  return createHandler('content', contentRoutes, ports);
}
