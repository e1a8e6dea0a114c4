/** A nomination in 推荐管理 or 待办: name, unit, title sought, stage and status in Chinese, the deadline. */
import { memo } from 'react';
import { Text, View } from '@tarojs/components';
import type { NominationRow as Row } from '../../api/nomination';
import { deadlineText, stageLabel, statusLabel, statusTone } from '../../lib/nomination';
import { StatusChip } from '../status-chip';
import './index.scss';

export interface NominationRowProps {
  row: Row;
  onOpen: (id: string) => void;
  /** 待办: the notice is still running, nothing to do before it closes. */
  waiting?: boolean;
}

export const NominationRow = memo(function NominationRow({ row, onOpen, waiting = false }: NominationRowProps) {
  return (
    <View
      className="nomination-row"
      ariaRole="link"
      ariaLabel={`${row.name || '未填写姓名'}的推荐`}
      onClick={() => onOpen(row.id)}
    >
      <View className="nomination-row__head">
        <Text className="nomination-row__name">{row.name || '（未填写姓名）'}</Text>
        <Text className="nomination-row__title">{row.titleSought || '未选荣誉称号'}</Text>
      </View>
      <Text className="muted nomination-row__unit">{row.orgName}</Text>
      <View className="nomination-row__chips">
        <Text className="nomination-row__stage">{stageLabel(row.stage)}</Text>
        <StatusChip tone={statusTone(row.state.status)} text={statusLabel(row.state.status)} />
        {waiting ? <StatusChip tone="draft" text="公示期未满" /> : null}
      </View>
      <Text className={row.deadlineAt ? 'nomination-row__deadline' : 'muted nomination-row__deadline'}>
        {deadlineText(row.deadlineAt)}
      </Text>
    </View>
  );
});
