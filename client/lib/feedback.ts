/** Feedback and leads on the client: routes, what each status allows, and the form's checks. Pure but for routing. */
import Taro from '@tarojs/taro';
import {
  FEEDBACK_LIMITS,
  FEEDBACK_STATUS_ZH,
  type FeedbackKind,
  type FeedbackStatus,
} from '../../shared/actions/feedback.schema';
import type { PrivacyRowId } from '../../shared/privacy';
import type { ChipTone } from '../components/status-chip';

export const FEEDBACK_ROUTES = {
  send: '/public/pages/feedback/index',
  mine: '/public/pages/my-feedback/index',
  privacy: '/public/pages/privacy/index',
  admin: '/cadre/pages/feedback-admin/index',
} as const;

export function feedbackUrl(kind: FeedbackKind): string {
  return `${FEEDBACK_ROUTES.send}?kind=${kind}`;
}

export function privacyUrl(row?: PrivacyRowId): string {
  return row ? `${FEEDBACK_ROUTES.privacy}?row=${row}` : FEEDBACK_ROUTES.privacy;
}

export function feedbackAdminUrl(grantId: string, kind: FeedbackKind): string {
  return `${FEEDBACK_ROUTES.admin}?grant=${encodeURIComponent(grantId)}&kind=${kind}`;
}

export function go(url: string): void {
  void Taro.navigateTo({ url });
}

export const FEEDBACK_STATUS: Record<FeedbackStatus, { tone: ChipTone; text: string }> = {
  received: { tone: 'warn', text: FEEDBACK_STATUS_ZH.received },
  processing: { tone: 'draft', text: FEEDBACK_STATUS_ZH.processing },
  closed: { tone: 'live', text: FEEDBACK_STATUS_ZH.closed },
  withdrawn: { tone: 'off', text: FEEDBACK_STATUS_ZH.withdrawn },
  refused: { tone: 'off', text: FEEDBACK_STATUS_ZH.refused },
};

export const isOpenStatus = (s: FeedbackStatus): boolean => s === 'received' || s === 'processing';

export interface FeedbackDraft {
  kind: FeedbackKind;
  content: string;
  name: string;
  unit: string;
  reason: string;
  contact: string;
}

export type FeedbackField = 'content' | 'name' | 'unit' | 'reason' | 'contact' | 'orgId';

function length(value: string, limits: { min: number; max: number }, what: string): string | null {
  const n = [...value.trim()].length;
  if (n === 0) return `请填写${what}`;
  if (n < limits.min) return `${what}至少 ${limits.min} 个字`;
  if (n > limits.max) return `${what}不能超过 ${limits.max} 个字`;
  return null;
}

/** The same rules as the shared schema, checked before sending. */
export function checkFeedback(d: FeedbackDraft): Partial<Record<FeedbackField, string | null>> {
  const contact = d.contact.trim();
  return {
    ...(d.kind === 'feedback'
      ? { content: length(d.content, FEEDBACK_LIMITS.content, '反馈内容') }
      : {
          name: length(d.name, FEEDBACK_LIMITS.leadName, '姓名'),
          unit: length(d.unit, FEEDBACK_LIMITS.leadUnit, '工作单位'),
          reason: length(d.reason, FEEDBACK_LIMITS.leadReason, '推荐理由'),
        }),
    contact: contact ? length(contact, FEEDBACK_LIMITS.contact, '联系方式') : null,
  };
}
