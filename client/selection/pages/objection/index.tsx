/**
 * 异议案件 (`?grant=&id=`): the facts, leads and evidence; the objector's identity behind
 * 「查看异议人信息」 (an audited reading; after the conclusion an audited unseal with a reason, for
 * holders of 异议人信息启封); the assignee and internal notes; a verification handed to a lower-tier
 * organization (facts only); the conclusion with its finding and reply. A lower-tier organization
 * the verification was handed to sees the facts and records its findings.
 */
import { useState, type ReactNode } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import {
  OBJECTION_CHANNEL_ZH,
  OBJECTION_FINDING_ZH,
  OBJECTION_FINDINGS,
  OBJECTOR_KIND_ZH,
} from '../../../../shared/actions/objection.schema';
import type { Reply } from '../../../../shared/envelope';
import type { Org } from '../../../../shared/org';
import { objection, type ObjectionCaseView, type ObjectorIdentity } from '../../../api/objection';
import { failure } from '../../../api/transport';
import { CadreGate } from '../../../components/cadre-gate';
import { ConfirmSheet } from '../../../components/confirm-sheet';
import { DateTimeField } from '../../../components/datetime-field';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { ChoiceChips, PickField, TextField } from '../../../components/form-field';
import { OrgPicker } from '../../../components/org-picker';
import { PageShell } from '../../../components/page-shell';
import { SheetError } from '../../../components/sheet';
import { StatusChip } from '../../../components/status-chip';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useRequest } from '../../../hooks/use-request';
import { useSubmit } from '../../../hooks/use-submit';
import { formatDateTimeZh, formatDateZh } from '../../../lib/format';
import { OBJECTION_STATUS } from '../../../lib/objection';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

type View_ = ObjectionCaseView;
const FINDINGS = OBJECTION_FINDINGS.map((f) => ({ value: f, label: OBJECTION_FINDING_ZH[f] }));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="card objection-case-admin__card" ariaRole="region" ariaLabel={title}>
      <Text className="objection-case-admin__section">{title}</Text>
      {children}
    </View>
  );
}

/** One action on the case: the reply's view replaces the page's; a conflict reloads it. */
function useCaseAction<I>(
  call: (input: I, o: { requestId?: string }) => Promise<Reply<View_>>,
  onDone: (v: View_ | null) => void,
) {
  const submit = useSubmit(call);
  const run = async (input: I) => {
    const reply = await submit.run(input);
    if (!reply) return false;
    if (reply.ok) onDone(reply.data);
    else if (reply.code === 'CONFLICT' || reply.code === 'WRONG_STATUS') onDone(null);
    return reply.ok;
  };
  return { run, pending: submit.pending, error: submit.error?.message ?? null };
}

function IdentitySection({ c }: { c: View_ }) {
  const [identity, setIdentity] = useState<ObjectorIdentity | null>(null);
  const [reason, setReason] = useState('');
  const read = useSubmit((_: null) => objection.readIdentity({ id: c.id }));
  const unseal = useSubmit((r: string) => objection.unseal({ id: c.id, reason: r }));
  if (c.objectorKind === 'anonymous') {
    return (
      <Section title="异议人">
        <Text className="muted">匿名异议，没有异议人信息。</Text>
      </Section>
    );
  }
  let body: ReactNode;
  if (identity) {
    body = (
      <>
        <Text>{`${identity.kind === 'unit' ? '单位' : '姓名'}：${identity.name}`}</Text>
        {identity.contact ? <Text>{`联系人：${identity.contact}`}</Text> : null}
        <Text>{`电话：${identity.phone}`}</Text>
        {identity.sealStatement ? <Text>{`盖章说明：${identity.sealStatement}`}</Text> : null}
        <Text className="muted">本次查看已记入审计记录。请勿向无关人员透露异议人信息，交办核查时不得附带。</Text>
      </>
    );
  } else if (c.identity === 'available') {
    body = (
      <>
        <Text className="muted">异议人信息仅供办理本案使用，每次查看都会记录查看人和时间。</Text>
        <Button
          className="btn"
          disabled={read.pending}
          onClick={() => void read.run(null).then((r) => r?.ok && setIdentity(r.data))}
        >
          {read.pending ? '正在读取…' : '查看异议人信息'}
        </Button>
        <SheetError message={read.error?.message ?? null} />
      </>
    );
  } else if (c.identity === 'sealed') {
    body = c.canUnseal ? (
      <>
        <Text className="muted">案件已办结，异议人信息已封存。启封须写明理由，并记入审计记录。</Text>
        <TextField label="启封理由" value={reason} maxlength={200} onChange={setReason} />
        <Button
          className="btn"
          disabled={unseal.pending || [...reason.trim()].length < 4}
          onClick={() => void unseal.run(reason.trim()).then((r) => r?.ok && setIdentity(r.data))}
        >
          {unseal.pending ? '正在启封…' : '启封查看'}
        </Button>
        <SheetError message={unseal.error?.message ?? null} />
      </>
    ) : (
      <Text className="muted">案件已办结，异议人信息已封存，须由有启封权限的人员经审批后查看。</Text>
    );
  } else {
    body = <Text className="muted">异议人信息已按规定删除。</Text>;
  }
  return <Section title="异议人">{body}</Section>;
}

