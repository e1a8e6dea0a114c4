/** The round's stage list with the nomination's place in it: done, current (with its status), to come. */
import { Text, View } from '@tarojs/components';
import type { Stage } from '../../../shared/selection/round';
import type { NominationStatus } from '../../../shared/selection/workflow';
import { stageLabel, statusLabel } from '../../lib/nomination';
import './index.scss';

export interface StageProgressProps {
  stages: readonly Pick<Stage, 'kind' | 'tier'>[];
  stageIndex: number;
  status: NominationStatus;
}

export function StageProgress({ stages, stageIndex, status }: StageProgressProps) {
  return (
    <View className="card stage-progress" ariaRole="list" ariaLabel="评选环节">
      {stages.map((s, i) => {
        const state = i < stageIndex ? 'done' : i === stageIndex ? 'current' : 'todo';
        const mark = state === 'done' ? '✓' : String(i + 1);
        return (
          <View
            key={`${i}-${s.kind}`}
            className={`stage-progress__step stage-progress__step--${state}`}
            ariaRole="listitem"
            ariaLabel={`第 ${i + 1} 环节 ${stageLabel(s)}${state === 'done' ? ' 已完成' : state === 'current' ? ` 当前：${statusLabel(status)}` : ''}`}
          >
            <Text className="stage-progress__mark">{mark}</Text>
            <Text className="stage-progress__name">{stageLabel(s)}</Text>
            {state === 'current' ? <Text className="stage-progress__status">{statusLabel(status)}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
