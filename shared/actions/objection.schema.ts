/**
 * Inputs and outputs of the `objection` function. Objections (异议) to nominees in a notice: real-name filing, cases handled by cadres, confidential objector identities (sealed, then erased).
 *
 * No output of this file carries the objector's identity except `readIdentity` and `unseal`
 * (handling cadres, audited). The objector's own views (`mine`, `getMine`) carry the status, the
 * finding and the reply, never the cadres' internal notes or the verification.
 */
import * as z from 'zod/mini';
import { fileIdSchema } from '../story-blocks';
import { cursorSchema } from './content.schema';

const id = z.string().check(z.minLength(1), z.maxLength(64));
const version = z.int().check(z.gte(1));
const text = (min: number, max: number, message?: string) =>
  z.string().check(z.trim(), z.minLength(min, message ? { message } : undefined), z.maxLength(max));

/** Configurable minimum lengths are the defaults of the form; the service has no other floor. */
export const FACTS_MIN = 20;
export const FACTS_MAX = 2000;
export const LEADS_MIN = 5;
export const LEADS_MAX = 500;
export const MAX_EVIDENCE = 9;

export const OBJECTION_FINDINGS = ['substantiated', 'partlySubstantiated', 'unsubstantiated', 'unverifiable'] as const;
export const OBJECTION_FINDING_ZH: Record<(typeof OBJECTION_FINDINGS)[number], string> = {
  substantiated: '属实',
  partlySubstantiated: '部分属实',
  unsubstantiated: '不属实',
  unverifiable: '无法核实',
};
export const OBJECTION_STATUSES = ['received', 'verifying', 'concluded'] as const;
export const OBJECTION_STATUS_ZH: Record<(typeof OBJECTION_STATUSES)[number], string> = {
  received: '已受理',
  verifying: '核查中',
  concluded: '已办结',
};
export const OBJECTION_CHANNEL_ZH = { online: '小程序', phone: '电话', letter: '信函' } as const;
export const OBJECTOR_KIND_ZH = { person: '个人', unit: '单位', anonymous: '匿名' } as const;

const phoneNumber = z
  .string()
  .check(z.trim(), z.regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { message: '请填写正确的电话号码' }));
const facts = text(FACTS_MIN, FACTS_MAX, `请写明异议的具体事实，不少于${FACTS_MIN}个字`);
const leads = text(LEADS_MIN, LEADS_MAX, `请写明可供核查的线索（知情人、证据来源等），不少于${LEADS_MIN}个字`);
const evidence = z.array(fileIdSchema).check(z.maxLength(MAX_EVIDENCE, { message: `证据图片最多${MAX_EVIDENCE}张` }));
/** WeChat's `getPhoneNumber` code (locally `phone:1xxxxxxxxxx`). */
const phoneCode = z.string().check(z.minLength(1, { message: '请先验证手机号' }), z.maxLength(200));

const sealStatement = text(4, 300, '请填写盖章说明（如：加盖单位公章的书面异议已寄送受理机构）');
const onlineObjector = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), name: text(2, 20, '请填写真实姓名'), phoneCode }),
  z.strictObject({
    kind: z.literal('unit'),
    name: text(2, 60, '请填写单位名称'),
    contact: text(2, 20, '请填写联系人'),
    phoneCode,
    sealStatement,
  }),
  z.strictObject({ kind: z.literal('anonymous') }),
]);
const recordedObjector = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), name: text(2, 20, '请填写姓名'), phone: phoneNumber }),
  z.strictObject({
    kind: z.literal('unit'),
    name: text(2, 60, '请填写单位名称'),
    contact: text(2, 20, '请填写联系人'),
    phone: phoneNumber,
    sealStatement,
  }),
  z.strictObject({ kind: z.literal('anonymous') }),
]);

const filed = z.object({
  id: z.string(),
  caseNo: z.string(),
  late: z.boolean(),
  /** `review`: accepted, a person looks at the text; `pending`: the check failed and is retried. */
  contentCheck: z.enum(['pass', 'review', 'pending']),
  /** The subscribe message template the client asks consent for right after filing; null when not configured. */
  subscribeTemplateId: z.nullable(z.string()),
});

