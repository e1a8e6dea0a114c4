/**
 * The slate (推荐名单) actions of the `nomination` function: a round's slate of one organization
 * with its quota and composition checks, the written override of unmet composition rules, and the
 * exports (the slate, the printable nomination form 推荐审批表, the recommendation report 推荐工作报告).
 * Spread into `nominationActions`; kept apart so the slate page bundles only these schemas.
 */
import * as z from 'zod/mini';
import { TIERS } from '../org';
import { NOMINEE_FLAGS, STAGE_KINDS } from '../selection/round';
import { NOMINATION_STATUSES } from '../selection/workflow';

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const slateRuleSchema = z.object({
  key: z.string(),
  flag: z.enum(NOMINEE_FLAGS),
  measure: z.enum(['share', 'count']),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  count: z.number(),
  total: z.number(),
  minCount: z.nullable(z.number()),
  maxCount: z.nullable(z.number()),
  met: z.boolean(),
  summaryZh: z.string(),
});
export type SlateRule = z.infer<typeof slateRuleSchema>;

export const slateItemSchema = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  unitName: z.string(),
  position: z.string(),
  titleSought: z.string(),
  flags: z.array(z.enum(NOMINEE_FLAGS)),
  state: z.object({ stageIndex: z.number(), status: z.enum(NOMINATION_STATUSES) }),
  stage: z.object({ index: z.number(), kind: z.enum(STAGE_KINDS), tier: z.enum(TIERS) }),
  /** Already sent on by this organization (to a higher tier, conferred or submitted upward). */
  sentUp: z.boolean(),
});
export type SlateItem = z.infer<typeof slateItemSchema>;

export const slateSchema = z.object({
  roundId: z.string(),
  roundName: z.string(),
  org: z.object({ id: z.string(), name: z.string(), tier: z.enum(TIERS) }),
  /** Where this organization's slate goes up: `「街道/地区/功能区/产业党组织同意」完成后报区总工会`. */
  goesUpZh: z.string(),
  quota: z.object({
    seats: z.nullable(z.number()),
    allowMoreCandidates: z.boolean(),
    sentUp: z.number(),
    pending: z.number(),
    over: z.boolean(),
  }),
  /** False for a grassroots unit: composition rules are checked on middle-tier and district slates. */
  compositionApplies: z.boolean(),
  composition: z.array(slateRuleSchema),
  /** The written override on record (the latest), and whether it covers every unmet rule now. */
  override: z.nullable(
    z.object({
      reason: z.string(),
      byName: z.string(),
      at: z.string(),
      ruleKeys: z.array(z.string()),
      covers: z.boolean(),
    }),
  ),
  /** Whether the caller may write the override (a cadre of this organization itself). */
  canOverride: z.boolean(),
  /** The slate record's version (0: none yet), sent back with an override. */
  version: z.number(),
  total: z.number(),
  items: z.array(slateItemSchema),
  nextCursor: z.nullable(z.string()),
});
export type SlateView = z.infer<typeof slateSchema>;

export const exportFileSchema = z.object({
  fileId: z.string(),
  /** Opens or downloads the file: a local path, or a temporary HTTPS URL of cloud storage. */
  url: z.string(),
  /** A file name to save it under, e.g. `东湖街道总工会-推荐名单.xlsx`. */
  name: z.string(),
  size: z.number(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

const slateKey = { roundId: id, orgId: z.optional(id) };
const fileReply = z.object({ file: exportFileSchema });

export const slateActions = {
  /**
   * One organization's slate in a round: its quota, the composition rules evaluated on the
   * nominee flags, the override on record, and the nominations (paged). `orgId`: the caller's own
   * organization when absent, else one in their subtree.
   */
  getSlate: {
    input: z.strictObject({
      ...slateKey,
      cursor: z.optional(z.string().check(z.regex(/^\d{1,6}$/, '分页参数有误'))),
      limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
    }),
    output: z.object({ slate: slateSchema }),
  },
  /** The written explanation (书面说明) that lets the slate go up with the rules now unmet; audited. */
  overrideSlate: {
    input: z.strictObject({
      roundId: id,
      orgId: id,
      version: z.int().check(z.gte(0)),
      reason: z.string().check(z.trim(), z.minLength(10, '书面说明不少于 10 个字'), z.maxLength(500)),
    }),
    output: z.object({ slate: slateSchema }),
  },
  /** The slate as a spreadsheet (never with ID numbers). */
  exportSlate: { input: z.strictObject(slateKey), output: fileReply },
  /** The recommendation report (推荐工作报告) of the organization, with its slate and checks. */
  exportReport: { input: z.strictObject(slateKey), output: fileReply },
  /**
   * The printable nomination form (推荐审批表), A4. `withIdNumber`: the full ID number, only for a
   * cadre of the nominee's own unit printing the file for the record (logged); masked otherwise.
   */
  exportForm: {
    input: z.strictObject({ id, withIdNumber: z.optional(z.boolean()) }),
    output: fileReply,
  },
} as const;
