/**
 * The privacy guide's data (用户隐私保护指引): every personal field the product collects, where, why,
 * who sees it and how long it is kept. One typed table: the guide page renders it, and every form
 * that collects personal data links to its own rows (`/public/pages/privacy/index?row=<id>`).
 * Pure data; UI text in Chinese. When a form starts collecting a new field, add its row here.
 */

/** Feedback and leads: their personal data is deleted this long after the item is finished. */
export const FEEDBACK_RETENTION_DAYS = 365;

/**
 * Consent WeChat itself requires before the data is collected: the phone number button
 * (`open-type="getPhoneNumber"`), a subscribe message request, choosing images; `separate` is the
 * separate written consent PIPL art. 25 requires before a person's data is published.
 */
export type PrivacyConsent = 'phoneNumber' | 'subscribeMessage' | 'imageUpload' | 'separate';

export const PRIVACY_CONSENT_ZH: Record<PrivacyConsent, string> = {
  phoneNumber: '提交前由您点击授权，经微信验证手机号',
  subscribeMessage: '提交后询问您是否接收通知，每次授权只发一条',
  imageUpload: '由您选择并上传图片',
  separate: '公开前须本人单独书面同意',
};

export const PRIVACY_ROW_IDS = [
  'wechatIdentity',
  'likes',
  'signups',
  'cadreName',
  'nominationForm',
  'nomineeIdNumber',
  'objectorIdentity',
  'objectorPhone',
  'objectionEvidence',
  'subscribeMessage',
  'feedbackContent',
  'feedbackContact',
] as const;
export type PrivacyRowId = (typeof PRIVACY_ROW_IDS)[number];

export interface PrivacyRow {
  id: PrivacyRowId;
  /** 个人信息: the fields. */
  field: string;
  /** Where it is collected (the page or form). */
  collectedIn: string;
  /** 目的. */
  purpose: string;
  /** Who can see it. */
  whoSees: string;
  /** 保存期限. */
  retention: string;
  /** Sensitive personal information (PIPL art. 28): ID numbers, ethnicity, and the like. */
  sensitive: boolean;
  consent?: PrivacyConsent;
}

