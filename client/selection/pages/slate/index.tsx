/**
 * 推荐名单 (`?roundId=&orgId=`): one organization's slate in a round — its quota, the composition
 * rules on the nominee flags (met or not), the written override when a rule is unmet (by a cadre of
 * that organization), the nominations (paged), and the exports: the slate, the recommendation
 * report, each nomination form. weapp opens an export in WeChat's viewer; H5 offers its link.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { TIER_ZH } from '../../../../shared/org';
import { NOMINEE_FLAG_ZH, STAGE_KIND_ZH } from '../../../../shared/selection/round';
import { NOMINATION_STATUS_ZH } from '../../../../shared/selection/workflow';
import { nominationSlate, type SlateItem, type SlateView } from '../../../api/nomination-slate';
import { newRequestId } from '../../../api/transport';
import { CadreGate } from '../../../components/cadre-gate';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { TextField } from '../../../components/form-field';
import { ListFoot } from '../../../components/list-foot';
import { PageShell } from '../../../components/page-shell';
import { StatusChip } from '../../../components/status-chip';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useExporter, useSlate, type Exporter } from '../../../hooks/use-slate';
import './index.scss';

function Skeleton() {
  return (
    <View className="card slate__skeleton" ariaLabel="正在加载">
      <View className="cadre-gate__line" />
      <View className="cadre-gate__line cadre-gate__line--short" />
      <View className="cadre-gate__line" />
    </View>
  );
}

function QuotaCard({ slate }: { slate: SlateView }) {
  const q = slate.quota;
  return (
    <View className="card slate__card">
      <View className="slate__head">
        <Text className="slate__org">{slate.org.name}</Text>
        {q.over ? <StatusChip tone="warn" text="已超名额" /> : null}
      </View>
      <Text className="muted">{slate.roundName}</Text>
      <View className="slate__quota">
        <Text>名额：{q.seats === null ? '未分配' : `${q.seats} 人${q.allowMoreCandidates ? '（可差额）' : ''}`}</Text>
        <Text>
          推荐 {slate.total} 人：已上报 {q.sentUp}，待上报 {q.pending}
        </Text>
      </View>
      <Text className="muted">{slate.goesUpZh}</Text>
    </View>
  );
}

function CompositionCard({ slate }: { slate: SlateView }) {
  if (!slate.compositionApplies) {
    return (
      <View className="card slate__card">
        <Text className="muted">基层单位逐人上报，比例结构在街道/地区/功能区/产业及区级名单上核对。</Text>
      </View>
    );
  }
  if (slate.composition.length === 0) {
    return (
      <View className="card slate__card">
        <Text className="muted">本届评选未设比例结构要求。</Text>
      </View>
    );
  }
  return (
    <View className="card slate__card" ariaLabel="比例结构核对">
      {slate.composition.map((rule) => (
        <View key={rule.key} className="slate__rule">
          <Text className="slate__rule-text">{rule.summaryZh}</Text>
          <StatusChip tone={rule.met ? 'live' : 'warn'} text={rule.met ? '已达到' : '未达到'} />
        </View>
      ))}
    </View>
  );
}

function OverrideCard({ slate, state }: { slate: SlateView; state: ReturnType<typeof useSlate>['override'] }) {
  const [reason, setReason] = useState('');
  const [check, setCheck] = useState<string | null>(null);
  const unmet = slate.composition.filter((r) => !r.met);
  if (unmet.length === 0) return null;
  const o = slate.override;
  if (o?.covers) {
    return (
      <View className="card slate__card" ariaLabel="书面说明">
        <Text className="slate__label">书面说明（已填写，可按现名单上报）</Text>
        <Text className="slate__reason">{o.reason}</Text>
        <Text className="muted">
          {o.byName} · {o.at.slice(0, 10)}
        </Text>
      </View>
    );
  }
  if (!slate.canOverride) {
    return (
      <View className="card slate__card">
        <Text className="muted">比例结构未达要求：须由「{slate.org.name}」的干部填写书面说明后方可上报。</Text>
      </View>
    );
  }
  const submit = async () => {
    const text = reason.trim();
    if (Array.from(text).length < 10) {
      setCheck('书面说明不少于 10 个字');
      return;
    }
    setCheck(null);
    const reply = await state.run({ reason: text });
    if (reply?.ok) setReason('');
  };
  const issue = state.error?.issues?.find((i) => i.path[0] === 'reason')?.message;
  return (
    <View className="card slate__card">
      <Text className="slate__label">
        {o ? '名单又有比例结构未达要求，原书面说明不再涵盖，请重新说明' : '比例结构未达要求，上报前须填写书面说明'}
      </Text>
      <TextField
        label="书面说明"
        multiline
        maxlength={500}
        value={reason}
        onChange={setReason}
        error={check ?? issue ?? null}
        placeholder="说明未达到比例结构要求的原因及研究意见（不少于 10 个字）"
      />
      {state.error && !issue ? (
        <View className="field__error" ariaRole="alert">
          {state.error.message}
        </View>
      ) : null}
      <Button
        className="btn btn--primary btn--block"
        loading={state.pending}
        disabled={state.pending}
        onClick={() => void submit()}
      >
        {state.pending ? '正在提交…' : '提交书面说明'}
      </Button>
    </View>
  );
}

function ExportResult({ exporter }: { exporter: Exporter }) {
  if (exporter.error) {
    return (
      <View className="field__error" ariaRole="alert">
        {exporter.error.message}
      </View>
    );
  }
  const file = exporter.file;
  if (!file) return null;
  // H5 only (weapp opens the file itself): a plain link the browser downloads.
  return process.env.TARO_ENV === 'h5' ? (
    <a className="slate__link" href={file.url} download={file.name}>
      下载 {file.name}
    </a>
  ) : null;
}

function ItemRow({ item, exporter, ownUnit }: { item: SlateItem; exporter: Exporter; ownUnit: boolean }) {
  const busy = exporter.pending !== null;
  const exportForm = (withIdNumber: boolean) =>
    void exporter.run(`form:${item.id}:${withIdNumber}`, () =>
      nominationSlate.exportForm(
        { id: item.id, ...(withIdNumber ? { withIdNumber: true } : {}) },
        { requestId: newRequestId() },
      ),
    );
  return (
    <View className="slate__item">
      <View className="slate__head">
        <Text className="slate__name">{item.name || '（未填姓名）'}</Text>
        <StatusChip tone={item.sentUp ? 'live' : 'draft'} text={item.sentUp ? '已上报' : '待上报'} />
      </View>
      <Text className="slate__meta">{[item.unitName || item.orgName, item.position].filter(Boolean).join(' · ')}</Text>
      <Text className="slate__meta">
        {item.titleSought} · {TIER_ZH[item.stage.tier]}
        {STAGE_KIND_ZH[item.stage.kind]} · {NOMINATION_STATUS_ZH[item.state.status]}
      </Text>
      {item.flags.length > 0 ? (
        <Text className="muted">{item.flags.map((f) => NOMINEE_FLAG_ZH[f]).join('、')}</Text>
      ) : null}
      <View className="slate__item-actions">
        <Button size="mini" className="btn" disabled={busy} onClick={() => exportForm(false)}>
          {exporter.pending === `form:${item.id}:false` ? '正在导出…' : '导出审批表'}
        </Button>
        {ownUnit ? (
          <Button size="mini" className="btn" disabled={busy} onClick={() => exportForm(true)}>
            {exporter.pending === `form:${item.id}:true` ? '正在导出…' : '审批表（含身份证号，存档）'}
          </Button>
        ) : null}
      </View>
    </View>
  );
}

export default function SlatePage() {
  const params = useRouter().params;
  const roundId = params.roundId ?? '';
  const orgId = params.orgId || undefined;
  const { me, grant } = useCadreGrant('nomination.review');
  const { list, slate, override } = useSlate(roundId, orgId);
  const exporter = useExporter();
  if (!grant) {
    return (
      <PageShell className="cadre-slate">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }
  if (!roundId) {
    return (
      <PageShell className="cadre-slate">
        <EmptyState title="未指定评选" description="请从推荐列表或待办进入名单。" />
      </PageShell>
    );
  }
  if (list.status === 'loading' || (!slate && list.status !== 'error')) {
    return (
      <PageShell className="cadre-slate">
        <Skeleton />
        <Skeleton />
      </PageShell>
    );
  }
  if (list.status === 'error' || !slate) {
    return (
      <PageShell className="cadre-slate">
        <ErrorState message={list.error?.message ?? '加载失败'} onRetry={() => void list.refresh()} />
      </PageShell>
    );
  }
  const ownUnitIds = new Set((me.data?.grants ?? []).filter((g) => g.role === 'cadre').map((g) => g.orgId));
  const busy = exporter.pending !== null;
  const key = { roundId, orgId: slate.org.id };
  return (
    <PageShell className="cadre-slate">
      {list.error ? <ErrorState compact message={list.error.message} onRetry={() => void list.refresh()} /> : null}
      <QuotaCard slate={slate} />
      <View className="section-title">比例结构</View>
      <CompositionCard slate={slate} />
      <OverrideCard key={`${slate.version}`} slate={slate} state={override} />
      <View className="section-title">导出</View>
      <View className="card slate__card slate__exports">
        <Button
          className="btn btn--primary"
          disabled={busy}
          loading={exporter.pending === 'slate'}
          onClick={() =>
            void exporter.run('slate', () => nominationSlate.exportSlate(key, { requestId: newRequestId() }))
          }
        >
          {exporter.pending === 'slate' ? '正在导出…' : '导出名单（Excel）'}
        </Button>
        <Button
          className="btn"
          disabled={busy}
          loading={exporter.pending === 'report'}
          onClick={() =>
            void exporter.run('report', () => nominationSlate.exportReport(key, { requestId: newRequestId() }))
          }
        >
          {exporter.pending === 'report' ? '正在导出…' : '导出推荐工作报告'}
        </Button>
        <ExportResult exporter={exporter} />
        <Text className="muted">导出文件不含身份证号码；审批表的完整号码仅限被推荐人所在单位打印存档。</Text>
      </View>
      <View className="section-title">推荐人选（{slate.total}）</View>
      {list.status === 'empty' ? (
        <EmptyState title="名单中还没有人选" description="下级报送的推荐到达本级后会列在这里。" />
      ) : (
        <View className="card">
          {list.items.map((item) => (
            <ItemRow key={item.id} item={item} exporter={exporter} ownUnit={ownUnitIds.has(item.orgId)} />
          ))}
        </View>
      )}
      {list.status === 'ready' ? <ListFoot list={list} /> : null}
    </PageShell>
  );
}
