/** Inputs and outputs of the `org` function: the three-tier organization tree. */
import * as z from 'zod/mini';
import { ORG_KINDS, orgSchema } from '../org';

const orgId = z.string().check(z.minLength(1), z.maxLength(64));
const orgName = z.string().check(z.trim(), z.minLength(2), z.maxLength(40));
const version = z.int().check(z.gte(1));
const reason = z.string().check(z.trim(), z.minLength(2), z.maxLength(200));

export const orgRowSchema = z.object({
  name: orgName,
  kind: z.enum(ORG_KINDS),
  parentName: z.string(),
});

export const orgActions = {
  /** One level of the tree: the children of `parentId` (the roots when null), paged. */
  children: {
    input: z.strictObject({
      parentId: z.nullable(orgId),
      includeRetired: z.optional(z.boolean()),
      cursor: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
    }),
    output: z.object({ items: z.array(orgSchema), nextCursor: z.nullable(z.string()) }),
  },
  get: { input: z.strictObject({ id: orgId }), output: z.object({ org: orgSchema }) },
  addOrg: {
    input: z.strictObject({ parentId: orgId, name: orgName, kind: z.enum(ORG_KINDS) }),
    output: z.object({ org: orgSchema }),
  },
  renameOrg: {
    input: z.strictObject({ id: orgId, version, name: orgName, reason }),
    output: z.object({ org: orgSchema }),
  },
  mergeOrg: {
    input: z.strictObject({ id: orgId, version, intoId: orgId, reason }),
    output: z.object({ org: orgSchema, movedChildren: z.number() }),
  },
  retireOrg: {
    input: z.strictObject({ id: orgId, version, reason }),
    output: z.object({ org: orgSchema }),
  },
  /**
   * Import rows (parsed from the spreadsheet by the client-side upload flow into the files port,
   * then read here): all or nothing, with a row-error report.
   */
  importOrgs: {
    input: z.strictObject({ fileId: z.string().check(z.minLength(1), z.maxLength(200)) }),
    output: z.object({
      imported: z.number(),
      errors: z.array(z.object({ row: z.number(), message: z.string() })),
    }),
  },
} as const;
