/**
 * The handler floors: a route table for `content` where every action returns the smallest reply its
 * output schema accepts, and `getStory` first does exactly one `store.get`. Derived from the shared
 * schemas, so the floors stay valid as actions and fields are added.
 */
import { FUNCTIONS } from '../../shared/api';
import { C } from '../../cloudfunctions/_platform/collections';
import type { CallContext, RouteTable } from '../../cloudfunctions/_platform/route';

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  entries?: Record<string, unknown>;
  values?: unknown[];
  options?: { _zod: { def: SchemaDef } }[];
  element?: unknown;
  defaultValue?: unknown;
}

/** The smallest value a (zod v4 / zod mini) schema accepts, for the types replies use. */
export function minimalOf(schema: unknown): unknown {
  const def = (schema as { _zod?: { def?: SchemaDef } })._zod?.def;
  if (!def) throw new Error('minimalOf: not a zod schema');
  switch (def.type) {
    case 'string':
      return '';
    case 'number':
    case 'int':
      return 0;
    case 'boolean':
      return false;
    case 'null':
    case 'nullable':
      return null;
    case 'optional':
    case 'undefined':
      return undefined;
    case 'array':
      return [];
    case 'literal':
      return def.values?.[0];
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'union':
      return minimalOf(def.options?.[0]);
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return minimalOf(def.innerType);
    case 'record':
      return {};
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const v = minimalOf(field);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    default:
      throw new Error(`minimalOf: no minimal value for a ${def.type} schema`);
  }
}

type Actions = typeof FUNCTIONS.content;

/** `content` routed to the floors: every action a no-op with a minimal reply; `getStory` one `store.get` first. */
export function contentFloorRoutes(): RouteTable<'content'> {
  const actions = FUNCTIONS.content as Record<string, Actions[keyof Actions]>;
  const routes: Record<string, { handle: (ctx: never, input: never) => Promise<unknown> }> = {};
  for (const [name, spec] of Object.entries(actions)) {
    const reply = minimalOf(spec.output);
    routes[name] = { handle: async () => structuredClone(reply) };
  }
  const storyReply = minimalOf(actions.getStory!.output) as Record<string, unknown>;
  const getStory = async (ctx: CallContext, input: { id: string }) => {
    const doc = await ctx.ports.store.get(C.stories, input.id);
    return { ...storyReply, id: doc?.id ?? input.id };
  };
  routes.getStory = { handle: getStory as never };
  return routes as unknown as RouteTable<'content'>;
}