function HandlingSections({ c, onChanged }: { c: View_; onChanged: (v: View_ | null) => void }) {
  const [assignee, setAssignee] = useState(c.assignee ?? '');
  const [note, setNote] = useState('');
  const [org, setOrg] = useState<Org | null>(null);
  const [picking, setPicking] = useState(false);
  const [instructions, setInstructions] = useState('');
  const [due, setDue] = useState('');
  const [finding, setFinding] = useState<(typeof OBJECTION_FINDINGS)[number] | null>(null);
  const [reply, setReply] = useState('');
  const [confirming, setConfirming] = useState(false);
  const assign = useCaseAction(objection.assign, onChanged);
  const addNote = useCaseAction(objection.addNote, onChanged);
  const handDown = useCaseAction(objection.handDown, onChanged);
  const conclude = useCaseAction(objection.conclude, onChanged);
  const ref = { id: c.id, version: c.version };
  return (
    <>
      <Section title="承办">
        <TextField
          label="承办人"
          value={assignee}
          maxlength={20}
          placeholder="负责核查的工作人员"
          onChange={setAssignee}
        />
        <Button
          className="btn"
          disabled={assign.pending || [...assignee.trim()].length < 2}
          onClick={() => void assign.run({ ...ref, assignee: assignee.trim() })}
        >
          {c.status === 'received' ? '指派并开始核查' : '更换承办人'}
        </Button>
        <SheetError message={assign.error} />
      </Section>
      <Section title="核查记录（内部）">
        {c.notes.length === 0 ? <Text className="muted">还没有记录。</Text> : null}
        {c.notes.map((n) => (
          <View key={`${n.at}-${n.text}`} className="objection-case-admin__note">
            <Text className="muted">{`${formatDateTimeZh(n.at)} ${n.byName}`}</Text>
            <Text className="objection-case-admin__text">{n.text}</Text>
          </View>
        ))}
        <TextField label="新记录" value={note} multiline maxlength={1000} onChange={setNote} />
        <Button
          className="btn"
          disabled={addNote.pending || [...note.trim()].length < 2}
          onClick={() => void addNote.run({ ...ref, text: note.trim() }).then((ok) => ok && setNote(''))}
        >
          添加记录
        </Button>
        <SheetError message={addNote.error} />
      </Section>
      <Section title="交办下级核查">
        <Text className="muted">只交办异议事实和线索，不附带异议人信息。</Text>
        <PickField
          label="核查单位"
          value={org?.name ?? null}
          placeholder="选择下级组织"
          onClick={() => setPicking(true)}
        />
        <TextField label="核查事项" value={instructions} multiline maxlength={500} onChange={setInstructions} />
        <DateTimeField label="核查期限" date={due} onChange={(v) => setDue(v.date)} />
        <Button
          className="btn"
          disabled={handDown.pending || !org || [...instructions.trim()].length < 4 || !due}
          onClick={() =>
            org &&
            void handDown.run({
              ...ref,
              orgId: org.id,
              instructions: instructions.trim(),
              dueAt: `${due}T23:59:59+08:00`,
            })
          }
        >
          交办
        </Button>
        <SheetError message={handDown.error} />
      </Section>
      <Section title="办结答复">
        <ChoiceChips
          label="核查结论"
          options={FINDINGS}
          value={finding ? [finding] : []}
          onChange={([f]) => f && setFinding(f)}
        />
        <TextField
          label="答复异议人"
          value={reply}
          multiline
          maxlength={1000}
          placeholder="异议人将在「我的异议」中看到这段答复"
          onChange={setReply}
        />
        {finding === 'substantiated' || finding === 'partlySubstantiated' ? (
          <Text className="muted">异议属实或部分属实：该人选不能正常结束公示，请在推荐流程中退回或终止。</Text>
        ) : null}
        <Button
          className="btn btn--primary"
          disabled={!finding || [...reply.trim()].length < 10}
          onClick={() => setConfirming(true)}
        >
          办结
        </Button>
      </Section>
      {confirming && finding ? (
        <ConfirmSheet
          title="办结异议"
          notes={[
            `核查结论：${OBJECTION_FINDING_ZH[finding]}。办结后不能修改。`,
            '异议人将收到办结通知并看到答复；异议人信息随即封存。',
          ]}
          submitText="确认办结"
          pendingText="正在办结…"
          pending={conclude.pending}
          error={conclude.error}
          onConfirm={() =>
            void conclude.run({ ...ref, finding, reply: reply.trim() }).then((ok) => ok && setConfirming(false))
          }
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {picking ? (
        <OrgPicker
          title="选择核查单位"
          root={{ id: c.orgId, name: c.orgName }}
          onPick={(o) => {
            setOrg(o);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </>
  );
}

function VerificationSection({ c, onChanged }: { c: View_; onChanged: (v: View_ | null) => void }) {
  const [findings, setFindings] = useState(c.verification?.findings ?? '');
  const report = useCaseAction(objection.reportVerification, onChanged);
  const v = c.verification;
  if (!v) return null;
  const canReport = c.status !== 'concluded';
  return (
    <Section title="交办核查">
      <Text>{`${v.orgName} · 期限 ${formatDateZh(v.dueAt)}`}</Text>
      <Text className="objection-case-admin__text">{v.instructions}</Text>
      {v.findings ? (
        <Text className="muted">{`${v.reportedByName ?? ''} ${v.reportedAt ? formatDateTimeZh(v.reportedAt) : ''} 报告：`}</Text>
      ) : null}
      {v.findings && (c.access === 'handling' || !canReport) ? (
        <Text className="objection-case-admin__text">{v.findings}</Text>
      ) : null}
      {c.access === 'verifying' && canReport ? (
        <>
          <TextField label="核查情况" value={findings} multiline maxlength={2000} onChange={setFindings} />
          <Button
            className="btn btn--primary"
            disabled={report.pending || [...findings.trim()].length < 10}
            onClick={() => void report.run({ id: c.id, version: c.version, findings: findings.trim() })}
          >
            报告核查情况
          </Button>
          <SheetError message={report.error} />
        </>
      ) : null}
    </Section>
  );
}

export default function CadreObjectionPage() {
  const { me, grant } = useCadreGrant('nomination.review');
  const id = decodeParam(useRouter().params.id);
  const view = useRequest(
    () => (grant ? objection.getCase({ id }) : Promise.resolve(failure('NOT_FOUND'))),
    [id, grant?.id],
  );
  const [latest, setLatest] = useState<View_ | null>(null);
  usePullDownRefresh(() => {
    setLatest(null);
    void view.reload().finally(() => Taro.stopPullDownRefresh());
  });
  if (!grant) {
    return (
      <PageShell className="objection-case-admin">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }
  const c = latest && latest.id === id && (!view.data || latest.version >= view.data.version) ? latest : view.data;
  const changed = (v: View_ | null) => {
    if (v) setLatest(v);
    else {
      setLatest(null);
      void view.reload();
      void Taro.showToast({ title: '案件已更新，请核对后重试', icon: 'none' });
    }
  };
  if (view.status === 'error' && !c) {
    return (
      <PageShell className="objection-case-admin">
        {view.error.code === 'FORBIDDEN' || view.error.code === 'NOT_FOUND' ? (
          <EmptyState
            title="无法查看该异议"
            description={view.error.message}
            actionText="返回"
            onAction={() => void Taro.navigateBack()}
          />
        ) : (
          <ErrorState message={view.error.message} onRetry={() => void view.reload()} />
        )}
      </PageShell>
    );
  }
  if (!c) {
    return (
      <PageShell className="objection-case-admin">
        <View className="card objection-case-admin__skeleton" ariaLabel="正在加载">
          <View className="objection-case-admin__bar" />
          <View className="objection-case-admin__bar objection-case-admin__bar--tall" />
        </View>
      </PageShell>
    );
  }
  const chip = OBJECTION_STATUS[c.status];
  const handling = c.access === 'handling';
  return (
    <PageShell className="objection-case-admin">
      <View className="card objection-case-admin__card">
        <View className="objection-case-admin__head">
          <Text className="objection-case-admin__title">{`对「${c.nomineeName}」的异议`}</Text>
          <StatusChip tone={chip.tone} text={chip.text} />
        </View>
        <Text className="muted">{c.noticeTitle}</Text>
        <Text className="muted">
          {`案件编号 ${c.caseNo} · ${formatDateZh(c.createdAt)}收到 · ${OBJECTION_CHANNEL_ZH[c.channel]} · ${OBJECTOR_KIND_ZH[c.objectorKind]}`}
        </Text>
        <View className="objection-case-admin__flags">
          {c.late ? <StatusChip tone="warn" text="逾期异议" /> : null}
          {c.overdue ? <StatusChip tone="warn" text="已逾期" /> : null}
          {c.contentCheck === 'review' ? <StatusChip tone="warn" text="待人工复核" /> : null}
          {c.contentCheck === 'pending' ? <StatusChip tone="draft" text="内容检查中" /> : null}
          {c.status !== 'concluded' ? <Text className="muted">{`答复期限 ${formatDateZh(c.dueAt)}`}</Text> : null}
        </View>
        {!handling ? <Text className="muted">本案交由您所在组织核查。异议人信息不随交办提供。</Text> : null}
      </View>
      {c.status === 'concluded' ? (
        <Section title="办理结果">
          <Text className="objection-case-admin__finding">{c.finding ? OBJECTION_FINDING_ZH[c.finding] : ''}</Text>
          <Text className="objection-case-admin__text">{c.reply ?? ''}</Text>
        </Section>
      ) : null}
      <Section title="异议事实">
        <Text className="objection-case-admin__text">{c.facts}</Text>
        <Text className="objection-case-admin__section">核查线索</Text>
        <Text className="objection-case-admin__text">{c.leads}</Text>
        {c.evidence.length > 0 ? (
          <View className="objection-case-admin__images">
            {c.evidence.map((e, i) => (
              <Image
                key={e.fileId}
                className="objection-case-admin__img"
                src={e.url}
                mode="aspectFill"
                ariaLabel={`证据图片 ${i + 1}`}
                onClick={() => void Taro.previewImage({ urls: c.evidence.map((x) => x.url), current: e.url })}
              />
            ))}
          </View>
        ) : null}
      </Section>
      {/* Keyed by the identity state: a reading shown before the conclusion goes once it is sealed. */}
      {handling ? <IdentitySection key={c.identity} c={c} /> : null}
      <VerificationSection key={`v-${c.version}`} c={c} onChanged={changed} />
      {handling && c.status !== 'concluded' ? <HandlingSections key={`h-${c.id}`} c={c} onChanged={changed} /> : null}
    </PageShell>
  );
}