export const PRIVACY_ROWS: readonly PrivacyRow[] = [
  {
    id: 'wechatIdentity',
    field: '微信身份标识（OpenID）',
    collectedIn: '打开小程序时由微信提供',
    purpose: '识别是您本人在点赞、报名、反馈或提出异议，并在「我的」中列出您的记录',
    whoSees: '仅系统使用，工作人员看不到；点赞和反馈记录只保存其不可逆的摘要',
    retention: '随相应记录保存，记录删除时一并删除',
    sensitive: false,
  },
  {
    id: 'likes',
    field: '点赞记录',
    collectedIn: '劳模故事',
    purpose: '每人每篇故事只计一次赞',
    whoSees: '仅您本人；其他人只看到点赞总数',
    retention: '随故事保存',
    sensitive: false,
  },
  {
    id: 'signups',
    field: '活动报名与签到记录',
    collectedIn: '劳模活动报名、现场签到',
    purpose: '管理活动名额、签到，记录志愿服务时长',
    whoSees: '您本人；主办活动的工会只看到报名人数',
    retention: '作为志愿服务记录保存；如需删除，可通过「意见反馈」联系我们',
    sensitive: false,
  },
  {
    id: 'cadreName',
    field: '称呼',
    collectedIn: '我的 · 兑换邀请码（工会干部、部门审核人）',
    purpose: '在工会工作中显示办理人的身份，如审核、答复记录',
    whoSees: '同一组织体系内的工会干部',
    retention: '授权有效期间保存；操作留痕记录中只保存账号标识',
    sensitive: false,
  },
  {
    id: 'nominationForm',
    field: '推荐人选信息：姓名、性别、民族、出生日期、政治面貌、学历、单位、职务、职称、荣誉、事迹',
    collectedIn: '推荐审批表（仅由工会干部填写）',
    purpose: '劳模评选表彰的推荐、审核、征求意见和公示',
    whoSees:
      '办理推荐的各级工会干部、需要签署意见的部门审核人；公示时只公开姓名、性别、单位职务、推荐称号和简要事迹，从不公开出生日期、民族、身份证号码和联系方式',
    retention: '作为评选表彰档案长期保存',
    sensitive: true,
    consent: 'separate',
  },
  {
    id: 'nomineeIdNumber',
    field: '身份证号码',
    collectedIn: '推荐审批表（仅由工会干部录入）',
    purpose: '核对推荐人选身份与出生日期',
    whoSees: '单独存放；任何页面和导出只显示遮挡后的号码（如 110***********1234）',
    retention: '随评选表彰档案保存',
    sensitive: true,
  },
  {
    id: 'objectorIdentity',
    field: '异议人身份：个人的姓名；单位的名称、联系人和盖章说明',
    collectedIn: '公示 · 提出异议（实名）',
    purpose: '核实异议内容，并向异议人答复核查结果',
    whoSees: '仅办理该异议的工会干部，每次查看都留痕；其他干部只知道有异议，公众看不到；交下级核查时不附身份',
    retention: '办结后封存，只能经留痕的启封查看；保存期满后删除',
    sensitive: false,
  },
  {
    id: 'objectorPhone',
    field: '手机号码',
    collectedIn: '公示 · 提出异议（个人实名）',
    purpose: '确认异议人真实身份，必要时联系核实',
    whoSees: '仅办理该异议的工会干部，每次查看都留痕',
    retention: '与异议人身份一同封存，保存期满后删除',
    sensitive: false,
    consent: 'phoneNumber',
  },
  {
    id: 'objectionEvidence',
    field: '异议证据图片（最多 9 张）',
    collectedIn: '公示 · 提出异议',
    purpose: '核实异议反映的事实',
    whoSees: '办理该异议的工会干部',
    retention: '随异议档案保存',
    sensitive: false,
    consent: 'imageUpload',
  },
  {
    id: 'subscribeMessage',
    field: '订阅消息授权',
    collectedIn: '提出异议后',
    purpose: '异议办结时通过微信服务通知提醒您查看答复',
    whoSees: '仅系统使用',
    retention: '发送一条通知后即失效',
    sensitive: false,
    consent: 'subscribeMessage',
  },
  {
    id: 'feedbackContent',
    field: '反馈内容；推荐线索中被推荐人的姓名、工作单位和推荐理由',
    collectedIn: '意见反馈、推荐线索',
    purpose: '改进工会服务；发现优秀职工，充实优秀职工信息库',
    whoSees: '您本人，以及您所选组织及其上级工会中负责办理的干部（意见反馈由内容管理人员、推荐线索由档案管理人员办理）',
    retention: `办结或撤回后满 ${FEEDBACK_RETENTION_DAYS} 天自动删除；您也可以随时在「我的反馈」中删除已办结事项的个人信息`,
    sensitive: false,
  },
  {
    id: 'feedbackContact',
    field: '联系方式（选填，如手机号码）',
    collectedIn: '意见反馈、推荐线索',
    purpose: '办理中需要时联系您',
    whoSees: '仅负责办理的工会干部；「我的反馈」中只显示遮挡后的号码',
    retention: `与反馈内容一同删除（办结或撤回后满 ${FEEDBACK_RETENTION_DAYS} 天，或您自行删除时）`,
    sensitive: false,
  },
];

export function privacyRow(id: PrivacyRowId): PrivacyRow {
  return PRIVACY_ROWS.find((r) => r.id === id)!;
}

/** How to reach us about personal data (PIPL art. 44–47: access, correction, deletion). */
export const PRIVACY_RIGHTS =
  '您可以在「我的」中查看自己的报名、反馈和异议；可以撤回办理中的反馈，并删除已办结反馈中的个人信息。其他查询、更正或删除请求，请通过「意见反馈」告诉我们，我们将在 15 个工作日内答复。';
