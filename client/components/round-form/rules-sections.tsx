/** The objection policy, the democratic recommendation's quorum rule per meeting form, the deed limits. */
import { Text, View } from '@tarojs/components';
import { MEETING_FORMS, MEETING_FORM_ZH, type MeetingForm } from '../../../shared/selection/round';
import type { QuorumDraft, ThresholdDraft } from '../../lib/round-draft';
import { ChoiceChips, TextField } from '../form-field';
import { FieldError, SwitchRow, type SectionProps } from './section';

export function ObjectionSection({ draft, set }: SectionProps) {
  const policy = draft.objectionPolicy;
  return (
    <View>
      <SwitchRow
        label="受理匿名异议"
        hint="开启：匿名异议按异议案件调查处理；关闭：只作为线索参考。"
        checked={policy.anonymousAllowed}
        onChange={(v) => set({ objectionPolicy: { ...policy, anonymousAllowed: v } })}
      />
      <SwitchRow
        label="公示期后至表彰决定前仍受理异议"
        hint="开启：逾期异议也立案处理，办结前暂停表彰决定。"
        checked={policy.lateObjectionsUntilConferral}
        onChange={(v) => set({ objectionPolicy: { ...policy, lateObjectionsUntilConferral: v } })}
      />
    </View>
  );
}

const COMPARISONS = [
  { value: 'atLeast' as const, label: '不少于' },
  { value: 'moreThan' as const, label: '超过' },
];

function ThresholdFields(props: {
  label: string;
  value: ThresholdDraft;
  error: string | null;
  onChange: (t: ThresholdDraft) => void;
}) {
  const { label, value, error, onChange } = props;
  return (
    <View className="round-quorum__threshold">
      <ChoiceChips
        label={label}
        options={COMPARISONS}
        value={[value.comparison]}
        onChange={(v) => onChange({ ...value, comparison: v[0] ?? value.comparison })}
      />
      <View className="round-form__pair">
        <TextField
          label="分子"
          accessibleLabel={`${label}分子`}
          type="number"
          maxlength={3}
          value={value.numerator}
          onChange={(v) => onChange({ ...value, numerator: v })}
        />
        <Text className="round-quorum__slash">/</Text>
        <TextField
          label="分母"
          accessibleLabel={`${label}分母`}
          type="number"
          maxlength={3}
          value={value.denominator}
          onChange={(v) => onChange({ ...value, denominator: v })}
        />
      </View>
      <FieldError message={error} />
    </View>
  );
}

export function QuorumSection({ draft, set, error }: SectionProps) {
  const setForm = (form: MeetingForm, q: QuorumDraft) => set({ quorum: { ...draft.quorum, [form]: q } });
  return (
    <View>
      <Text className="muted round-form__hint">
        到会人数和赞成票都按全体代表（职工大会按全体职工）计算，不是按到会人数。未采用的会议形式不能用于民主推荐。
      </Text>
      {MEETING_FORMS.map((form) => {
        const q = draft.quorum[form];
        const zh = MEETING_FORM_ZH[form];
        return (
          <View key={form} className="round-form__item">
            <Text className="round-form__item-title">{zh}</Text>
            {form === 'workersCongress' ? (
              <Text className="muted">职工代表大会始终可以采用。</Text>
            ) : (
              <SwitchRow
                label={`允许采用${zh}`}
                checked={q.enabled}
                onChange={(v) => setForm(form, { ...q, enabled: v })}
              />
            )}
            {q.enabled || form === 'workersCongress' ? (
              <>
                <ThresholdFields
                  label={`${zh}到会比例`}
                  value={q.presence}
                  error={error(`quorum.${form}.presence`)}
                  onChange={(t) => setForm(form, { ...q, presence: t })}
                />
                <ThresholdFields
                  label={`${zh}赞成票比例`}
                  value={q.approval}
                  error={error(`quorum.${form}.approval`)}
                  onChange={(t) => setForm(form, { ...q, approval: t })}
                />
              </>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

export function DeedsSection({ draft, set, error }: SectionProps) {
  return (
    <View>
      <TextField
        label="简要事迹上限（字）"
        type="number"
        maxlength={4}
        value={draft.shortMax}
        onChange={(v) => set({ shortMax: v })}
      />
      <TextField
        label="详细事迹上限（字）"
        type="number"
        maxlength={5}
        value={draft.longMax}
        error={error('deeds')}
        onChange={(v) => set({ longMax: v })}
      />
      <Text className="muted">简要事迹在公示中展示，详细事迹存入推荐材料。</Text>
    </View>
  );
}
