/** Inputs and outputs of the `identity` function: who am I, invitations, grants, setup. */
import * as z from 'zod/mini';
import { CAPABILITIES, grantSchema, ROLES } from '../grants';

export const invitationCodeSchema = z
  .string()
  .check(z.trim(), z.regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}-?[A-Z0-9]{4}$/i, '邀请码格式为 12 位字母或数字'));

export const publicGrantSchema = z.omit(grantSchema, { grantedBy: true });

/**
 * The subscribe messages (订阅消息) a cadre or department reviewer may receive; the client asks consent
 * for them (WeChat sends none without it). Template ids come from the functions' environment
 * (cloudfunctions/_platform/templates.ts); only configured ones are listed.
 */
export const CADRE_SUBSCRIBE_KEYS = ['nominationTodo', 'nominationDeadline', 'handover', 'noticeClosed'] as const;
export type CadreSubscribeKey = (typeof CADRE_SUBSCRIBE_KEYS)[number];

export const meOutput = z.object({
  signedIn: z.boolean(),
  displayName: z.nullable(z.string()),
  grants: z.array(publicGrantSchema),
  /** For the grants that receive messages: the configured templates (absent for readers). */
  subscribeTemplates: z.optional(z.array(z.object({ key: z.enum(CADRE_SUBSCRIBE_KEYS), id: z.string() }))),
});

export const identityActions = {
  me: { input: z.strictObject({}), output: meOutput },
  redeemInvitation: {
    input: z.strictObject({
      code: invitationCodeSchema,
      displayName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))),
    }),
    output: z.object({ grant: publicGrantSchema }),
  },
  redeemSetupCode: {
    input: z.strictObject({
      code: invitationCodeSchema,
      displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
    }),
    output: z.object({ grant: publicGrantSchema }),
  },
  createInvitation: {
    input: z.strictObject({
      role: z.enum(ROLES),
      orgId: z.string().check(z.minLength(1), z.maxLength(64)),
      capabilities: z.array(z.enum(CAPABILITIES)).check(z.maxLength(CAPABILITIES.length)),
      department: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(30))),
      modelWorkerId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      /** 1 hour to 14 days. */
      expiresInHours: z.int().check(z.gte(1), z.lte(336)),
    }),
    output: z.object({ invitationId: z.string(), code: z.string(), expiresAt: z.string() }),
  },
  listGrants: {
    input: z.strictObject({ orgId: z.string().check(z.minLength(1), z.maxLength(64)) }),
    output: z.object({
      items: z.array(
        z.object({
          grantId: z.string(),
          version: z.number(),
          holderName: z.string(),
          role: z.enum(ROLES),
          orgName: z.string(),
          capabilities: z.array(z.enum(CAPABILITIES)),
          grantedAt: z.string(),
        }),
      ),
    }),
  },
  revokeGrant: {
    input: z.strictObject({
      grantId: z.string().check(z.minLength(1), z.maxLength(64)),
      version: z.int().check(z.gte(1)),
      reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)),
    }),
    output: z.object({ revoked: z.literal(true) }),
  },
} as const;
