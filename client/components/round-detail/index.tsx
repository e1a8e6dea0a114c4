/** A selection round's rules and amendments, in a sheet, with the district's actions (open, change). */
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { RoundView } from '../../../shared/actions/nomination.schema';
import { TIER_ZH } from '../../../shared/org';
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_ZH,
  MEETING_FORMS,
  MEETING_FORM_ZH,
  TARGET_LEVEL_ZH,
} from '../../../shared/selection/round';
import { formatDateTimeZh } from '../../lib/format';
import { nominationsUrl, stageLabel } from '../../lib/nomination';
import { CONFIG_KEY_ZH, describeNoticeRule, describeQuorum, describeRule } from '../../lib/round-changes';
import { Sheet } from '../sheet';
import './index.scss';

export const ROUND_STATUS_ZH: Record<RoundView['status'], string> = {
  draft: '未开放',
  open: '推荐中',
  closed: '已结束',
};

export interface RoundDetailProps {
  round: RoundView;
  canManage: boolean;
  onEdit: () => void;
  onOpen: () => void;
  onClose: () => void;
}

export function RoundDetail({ round: r, canManage, onEdit, onOpen, onClose }: RoundDetailProps) {
  const c = r.config;
  const departments = CONSULTATION_CATEGORIES.filter((k) => c.consultationDepartments[k].length > 0);
  return (
    <Sheet title={c.name} onClose={onClose}>
      <Text className="round-detail__line">
        {c.year} 年 · {TARGET_LEVEL_ZH[c.targetLevel]} · {ROUND_STATUS_ZH[r.status]}
        {r.frozenAt ? ` · 规则已于 ${formatDateTimeZh(r.frozenAt)} 冻结` : ' · 规则尚未冻结'}
      </Text>
      <Text className="round-detail__line">荣誉称号：{c.titles.map((t) => t.name).join('、')}</Text>
      <Text className="round-detail__line">
        名额：
        {c.quotas.length > 0
          ? `${c.quotas.length} 个组织，共 ${c.quotas.reduce((n, q) => n + q.seats, 0)} 名`
          : '未分配'}
      </Text>
      <Text className="round-detail__line">
        比例结构：{c.compositionRules.length > 0 ? c.compositionRules.map(describeRule).join('；') : '未设要求'}
      </Text>
      <Text className="round-detail__line">
        环节：
        {c.stages
          .map((s) => (s.kind === 'notice' ? `${stageLabel(s)}（${describeNoticeRule(s.noticeRule)}）` : stageLabel(s)))
          .join(' → ')}
      </Text>
      <Text className="round-detail__line">
        异议：匿名异议{c.objectionPolicy.anonymousAllowed ? '受理' : '仅作线索'}；公示期后至表彰决定前
        {c.objectionPolicy.lateObjectionsUntilConferral ? '仍受理' : '不再受理'}
      </Text>
      <Text className="round-detail__line">
        民主推荐：
        {MEETING_FORMS.filter((f) => c.quorumRules[f])
          .map((f) => `${MEETING_FORM_ZH[f]}${describeQuorum(c.quorumRules[f])}`)
          .join('；')}
      </Text>
      <Text className="round-detail__line">
        征求意见：
        {departments.length > 0
          ? departments
              .map((k) => `${CONSULTATION_CATEGORY_ZH[k]}（${c.consultationDepartments[k].join('、')}）`)
              .join('；')
          : '不征求部门意见'}
      </Text>
      <Text className="round-detail__line">
        事迹字数：简要不超过 {c.deedLimits.shortMax} 字，详细不超过 {c.deedLimits.longMax} 字
      </Text>
      <Text className="round-detail__line">修订记录（{r.amendments.length}）</Text>
      {r.amendments.length === 0 ? <Text className="muted">规则冻结后没有修订</Text> : null}
      {r.amendments.map((a) => (
        <View key={a.seq} className="round-detail__amendment">
          <Text>
            {formatDateTimeZh(a.at)} {a.byName}
          </Text>
          <Text className="muted">
            修改：{a.fields.map((f) => (CONFIG_KEY_ZH as Record<string, string | undefined>)[f] ?? f).join('、')}
          </Text>
          <Text>理由：{a.reason}</Text>
        </View>
      ))}
      <View className="round-detail__buttons">
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: nominationsUrl(r.id) })}>
          查看本届推荐
        </Button>
        {canManage && r.status === 'draft' ? (
          <Button className="btn btn--primary" onClick={onOpen}>
            开放推荐
          </Button>
        ) : null}
        {canManage && r.status !== 'closed' ? (
          <Button className="btn" onClick={onEdit}>
            {r.frozenAt ? '修订规则' : '修改'}
          </Button>
        ) : null}
      </View>
      <Text className="muted">{TIER_ZH.district}工会可修改；规则冻结后的修改须写明理由并留痕。</Text>
    </Sheet>
  );
}
