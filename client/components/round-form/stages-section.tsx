/**
 * The ordered stage list (一报告两审核三公示): each stage a kind bound to a tier, a notice stage with
 * its notice rule. Checked live with the shared `validateStages`, its messages under the list and
 * under the stage they concern. Once the round is frozen only the notice rules may change.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { TIER_ZH } from '../../../shared/org';
import { defaultStages, STAGE_KINDS, STAGE_KIND_ZH } from '../../../shared/selection/round';
import { moveStage, stageDraft, stageTitle, tiersFor, withKind, type StageDraft } from '../../lib/round-draft';
import { ChoiceChips, TextField } from '../form-field';
import { FieldError, LinkButton, type SectionProps } from './section';

const KINDS = STAGE_KINDS.map((k) => ({ value: k, label: STAGE_KIND_ZH[k] }));
const RULE_KINDS = [
  { value: 'workingDays' as const, label: '工作日' },
  { value: 'calendarDays' as const, label: '自然日' },
];

function StageEditor({
  stage,
  index,
  onChange,
}: {
  stage: StageDraft;
  index: number;
  onChange: (s: StageDraft) => void;
}) {
  const tiers = tiersFor(stage.kind);
  return (
    <View className="round-stage__editor">
      <ChoiceChips
        label={`第 ${index + 1} 环节类型`}
        options={KINDS}
        value={[stage.kind]}
        onChange={(v) => onChange(withKind(stage, v[0] ?? stage.kind))}
      />
      {tiers.length > 1 ? (
        <ChoiceChips
          label={`第 ${index + 1} 环节办理层级`}
          options={tiers.map((t) => ({ value: t, label: TIER_ZH[t] }))}
          value={[stage.tier]}
          onChange={(v) => onChange({ ...stage, tier: v[0] ?? stage.tier })}
        />
      ) : (
        <Text className="muted">
          办理层级：{TIER_ZH[stage.tier]}（该环节只能由{TIER_ZH[stage.tier]}工会办理）
        </Text>
      )}
    </View>
  );
}

function NoticeRuleFields(props: {
  stage: StageDraft;
  index: number;
  error: string | null;
  onChange: (s: StageDraft) => void;
}) {
  const { stage, index, error, onChange } = props;
  return (
    <View className="round-stage__rule">
      <ChoiceChips
        label={`公示期（第 ${index + 1} 环节）`}
        options={RULE_KINDS}
        value={[stage.rule.kind]}
        onChange={(v) => onChange({ ...stage, rule: { ...stage.rule, kind: v[0] ?? stage.rule.kind } })}
      />
      <TextField
        label="公示天数"
        accessibleLabel={`第 ${index + 1} 环节公示天数`}
        type="number"
        maxlength={2}
        value={stage.rule.days}
        error={error}
        onChange={(v) => onChange({ ...stage, rule: { ...stage.rule, days: v } })}
      />
    </View>
  );
}

export function StagesSection({ draft, set, error, frozen }: SectionProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const stages = draft.stages;
  const setStages = (next: StageDraft[]) => set({ stages: next });
  const replace = (i: number, s: StageDraft) => setStages(stages.map((x, j) => (j === i ? s : x)));
  const add = () => {
    // Before the final stage (conferral or submission), at the tier of the stage it follows.
    const last = stages[stages.length - 1];
    const at = last && (last.kind === 'conferral' || last.kind === 'submission') ? stages.length - 1 : stages.length;
    const tier = stages[at - 1]?.tier ?? 'grassroots';
    const fresh = stageDraft({ kind: 'notice', tier, noticeRule: { kind: 'workingDays', days: 5 } });
    setStages([...stages.slice(0, at), fresh, ...stages.slice(at)]);
    setEditing(fresh.key);
  };
  return (
    <View>
      <Text className="muted round-form__hint">
        {frozen
          ? '规则已冻结：在办的推荐按这些环节流转，环节不能增删或调整顺序，只能修改公示期规则。'
          : '须符合一报告两审核三公示：民主推荐在先，各级均有公示，初审、复审和审定齐全，征求意见在区级公示之前，最后是表彰决定或上报。'}
      </Text>
      <FieldError message={error('stages')} />
      {stages.map((s, i) => (
        <View key={s.key} className="round-form__item round-stage">
          <Text className="round-form__item-title">{stageTitle(s, i)}</Text>
          <FieldError message={error(`stages.${i}`)} />
          {!frozen ? (
            <View className="round-stage__actions">
              <LinkButton
                label={`上移第 ${i + 1} 环节`}
                text="上移"
                disabled={i === 0}
                onClick={() => setStages(moveStage(stages, i, i - 1))}
              />
              <LinkButton
                label={`下移第 ${i + 1} 环节`}
                text="下移"
                disabled={i === stages.length - 1}
                onClick={() => setStages(moveStage(stages, i, i + 1))}
              />
              <LinkButton
                label={editing === s.key ? `收起第 ${i + 1} 环节` : `修改第 ${i + 1} 环节`}
                text={editing === s.key ? '收起' : '修改'}
                onClick={() => setEditing(editing === s.key ? null : s.key)}
              />
              <LinkButton
                label={`删除第 ${i + 1} 环节`}
                text="删除"
                disabled={stages.length <= 1}
                onClick={() => setStages(stages.filter((_, j) => j !== i))}
              />
            </View>
          ) : null}
          {!frozen && editing === s.key ? <StageEditor stage={s} index={i} onChange={(x) => replace(i, x)} /> : null}
          {s.kind === 'notice' ? (
            <NoticeRuleFields stage={s} index={i} error={error(`stages.${i}.days`)} onChange={(x) => replace(i, x)} />
          ) : null}
        </View>
      ))}
      {!frozen ? (
        <View className="round-stage__buttons">
          <Button className="btn" disabled={stages.length >= 30} onClick={add}>
            添加环节
          </Button>
          <Button
            className="btn"
            onClick={() => {
              setStages(defaultStages(draft.targetLevel).map(stageDraft));
              setEditing(null);
            }}
          >
            恢复默认环节
          </Button>
        </View>
      ) : null}
    </View>
  );
}
