/** The file's timeline from its audit chain: what was done, by whom, when, and the written reason. */
import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '../../api/nomination';
import { formatDateTimeZh } from '../../lib/format';
import { EmptyState } from '../empty-state';
import './index.scss';

/** Audit actions (without the `nomination.` prefix) in Chinese; an unknown one shows as recorded. */
export const TIMELINE_ACTION_ZH: Record<string, string> = {
  create: '创建推荐表',
  edit: '修改推荐表',
  recordRecommendation: '登记民主推荐',
  submit: '提交',
  resubmit: '重新提交',
  pass: '审核通过',
  return: '退回补正',
  reject: '不予通过',
  review: '审核',
  recordConsent: '登记党组织意见',
  openNotice: '开始公示',
  closeNotice: '结束公示',
  signConsultation: '部门签署意见',
  recordInspection: '登记考察情况',
  recordDetermination: '登记审定结果',
  confer: '作出表彰决定',
  submitUpward: '上报',
  replace: '替换人选',
  withdraw: '撤回推荐',
};

export function NominationTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <EmptyState title="暂无办理记录" />;
  return (
    <View className="card nomination-timeline" ariaRole="list" ariaLabel="办理记录">
      {entries.map((e) => (
        <View key={e.seq} className="nomination-timeline__item" ariaRole="listitem">
          <View className="nomination-timeline__head">
            <Text className="nomination-timeline__action">{TIMELINE_ACTION_ZH[e.action] ?? e.action}</Text>
            <Text className="muted">{formatDateTimeZh(e.at)}</Text>
          </View>
          <Text className="muted">{e.actorName}</Text>
          {e.reason ? <Text className="nomination-timeline__reason">理由：{e.reason}</Text> : null}
        </View>
      ))}
    </View>
  );
}