/** A case as its objector sees it: no notes, no verification, no assignee. */
const myCaseSchema = z.object({
  id: z.string(),
  caseNo: z.string(),
  nomineeName: z.string(),
  noticeTitle: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  finding: z.nullable(z.enum(OBJECTION_FINDINGS)),
  late: z.boolean(),
  createdAt: z.string(),
});
export type MyObjection = z.infer<typeof myCaseSchema>;

const myCaseViewSchema = z.object({
  ...myCaseSchema.shape,
  objectorKind: z.enum(['person', 'unit', 'anonymous']),
  facts: z.string(),
  leads: z.string(),
  evidenceUrls: z.array(z.string()),
  reply: z.nullable(z.string()),
  dueAt: z.string(),
  concludedAt: z.nullable(z.string()),
  identityErased: z.boolean(),
  /** The objector may erase their identity from a concluded case. */
  canErase: z.boolean(),
});
export type MyObjectionView = z.infer<typeof myCaseViewSchema>;

/**
 * A case in a cadre's list. `access`: `handling` (the notice's organization or above: everything
 * but the identity), `verifying` (a lower-tier organization a verification was handed to: the
 * facts, no identity), `redacted` (a cadre below whose nominee it concerns: only that it exists).
 */
const caseSummarySchema = z.object({
  id: z.string(),
  caseNo: z.string(),
  access: z.enum(['handling', 'verifying', 'redacted']),
  nomineeName: z.string(),
  noticeTitle: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  createdAt: z.string(),
  channel: z.nullable(z.enum(['online', 'phone', 'letter'])),
  finding: z.nullable(z.enum(OBJECTION_FINDINGS)),
  late: z.nullable(z.boolean()),
  contentCheck: z.nullable(z.enum(['pass', 'review', 'pending'])),
  dueAt: z.nullable(z.string()),
  overdue: z.nullable(z.boolean()),
  assignee: z.nullable(z.string()),
});
export type ObjectionCaseSummary = z.infer<typeof caseSummarySchema>;

const verificationSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  instructions: z.string(),
  requestedAt: z.string(),
  dueAt: z.string(),
  findings: z.nullable(z.string()),
  reportedAt: z.nullable(z.string()),
  reportedByName: z.nullable(z.string()),
});
export type ObjectionVerification = z.infer<typeof verificationSchema>;

const caseViewSchema = z.object({
  id: z.string(),
  version: z.number(),
  caseNo: z.string(),
  access: z.enum(['handling', 'verifying']),
  noticeId: z.string(),
  noticeTitle: z.string(),
  nominationId: z.string(),
  nomineeName: z.string(),
  /** The notice's publishing organization (a verification goes to one below it). */
  orgId: z.string(),
  orgName: z.string(),
  channel: z.enum(['online', 'phone', 'letter']),
  objectorKind: z.enum(['person', 'unit', 'anonymous']),
  facts: z.string(),
  leads: z.string(),
  evidence: z.array(z.object({ fileId: z.string(), url: z.string() })),
  late: z.boolean(),
  contentCheck: z.enum(['pass', 'review', 'pending']),
  status: z.enum(OBJECTION_STATUSES),
  finding: z.nullable(z.enum(OBJECTION_FINDINGS)),
  reply: z.nullable(z.string()),
  dueAt: z.string(),
  overdue: z.boolean(),
  createdAt: z.string(),
  concludedAt: z.nullable(z.string()),
  assignee: z.nullable(z.string()),
  /** Internal notes: handling cadres only (empty for `verifying`). */
  notes: z.array(z.object({ at: z.string(), byName: z.string(), text: z.string() })),
  verification: z.nullable(verificationSchema),
  /** Whether an identity exists and how it may be read; never the identity itself. */
  identity: z.enum(['available', 'sealed', 'erased', 'none']),
  canUnseal: z.boolean(),
});
export type ObjectionCaseView = z.infer<typeof caseViewSchema>;

