/**
 * One feedback item or lead: kind, status, organization, date, the text, the contact (as the viewer
 * may see it), the replies in order, and the actions the caller passes (撤回, 删除个人信息, 办理…).
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { FEEDBACK_KIND_ZH } from '../../../shared/actions/feedback.schema';
import type { MyFeedback } from '../../api/feedback';
import { FEEDBACK_STATUS } from '../../lib/feedback';
import { formatDateTimeZh } from '../../lib/format';
import { StatusChip } from '../status-chip';
import './index.scss';

export interface FeedbackCardProps {
  item: Omit<MyFeedback, 'replies'> & { replies: Array<MyFeedback['replies'][number] & { byName?: string }> };
  /** What the viewer may see of the contact (masked for the sender, in full for the handling cadres). */
  contact: string | null;
  /** Chips after the status (待复核, 分派给我 …). */
  flags?: ReactNode;
  actions?: ReactNode;
}

export function FeedbackCard({ item, contact, flags, actions }: FeedbackCardProps) {
  const status = FEEDBACK_STATUS[item.status];
  return (
    <View className="feedback-card" ariaLabel={`${FEEDBACK_KIND_ZH[item.kind]}，${status.text}`}>
      <View className="feedback-card__head">
        <Text className="feedback-card__kind">{FEEDBACK_KIND_ZH[item.kind]}</Text>
        <StatusChip tone={status.tone} text={status.text} />
        {flags}
      </View>
      <Text className="muted feedback-card__meta">{`${item.orgName} · ${formatDateTimeZh(item.createdAt)}`}</Text>
      {item.lead ? (
        <View className="feedback-card__body">
          <Text className="feedback-card__lead">{`被推荐人：${item.lead.name}（${item.lead.unit}）`}</Text>
          <Text className="feedback-card__text">{item.lead.reason}</Text>
        </View>
      ) : item.content ? (
        <Text className="feedback-card__text feedback-card__body">{item.content}</Text>
      ) : (
        <Text className="muted feedback-card__body">
          {item.status === 'refused' ? '内容未通过安全检查，未予受理，原文已删除。' : '个人信息已删除。'}
        </Text>
      )}
      {contact ? <Text className="muted feedback-card__meta">{`联系方式：${contact}`}</Text> : null}
      {item.replies.map((r, i) => (
        <View key={`${r.at}-${i}`} className="feedback-card__reply">
          <Text className="feedback-card__reply-by">
            {`${r.byOrg}${r.byName ? ` ${r.byName}` : ''} 回复 · ${formatDateTimeZh(r.at)}`}
          </Text>
          <Text className="feedback-card__text">{r.text}</Text>
        </View>
      ))}
      {actions ? <View className="feedback-card__actions">{actions}</View> : null}
    </View>
  );
}
