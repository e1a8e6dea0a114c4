/**
 * Who may act: a grant is (role, organization, capabilities). A user may hold several.
 */
import * as z from 'zod/mini';
import type { Tier } from './org';

export const ROLES = ['cadre', 'departmentReviewer', 'modelWorker'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Capabilities refine a role. A cadre grant carries the capabilities of its holder's job;
 * a granter can only hand out capabilities they hold themselves.
 */
export const CAPABILITIES = [
  'org.manage',
  'grant.invite',
  'nomination.review',
  'content.manage',
  'records.manage',
  /** Read a sealed objector identity after the case (audited, with a reason). */
  'objection.unseal',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const ROLE_ZH: Record<Role, string> = {
  cadre: '工会干部',
  departmentReviewer: '部门审核人',
  modelWorker: '劳模',
};

export const CAPABILITY_ZH: Record<Capability, string> = {
  'org.manage': '组织管理',
  'grant.invite': '发放邀请码',
  'nomination.review': '推荐审核',
  'content.manage': '内容管理',
  'records.manage': '档案管理',
  'objection.unseal': '异议人信息启封',
};

export const grantSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  orgId: z.string(),
  /** Denormalized from the organization, so subtree checks need no read. */
  orgPathKey: z.string(),
  orgName: z.string(),
  tier: z.enum(['district', 'middle', 'grassroots']),
  capabilities: z.array(z.enum(CAPABILITIES)),
  /** For a department reviewer: the department's name (e.g. 市场监管局). */
  department: z.optional(z.string()),
  /** For a model worker: their record id. */
  modelWorkerId: z.optional(z.string()),
  grantedBy: z.string(),
  grantedAt: z.string(),
});
export type Grant = z.infer<typeof grantSchema>;

const TIER_RANK: Record<Tier, number> = { district: 0, middle: 1, grassroots: 2 };

/** A cadre may invite cadres only strictly below their own tier, or at the grassroots from middle. */
export function tierIsBelow(lower: Tier, upper: Tier): boolean {
  return TIER_RANK[lower] > TIER_RANK[upper];
}