const identitySchema = z.object({
  kind: z.enum(['person', 'unit']),
  name: z.string(),
  phone: z.string(),
  contact: z.nullable(z.string()),
  sealStatement: z.nullable(z.string()),
});
export type ObjectorIdentity = z.infer<typeof identitySchema>;

const caseRef = z.strictObject({ id, version });
const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });

export const objectionActions = {
  /** A member of the public files an objection against a nominee of a notice. */
  file: {
    input: z.strictObject({
      noticeId: id,
      nominationId: id,
      objector: onlineObjector,
      facts,
      leads,
      evidenceFileIds: z.optional(evidence),
    }),
    output: filed,
  },
  /** A handling cadre enters an objection received by phone or letter. */
  record: {
    input: z.strictObject({
      noticeId: id,
      nominationId: id,
      channel: z.enum(['phone', 'letter']),
      objector: recordedObjector,
      facts,
      leads,
      evidenceFileIds: z.optional(evidence),
    }),
    output: filed,
  },
  /** 我的异议. */
  mine: { input: z.strictObject({ cursor: cursorSchema }), output: page(myCaseSchema) },
  getMine: { input: z.strictObject({ id }), output: myCaseViewSchema },
  /** The objector erases their identity from a concluded case (the case leaves 我的异议). */
  eraseMine: { input: z.strictObject({ id }), output: z.object({ id: z.string(), erasedAt: z.string() }) },
  listCases: {
    input: z.strictObject({
      /** The grant the list is read under (the cadre pages' `?grant=`); else the broadest. */
      grantId: z.optional(id),
      scope: z.optional(z.enum(['handling', 'verifying', 'redacted'])),
      status: z.optional(z.enum(OBJECTION_STATUSES)),
      overdue: z.optional(z.boolean()),
      reviewFlagged: z.optional(z.boolean()),
      cursor: cursorSchema,
    }),
    output: page(caseSummarySchema),
  },
  getCase: { input: z.strictObject({ id }), output: caseViewSchema },
  /** received → verifying, with the cadre responsible (承办人). Re-assigning keeps the status. */
  assign: {
    input: z.strictObject({ ...caseRef.shape, assignee: text(2, 20, '请填写承办人') }),
    output: caseViewSchema,
  },
  addNote: {
    input: z.strictObject({ ...caseRef.shape, text: text(2, 1000, '请填写核查记录') }),
    output: caseViewSchema,
  },
  /** Hands the facts (never the identity) to a lower-tier organization's cadres for verification. */
  handDown: {
    input: z.strictObject({
      ...caseRef.shape,
      orgId: id,
      instructions: text(4, 500, '请写明需核查的事项'),
      dueAt: z.iso.datetime({ offset: true }),
    }),
    output: caseViewSchema,
  },
  /** The lower-tier organization's cadres record their findings. */
  reportVerification: {
    input: z.strictObject({ ...caseRef.shape, findings: text(10, 2000, '请填写核查情况，不少于10个字') }),
    output: caseViewSchema,
  },
  conclude: {
    input: z.strictObject({
      ...caseRef.shape,
      finding: z.enum(OBJECTION_FINDINGS),
      reply: text(10, 1000, '请填写给异议人的答复，不少于10个字'),
    }),
    output: caseViewSchema,
  },
  /** The objector's identity, for a handling cadre before the conclusion; every reading is audited. */
  readIdentity: { input: z.strictObject({ id }), output: identitySchema },
  /** After the conclusion: the sealed identity, for holders of `objection.unseal`, with a reason. */
  unseal: { input: z.strictObject({ id, reason: text(4, 200, '请填写启封理由') }), output: identitySchema },
  /** What the cadre's 待办 shows of objections. */
  todo: {
    input: z.strictObject({ grantId: z.optional(id) }),
    output: z.object({ open: z.number(), overdue: z.number(), reviewFlagged: z.number(), verifications: z.number() }),
  },
} as const;
