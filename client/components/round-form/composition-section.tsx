/**
 * 比例结构: minimum and/or maximum shares or head counts of the slate on the nominee flags. The flags
 * overlap (a woman migrant front-line worker counts for three rules); a share is typed in per cent.
 */
import { Button, Text, View } from '@tarojs/components';
import { NOMINEE_FLAGS, NOMINEE_FLAG_ZH } from '../../../shared/selection/round';
import { newKey, type CompositionDraft } from '../../lib/round-draft';
import { ChoiceChips, TextField } from '../form-field';
import { FieldError, LinkButton, type SectionProps } from './section';

const MEASURES = [
  { value: 'share' as const, label: '按比例（%）' },
  { value: 'count' as const, label: '按人数' },
];
const FLAGS = NOMINEE_FLAGS.map((f) => ({ value: f, label: NOMINEE_FLAG_ZH[f] }));

export function CompositionSection({ draft, set, error }: SectionProps) {
  const rules = draft.compositionRules;
  const setRule = (i: number, patch: Partial<CompositionDraft>) =>
    set({ compositionRules: rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <View>
      <Text className="muted round-form__hint">
        按候选人的标记设定下限或上限；标记可以重叠，同一人可同时计入多项。上报时未达要求须书面说明。
      </Text>
      {rules.length === 0 ? <Text className="muted">未设比例结构要求</Text> : null}
      {rules.map((r, i) => {
        const unit = r.measure === 'share' ? '（%）' : '（人）';
        return (
          <View key={r.key} className="round-form__item">
            <ChoiceChips
              label={`要求 ${i + 1} 对象`}
              options={FLAGS}
              value={[r.flag]}
              onChange={(v) => setRule(i, { flag: v[0] ?? r.flag })}
            />
            <ChoiceChips
              label={`要求 ${i + 1} 计算方式`}
              options={MEASURES}
              value={[r.measure]}
              onChange={(v) => setRule(i, { measure: v[0] ?? r.measure })}
            />
            <View className="round-form__pair">
              <TextField
                label={`下限${unit}`}
                accessibleLabel={`要求 ${i + 1} 下限`}
                type={r.measure === 'share' ? 'digit' : 'number'}
                maxlength={6}
                placeholder="不限"
                value={r.min}
                error={error(`composition.${i}.min`)}
                onChange={(v) => setRule(i, { min: v })}
              />
              <TextField
                label={`上限${unit}`}
                accessibleLabel={`要求 ${i + 1} 上限`}
                type={r.measure === 'share' ? 'digit' : 'number'}
                maxlength={6}
                placeholder="不限"
                value={r.max}
                error={error(`composition.${i}.max`)}
                onChange={(v) => setRule(i, { max: v })}
              />
            </View>
            <LinkButton
              label={`删除要求 ${i + 1}`}
              onClick={() => set({ compositionRules: rules.filter((_, j) => j !== i) })}
            />
          </View>
        );
      })}
      <FieldError message={error('composition')} />
      {rules.length < 30 ? (
        <Button
          className="btn"
          onClick={() =>
            set({
              compositionRules: [
                ...rules,
                { key: newKey('rule'), flag: 'frontLineWorker', measure: 'share', min: '', max: '' },
              ],
            })
          }
        >
          添加比例要求
        </Button>
      ) : null}
    </View>
  );
}
