/**
 * 征求意见部门 per nominee category. A department signs only if a department reviewer's grant names
 * it exactly, so the departments of the existing reviewer grants are offered, and a department
 * without a reviewer is pointed out.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_ZH,
  type ConsultationCategory,
} from '../../../shared/selection/round';
import { checkNewDepartment } from '../../lib/round-draft';
import { TextField } from '../form-field';
import { FieldError, type SectionProps } from './section';

export interface ReviewerDepartments {
  /** null while loading or when they could not be read: then nothing is offered or flagged. */
  items: { department: string; reviewers: number }[] | null;
  failed: boolean;
  onRetry: () => void;
}

function Category(props: SectionProps & { category: ConsultationCategory; known: ReviewerDepartments }) {
  const { draft, set, error, category, known } = props;
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const list = draft.departments[category];
  const zh = CONSULTATION_CATEGORY_ZH[category];
  const put = (next: string[]) => set({ departments: { ...draft.departments, [category]: next } });
  const add = (name: string) => {
    const problem = checkNewDepartment(name, list);
    setTypedError(problem);
    if (problem) return false;
    put([...list, name.trim()]);
    return true;
  };
  const names = known.items?.map((k) => k.department) ?? null;
  const unmatched = names ? list.filter((d) => !names.includes(d)) : [];
  const offered = (known.items ?? []).filter((k) => !list.includes(k.department));
  return (
    <View className="round-form__item">
      <Text className="round-form__item-title">{zh}</Text>
      {list.length === 0 ? <Text className="muted">不征求部门意见</Text> : null}
      <View className="chips" ariaRole="group" ariaLabel={`${zh}征求意见部门`}>
        {list.map((d) => (
          <View
            key={d}
            className="chip chip--on"
            ariaRole="button"
            ariaLabel={`从${zh}删除${d}`}
            onClick={() => put(list.filter((x) => x !== d))}
          >
            {d} ×
          </View>
        ))}
      </View>
      <FieldError message={error(`departments.${category}`)} />
      {unmatched.length > 0 ? (
        <Text className="round-form__warn">
          {unmatched.map((d) => `「${d}」`).join('')}
          没有部门审核人授权，征求意见将无人签署：请改用下方已授权的部门名称，或先邀请该部门的审核人。
        </Text>
      ) : null}
      {offered.length > 0 ? (
        <View className="chips" ariaRole="group" ariaLabel={`可添加到${zh}的部门`}>
          {offered.map((k) => (
            <View
              key={k.department}
              className="chip"
              ariaRole="button"
              ariaLabel={`为${zh}添加${k.department}`}
              onClick={() => add(k.department)}
            >
              + {k.department}（{k.reviewers} 名审核人）
            </View>
          ))}
        </View>
      ) : null}
      <View className="round-consult__add">
        <TextField
          label="其他部门"
          accessibleLabel={`${zh}新增部门`}
          maxlength={30}
          placeholder="与审核人授权中的部门名称一致"
          value={typed}
          error={typedError}
          onChange={(v) => (setTyped(v), setTypedError(null))}
        />
        <Button className="btn" onClick={() => add(typed) && setTyped('')}>
          添加
        </Button>
      </View>
    </View>
  );
}

export function ConsultationSection(props: SectionProps & { known: ReviewerDepartments }) {
  const { known } = props;
  return (
    <View>
      <Text className="muted round-form__hint">
        候选人属于以下类别时，须征得所列部门同意；同属多类的取并集。部门名称须与部门审核人授权中的部门名称完全一致。
      </Text>
      {known.failed ? (
        <View className="round-form__warn" ariaRole="button" onClick={known.onRetry}>
          未能读取已授权的审核部门，点此重试（仍可手动填写部门名称）。
        </View>
      ) : null}
      {known.items && known.items.length === 0 ? (
        <Text className="round-form__warn">
          尚未授权任何部门审核人：请先在授权管理中邀请部门审核人，否则征求意见无人签署。
        </Text>
      ) : null}
      {CONSULTATION_CATEGORIES.map((c) => (
        <Category key={c} {...props} category={c} />
      ))}
    </View>
  );
}
