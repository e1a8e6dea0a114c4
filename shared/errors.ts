/**
 * Error codes every function may return, and the Chinese message a user sees for each.
 * Pure: shared by the functions (which raise them) and the client (which shows them).
 */

export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INVITATION_INVALID',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'ORG_HAS_CHILDREN',
  'ORG_RETIRED',
  'IMPORT_INVALID',
  'EVENT_FULL',
  'EVENT_CLOSED',
  'CONTENT_RISKY',
  'CONSENT_MISSING',
  'STORY_CONSENT_MISSING',
  'INTERNAL',
  'NETWORK',
  'WRONG_TIER',
  'WRONG_ROLE',
  'WRONG_STAGE',
  'WRONG_STATUS',
  'NOT_EDITABLE',
  'TERMINAL',
  'INVALID_STATE',
  'REASON_REQUIRED',
  'FACTS_MISSING',
  'MEETING_FORM_NOT_ALLOWED',
  'INVALID_COUNTS',
  'QUORUM_NOT_MET',
  'MAJORITY_NOT_REACHED',
  'NOTICE_NOT_CLOSED',
  'OBJECTIONS_OPEN',
  'OBJECTION_SUBSTANTIATED',
  'CONSULTATION_INCOMPLETE',
  'DEPARTMENT_NOT_REQUIRED',
  'ALREADY_SIGNED',
  'INSPECTION_REQUIRED',
  'CALENDAR_MISSING',
  'SLATE_OVER_QUOTA',
  'SLATE_OVERRIDE_REQUIRED',
  'WINDOW_CLOSED',
  'ANONYMOUS_NOT_ALLOWED',
  'PHONE_UNVERIFIED',
  'IDENTITY_SEALED',
  'IDENTITY_ERASED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The codes the platform (entry, policy, store) returns for any function; the rest are domain codes. */
export const PLATFORM_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];

/** What the user reads. Function replies carry the same text in `message`. */
export const ERROR_MESSAGES_ZH: Record<ErrorCode, string> = {
  BAD_REQUEST: '填写的内容有误，请检查后重试',
  UNKNOWN_ACTION: '暂不支持该操作，请更新小程序后重试',
  UNAUTHENTICATED: '请先登录后再操作',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '内容不存在或已下线',
  CONFLICT: '内容已被他人修改，请刷新后重试',
  PAYLOAD_TOO_LARGE: '提交的内容过大，请精简后重试',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  INVITATION_INVALID: '邀请码无效，请核对后重试',
  INVITATION_EXPIRED: '邀请码已过期，请联系发放人重新获取',
  INVITATION_USED: '邀请码已被使用',
  ORG_HAS_CHILDREN: '该组织下仍有在用的下级组织，请先处理下级组织',
  ORG_RETIRED: '该组织已撤销',
  IMPORT_INVALID: '导入文件有错误，未导入任何数据，请按错误清单修改后重新导入',
  EVENT_FULL: '名额已满，欢迎关注下一场活动',
  EVENT_CLOSED: '活动已结束或报名已截止',
  CONTENT_RISKY: '内容未通过安全检查，请修改后重试',
  CONSENT_MISSING: '该劳模尚未同意公开宣传，不能发布',
  STORY_CONSENT_MISSING: '故事中的人物没有劳模档案，发布前须登记本人的宣传同意（同意声明、签署日期和签字的同意书）',
  INTERNAL: '服务暂时不可用，请稍后重试',
  NETWORK: '网络连接失败，请检查网络后重试',
  WRONG_TIER: '该环节须由其他层级的工会办理',
  WRONG_ROLE: '您的身份不能办理该环节',
  WRONG_STAGE: '该推荐当前不在此环节，不能跳过或重复环节',
  WRONG_STATUS: '该推荐当前的状态不能进行此操作',
  NOT_EDITABLE: '推荐材料已提交，不能修改；如需修改，请由上级退回补正',
  TERMINAL: '该推荐已办结，不能再操作',
  INVALID_STATE: '该推荐的流程状态异常，请联系区总工会',
  REASON_REQUIRED: '请填写书面意见或理由',
  FACTS_MISSING: '办理所需的材料不完整，请补充后重试',
  MEETING_FORM_NOT_ALLOWED: '本届评选不接受该会议形式的民主推荐',
  INVALID_COUNTS: '民主推荐人数有误：到会人数不能超过应到人数，赞成票不能超过到会人数',
  QUORUM_NOT_MET: '到会人数未达到规定比例，民主推荐无效',
  MAJORITY_NOT_REACHED: '赞成票未达到规定比例（按全体代表人数计算），未能推荐',
  NOTICE_NOT_CLOSED: '公示期尚未结束',
  OBJECTIONS_OPEN: '尚有异议未办结，请办结后再继续',
  OBJECTION_SUBSTANTIATED: '异议经核查属实，请退回或终止该推荐',
  CONSULTATION_INCOMPLETE: '征求意见尚未完成',
  DEPARTMENT_NOT_REQUIRED: '本推荐无需贵部门签署意见',
  ALREADY_SIGNED: '贵部门已签署意见',
  INSPECTION_REQUIRED: '请先登记考察情况',
  CALENDAR_MISSING: '公示期所在年份的节假日安排尚未公布，请由区总工会录入当年安排后再开始公示',
  SLATE_OVER_QUOTA: '上报人数已达本单位名额，不能再上报',
  SLATE_OVERRIDE_REQUIRED: '推荐名单的比例结构未达要求，须先在名单页填写书面说明后方可上报',
  WINDOW_CLOSED: '公示期已结束，不再受理异议',
  ANONYMOUS_NOT_ALLOWED: '本次公示不受理匿名异议，请以个人或单位实名提出',
  PHONE_UNVERIFIED: '手机号验证失败，请重新验证',
  IDENTITY_SEALED: '该异议已办结，异议人信息已封存，须经授权启封后查看',
  IDENTITY_ERASED: '异议人信息已按规定删除',
};

/** One problem with one input field, by its path (e.g. `["deeds", "short"]`). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** Raised by services and the entry; turned into `{ ok: false, code, ... }` at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra: { issues?: FieldIssue[]; current?: unknown } = {},
  ) {
    super(message ?? ERROR_MESSAGES_ZH[code]);
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
