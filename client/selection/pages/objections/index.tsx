/**
 * 异议办理: the cases of my organization's notices and below (我办理的), the verifications handed to
 * my organization (交办核查), and the cases on nominees of my organization whose notice is above me
 * (下级人选: only that they exist). Filters: status, 逾期, 待人工复核; paged.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { OBJECTION_CHANNEL_ZH, OBJECTION_STATUS_ZH } from '../../../../shared/actions/objection.schema';
import type { ObjectionCaseSummary } from '../../../api/objection';
import { CadreGate } from '../../../components/cadre-gate';
import { ChoiceChips } from '../../../components/form-field';
import { ManagedList } from '../../../components/managed-list';
import { PageShell } from '../../../components/page-shell';
import { StatusChip } from '../../../components/status-chip';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useObjectionCases, type CaseFilter } from '../../../hooks/use-objections';
import { formatDateZh } from '../../../lib/format';
import { cadreCaseUrl, findingZh, OBJECTION_STATUS } from '../../../lib/objection';
import './index.scss';

const SCOPES = [
  { value: 'handling', label: '我办理的' },
  { value: 'verifying', label: '交办核查' },
  { value: 'redacted', label: '下级人选' },
] as const;
const STATUSES = [
  { value: 'all', label: '全部' },
  ...(['received', 'verifying', 'concluded'] as const).map((s) => ({ value: s, label: OBJECTION_STATUS_ZH[s] })),
] as const;
const FLAGS = [
  { value: 'overdue', label: '已逾期' },
  { value: 'reviewFlagged', label: '待人工复核' },
] as const;

function CaseRow({ item, onOpen }: { item: ObjectionCaseSummary; onOpen: (id: string) => void }) {
  const chip = OBJECTION_STATUS[item.status];
  const redacted = item.access === 'redacted';
  const meta = [
    `案件编号 ${item.caseNo}`,
    `${formatDateZh(item.createdAt)}收到`,
    item.channel ? OBJECTION_CHANNEL_ZH[item.channel] : null,
    item.late ? '逾期异议' : null,
    item.assignee ? `承办人 ${item.assignee}` : null,
  ].filter(Boolean);
  const body = (
    <>
      <View className="objection-row__head">
        <Text className="objection-row__title">{`对「${item.nomineeName}」的异议`}</Text>
        <StatusChip tone={chip.tone} text={chip.text} />
      </View>
      <Text className="muted">{item.noticeTitle}</Text>
      <Text className="muted">{meta.join(' · ')}</Text>
      <View className="objection-row__flags">
        {item.overdue ? <StatusChip tone="warn" text="已逾期" /> : null}
        {item.contentCheck === 'review' ? <StatusChip tone="warn" text="待人工复核" /> : null}
        {item.contentCheck === 'pending' ? <StatusChip tone="draft" text="内容检查中" /> : null}
        {item.finding ? <StatusChip tone="off" text={findingZh(item.finding)} /> : null}
        {item.dueAt && item.status !== 'concluded' ? (
          <Text className="muted">{`期限 ${formatDateZh(item.dueAt)}`}</Text>
        ) : null}
      </View>
      {redacted ? <Text className="muted">由上级工会办理，您只能看到办理状态。</Text> : null}
    </>
  );
  if (redacted) return <View className="objection-row">{body}</View>;
  return (
    <View className="objection-row" ariaRole="link" ariaLabel={`案件${item.caseNo}`} onClick={() => onOpen(item.id)}>
      {body}
    </View>
  );
}

export default function CadreObjectionsPage() {
  const { me, grant } = useCadreGrant('nomination.review');
  const [filter, setFilter] = useState<CaseFilter>({
    scope: 'handling',
    status: 'all',
    overdue: false,
    reviewFlagged: false,
  });
  const list = useObjectionCases(grant?.id ?? null, filter);
  if (!grant) {
    return (
      <PageShell className="cadre-objections">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }
  const open = (id: string) => void Taro.navigateTo({ url: cadreCaseUrl(grant.id, id) });
  const flags = FLAGS.filter((f) => filter[f.value]).map((f) => f.value);
  return (
    <PageShell className="cadre-objections">
      <View className="card cadre-objections__filters">
        <Text className="muted">{`「${grant.orgName}」的异议。异议人信息只在案件页面经记录后查看。`}</Text>
        <ChoiceChips
          label="范围"
          options={SCOPES}
          value={[filter.scope]}
          onChange={([v]) => v && setFilter((f) => ({ ...f, scope: v }))}
        />
        <ChoiceChips
          label="状态"
          options={STATUSES}
          value={[filter.status]}
          onChange={([v]) => v && setFilter((f) => ({ ...f, status: v }))}
        />
        {filter.scope === 'redacted' ? null : (
          <ChoiceChips
            label="筛选"
            multiple
            options={FLAGS}
            value={flags}
            onChange={(v) =>
              setFilter((f) => ({ ...f, overdue: v.includes('overdue'), reviewFlagged: v.includes('reviewFlagged') }))
            }
          />
        )}
      </View>
      <ManagedList
        list={list}
        emptyTitle="没有符合条件的异议"
        emptyDescription="公示期间收到的异议会出现在这里；电话或信函收到的异议，请在对应公示中登记。"
        renderItem={(item) => <CaseRow item={item} onOpen={open} />}
      />
    </PageShell>
  );
}
