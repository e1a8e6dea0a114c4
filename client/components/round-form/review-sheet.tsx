/**
 * Before a round's change is saved: what changes, field by field; once the rules are frozen the
 * change is an audited amendment and the reason is required (before freezing it is optional).
 */
import { Text, View } from '@tarojs/components';
import type { RoundChange } from '../../lib/round-changes';
import { ReasonSheet } from '../reason-sheet';

export interface RoundReviewProps {
  frozen: boolean;
  /** The number this amendment will carry (frozen rounds). */
  seq: number;
  changes: RoundChange[];
  reason: string;
  onReasonChange: (v: string) => void;
  reasonError: string | null;
  formError: string | null;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/** 2–200 characters when frozen; optional before. */
export function checkAmendReason(reason: string, frozen: boolean): string | null {
  const n = [...reason.trim()].length;
  if (frozen && (n < 2 || n > 200)) return '评选规则已冻结，修改须填写 2–200 字的理由';
  if (!frozen && n > 200) return '说明不能超过 200 个字';
  return null;
}

export function RoundReview(props: RoundReviewProps) {
  const { frozen, seq, changes } = props;
  return (
    <ReasonSheet
      title={frozen ? '确认修订（留痕）' : '确认修改'}
      note={
        frozen
          ? `规则已冻结：以下修改将作为第 ${seq} 次修订记录在案，修订记录和理由对各级推荐干部可见。`
          : '尚无推荐提交，保存后直接生效（修改会记入操作记录）。'
      }
      reason={props.reason}
      onReasonChange={props.onReasonChange}
      reasonLabel={frozen ? '修订理由' : '修改说明（选填）'}
      reasonPlaceholder={frozen ? '例如：按市总工会通知调整名额' : '可不填'}
      reasonError={props.reasonError}
      formError={props.formError}
      submitText={frozen ? '确认修订' : '确认保存'}
      pendingText="正在保存…"
      pending={props.pending}
      onSubmit={props.onSubmit}
      onCancel={props.onCancel}
    >
      <View className="round-review" ariaRole="list" ariaLabel="修改内容">
        {changes.map((c) => (
          <View key={c.key} className="round-review__item" ariaRole="listitem">
            <Text className="round-review__label">{c.label}</Text>
            {c.lines.map((line) => (
              <Text key={line} className="round-review__line">
                {line}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </ReasonSheet>
  );
}
