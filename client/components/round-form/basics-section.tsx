/** Name, year, target level (locked once frozen) and the honour titles of a round. */
import { Button, Text, View } from '@tarojs/components';
import { TARGET_LEVELS, TARGET_LEVEL_ZH } from '../../../shared/selection/round';
import { newKey, retarget, type TitleKind } from '../../lib/round-draft';
import { ChoiceChips, TextField } from '../form-field';
import { FieldError, LinkButton, type SectionProps } from './section';

const TITLE_KINDS = [
  { value: 'modelWorker' as const, label: '劳动模范' },
  { value: 'advancedWorker' as const, label: '先进工作者' },
];

export function BasicsSection({ draft, set, error, frozen }: SectionProps) {
  const setTitle = (i: number, patch: { name?: string; kind?: TitleKind }) =>
    set({ titles: draft.titles.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  return (
    <View>
      <TextField
        label="评选名称"
        maxlength={60}
        value={draft.name}
        error={error('name')}
        onChange={(v) => set({ name: v })}
      />
      <TextField
        label="年度"
        type="number"
        maxlength={4}
        value={draft.year}
        error={error('year')}
        onChange={(v) => set({ year: v })}
      />
      {frozen ? (
        <Text className="round-form__locked">
          目标级别：{TARGET_LEVEL_ZH[draft.targetLevel]}（规则已冻结，不能更改）
        </Text>
      ) : (
        <ChoiceChips
          label="目标级别"
          hint="市级、全国评选由区里推荐上报，最后一个环节自动改为「上报」。"
          options={TARGET_LEVELS.map((v) => ({ value: v, label: TARGET_LEVEL_ZH[v] }))}
          value={[draft.targetLevel]}
          onChange={(v) => {
            const targetLevel = v[0] ?? draft.targetLevel;
            set({ targetLevel, stages: retarget(draft.stages, targetLevel) });
          }}
        />
      )}
      <Text className="round-form__group">荣誉称号</Text>
      {draft.titles.map((t, i) => (
        <View key={t.key} className="round-form__item">
          <TextField
            label={`称号 ${i + 1}`}
            maxlength={40}
            value={t.name}
            error={error(`titles.${i}`)}
            onChange={(v) => setTitle(i, { name: v })}
          />
          <ChoiceChips
            label={`称号 ${i + 1} 类别`}
            options={TITLE_KINDS}
            value={[t.kind]}
            onChange={(v) => setTitle(i, { kind: v[0] ?? t.kind })}
          />
          {draft.titles.length > 1 ? (
            <LinkButton
              label={`删除称号 ${i + 1}`}
              onClick={() => set({ titles: draft.titles.filter((_, j) => j !== i) })}
            />
          ) : null}
        </View>
      ))}
      <FieldError message={error('titles')} />
      {draft.titles.length < 10 ? (
        <Button
          className="btn"
          onClick={() => set({ titles: [...draft.titles, { key: newKey('title'), name: '', kind: 'modelWorker' }] })}
        >
          添加称号
        </Button>
      ) : null}
    </View>
  );
}
