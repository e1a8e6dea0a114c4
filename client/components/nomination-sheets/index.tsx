/**
 * The actions on one nomination, each in a half-screen dialog with its inputs and, where the
 * workflow asks for one, a written reason: the democratic recommendation, submission, reviews,
 * Party consent, closing a notice, a department's opinion, the inspection, the determination vote,
 * the conferral, the submission upward, replacement and withdrawal. Checks run before sending; the
 * server's refusals show in Chinese; a CONFLICT is the caller's (it reloads the file).
 */
import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { OPINION_DECISIONS, type NominationView, type RoundView } from '../../../shared/actions/nomination.schema';
import type { Reply } from '../../../shared/envelope';
import { MEETING_FORMS, MEETING_FORM_ZH, type MeetingForm } from '../../../shared/selection/round';
import { nomination as api } from '../../api/nomination';
import type { CallOptions } from '../../api/transport';
import { useForm } from '../../hooks/use-form';
import { todayShanghai } from '../../lib/datetime';
import { quorumRuleZh, recommendationResult, stageLabel } from '../../lib/nomination';
import { DateTimeField } from '../datetime-field';
import { DocumentField, type UploadedDocument } from '../document-field';
import { ChoiceChips, TextField } from '../form-field';
import { Sheet, SheetActions, SheetError } from '../sheet';
import './index.scss';

export type ReviewDecision = 'pass' | 'return' | 'reject';

export type NominationSheet =
  | { kind: 'recommendation' }
  | { kind: 'submit' }
  | { kind: 'review'; decision: ReviewDecision }
  | { kind: 'consent' }
  | { kind: 'closeNotice' }
  | { kind: 'opinion' }
  | { kind: 'inspection' }
  | { kind: 'determination' }
  | { kind: 'confer' }
  | { kind: 'submitUpward' }
  | { kind: 'replace' }
  | { kind: 'withdraw' };

export interface ActionDone {
  nomination: NominationView;
  /** `replace`: the new file. */
  replacement?: NominationView;
  /** The toast to show. */
  message: string;
}

export interface NominationSheetsProps {
  sheet: NominationSheet;
  nomination: NominationView;
  round: RoundView;
  onDone: (done: ActionDone) => void;
  /** The file changed meanwhile: the caller reloads it. */
  onConflict: () => void;
  onClose: () => void;
}

type Done = { nomination: NominationView; replacement?: NominationView };
type Call<I> = (input: I, options: CallOptions) => Promise<Reply<Done>>;

const len = (s: string) => [...s.trim()].length;
const between = (s: string, min: number, max: number, name: string) =>
  len(s) === 0 ? `请填写${name}` : len(s) < min || len(s) > max ? `${name}应为 ${min}–${max} 个字` : null;
const today = () => todayShanghai(Date.now());
const whole = (s: string) => (/^\d{1,4}$/.test(s.trim()) ? Number(s.trim()) : null);
const countError = (s: string, name: string) => (whole(s) === null ? `请填写${name}（整数）` : null);

/** One dialog: the fields, the form error, and 取消 / the submit button with progress. */
function ActionSheet(props: {
  title: string;
  note?: string;
  submitText: string;
  pending: boolean;
  formError: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { title, note, submitText, pending, formError, onSubmit, onClose, children } = props;
  return (
    <Sheet
      title={title}
      onClose={() => !pending && onClose()}
      footer={
        <SheetActions
          submitText={submitText}
          pendingText="正在提交…"
          pending={pending}
          onSubmit={onSubmit}
          onCancel={onClose}
        />
      }
    >
      {note ? <Text className="sheet__note">{note}</Text> : null}
      {children}
      <SheetError message={formError} />
    </Sheet>
  );
}

/** A form whose reply is a nomination: done → onDone with the message; CONFLICT → onConflict. */
function useAction<F extends string, I>(
  fields: readonly F[],
  call: Call<I>,
  props: NominationSheetsProps,
  message: string,
) {
  const form = useForm<F, I, Done>(fields, call);
  const send = async (checks: Partial<Record<F, string | null>>, input: () => I) => {
    const reply = await form.submit(checks, input);
    if (!reply) return;
    if (reply.ok) props.onDone({ ...reply.data, message });
    else if (reply.code === 'CONFLICT') props.onConflict();
  };
  return { form, send };
}

const byVersion = (n: NominationView) => ({ id: n.id, version: n.version });

// ---------------------------------------------------------------------------------------------

function RecommendationSheet(props: NominationSheetsProps) {
  const { nomination: n, round } = props;
  const rules = round.config.quorumRules;
  const allowed = MEETING_FORMS.filter((f) => rules[f] !== undefined);
  const prior = n.recommendation;
  const [form, setForm] = useState<MeetingForm>(prior?.form ?? 'workersCongress');
  const [date, setDate] = useState(prior?.date ?? today());
  const [total, setTotal] = useState(prior ? String(prior.delegatesTotal) : '');
  const [present, setPresent] = useState(prior ? String(prior.present) : '');
  const [votes, setVotes] = useState(prior ? String(prior.votesFor) : '');
  const fields = ['record'] as const;
  const { form: f, send } = useAction(
    fields,
    (
      input: { record: { form: MeetingForm; date: string; delegatesTotal: number; present: number; votesFor: number } },
      o,
    ) => api.recordRecommendation({ ...byVersion(n), ...input }, o),
    props,
    '已登记民主推荐情况',
  );
  const counts = { delegatesTotal: whole(total), present: whole(present), votesFor: whole(votes) };
  const complete = counts.delegatesTotal !== null && counts.present !== null && counts.votesFor !== null;
  const result = complete
    ? recommendationResult(rules, form, counts as { delegatesTotal: number; present: number; votesFor: number })
    : null;
  const rule = rules[form];
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const submit = () => {
    const found = {
      total: countError(total, '代表总数'),
      present: countError(present, '到会人数'),
      votes: countError(votes, '赞成票数'),
      date: date ? null : '请选择会议日期',
    };
    setErrors(found);
    void send({ record: Object.values(found).some(Boolean) ? '请按红字提示填写' : null }, () => ({
      record: {
        form,
        date,
        delegatesTotal: counts.delegatesTotal!,
        present: counts.present!,
        votesFor: counts.votesFor!,
      },
    }));
  };
  return (
    <ActionSheet
      title="登记民主推荐"
      note="按会议记录填写。到会比例和赞成票都按全体代表（而非到会人数）计算。"
      submitText="保存民主推荐情况"
      pending={f.pending}
      formError={f.formError ?? (f.fieldError('record') === '请按红字提示填写' ? null : f.fieldError('record'))}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <ChoiceChips
        label="会议形式"
        options={allowed.map((v) => ({ value: v, label: MEETING_FORM_ZH[v] }))}
        value={[form]}
        onChange={(v) => setForm(v[0] ?? form)}
      />
      {rule ? <Text className="muted nomination-sheet__rule">本届规则：{quorumRuleZh(rule)}</Text> : null}
      <DateTimeField label="会议日期" date={date} onChange={(v) => setDate(v.date)} error={errors.date} />
      <TextField label="代表总数" type="number" value={total} onChange={setTotal} error={errors.total} />
      <TextField label="到会人数" type="number" value={present} onChange={setPresent} error={errors.present} />
      <TextField label="赞成票数" type="number" value={votes} onChange={setVotes} error={errors.votes} />
      {result ? (
        <View
          className={result.ok ? 'nomination-sheet__result' : 'nomination-sheet__result nomination-sheet__result--bad'}
          ariaRole="status"
        >
          {result.text}
        </View>
      ) : null}
    </ActionSheet>
  );
}

function SubmitSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const resubmit = n.state.status === 'returned';
  const { form, send } = useAction(
    [] as const,
    (_: null, o) => api.submit(byVersion(n), o),
    props,
    resubmit ? '已重新提交' : '已提交',
  );
  return (
    <ActionSheet
      title={resubmit ? '重新提交' : '提交推荐'}
      note={`提交后推荐表将锁定，不能再修改（退回补正后方可修改）。${n.stage.kind === 'democraticRecommendation' ? '提交前请确认已登记民主推荐情况、已上传本人公示同意书。' : ''}`}
      submitText={resubmit ? '确认重新提交' : '确认提交'}
      pending={form.pending}
      formError={form.formError}
      onSubmit={() => void send({}, () => null)}
      onClose={props.onClose}
    />
  );
}

const REVIEW_ZH: Record<ReviewDecision, { title: string; label: string; done: string; note: string }> = {
  pass: { title: '审核通过', label: '审核意见', done: '已审核通过', note: '通过后推荐进入下一环节。' },
  return: {
    title: '退回补正',
    label: '退回理由',
    done: '已退回补正',
    note: '退回后推荐表回到下级工会修改，修改后可重新提交，办理记录会保留。',
  },
  reject: {
    title: '不予通过',
    label: '不予通过的理由',
    done: '已作出不予通过决定',
    note: '不予通过后推荐结束，名额释放。此操作不可恢复。',
  },
};

function ReviewSheet(props: NominationSheetsProps & { decision: ReviewDecision }) {
  const n = props.nomination;
  const text = REVIEW_ZH[props.decision];
  const [reason, setReason] = useState('');
  const { form, send } = useAction(
    ['reason'] as const,
    (input: { reason: string }, o) => api.review({ ...byVersion(n), decision: props.decision, ...input }, o),
    props,
    text.done,
  );
  return (
    <ActionSheet
      title={text.title}
      note={`${stageLabel(n.stage)}：${text.note}`}
      submitText={`确认${text.title}`}
      pending={form.pending}
      formError={form.formError}
      onSubmit={() => void send({ reason: between(reason, 2, 500, text.label) }, () => ({ reason: reason.trim() }))}
      onClose={props.onClose}
    >
      <TextField
        label={text.label}
        multiline
        maxlength={500}
        value={reason}
        error={form.fieldError('reason')}
        onChange={(v) => {
          setReason(v);
          form.touch('reason');
        }}
      />
    </ActionSheet>
  );
}

function ReasonOnlySheet(props: NominationSheetsProps & { which: 'replace' | 'withdraw' }) {
  const n = props.nomination;
  const replace = props.which === 'replace';
  const [reason, setReason] = useState('');
  const { form, send } = useAction(
    ['reason'] as const,
    (input: { reason: string }, o) =>
      replace ? api.replace({ ...byVersion(n), ...input }, o) : api.withdraw({ ...byVersion(n), ...input }, o),
    props,
    replace ? '已替换，新人选的推荐表已建立' : '已撤回推荐',
  );
  const label = replace ? '替换原因' : '撤回原因';
  return (
    <ActionSheet
      title={replace ? '替换人选' : '撤回推荐'}
      note={
        replace
          ? `「${n.form.name ?? ''}」的推荐将终止、名额释放；替换人选是一份新的推荐表，从民主推荐环节重新开始，并与本推荐关联。`
          : `撤回后「${n.form.name ?? ''}」的推荐终止、名额释放。此操作不可恢复。`
      }
      submitText={replace ? '确认替换' : '确认撤回'}
      pending={form.pending}
      formError={form.formError}
      onSubmit={() => void send({ reason: between(reason, 2, 500, label) }, () => ({ reason: reason.trim() }))}
      onClose={props.onClose}
    >
      <TextField
        label={label}
        multiline
        maxlength={500}
        value={reason}
        error={form.fieldError('reason')}
        onChange={(v) => {
          setReason(v);
          form.touch('reason');
        }}
      />
    </ActionSheet>
  );
}

function ConsentSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const [signer, setSigner] = useState('');
  const [date, setDate] = useState(today());
  const [doc, setDoc] = useState<UploadedDocument | null>(null);
  const [note, setNote] = useState('');
  const { form, send } = useAction(
    ['signer', 'date', 'documentFileId', 'note'] as const,
    (input: { signer: string; date: string; documentFileId: string; note?: string }, o) =>
      api.recordConsent({ ...byVersion(n), ...input }, o),
    props,
    '已登记党组织意见',
  );
  const submit = () =>
    void send(
      {
        signer: between(signer, 2, 40, '签字人'),
        date: date ? null : '请选择日期',
        documentFileId: doc ? null : '请上传党组织同意的书面文件',
        note: len(note) > 200 ? '备注不能超过 200 个字' : null,
      },
      () => ({
        signer: signer.trim(),
        date,
        documentFileId: doc!.fileId,
        ...(len(note) > 0 ? { note: note.trim() } : {}),
      }),
    );
  return (
    <ActionSheet
      title="登记党组织意见"
      note={`${stageLabel(n.stage)}：同级党组织同意推荐后登记（非公企业无党组织的，由上级党组织出具意见）。`}
      submitText="登记并进入下一环节"
      pending={form.pending}
      formError={form.formError}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        label="签字人"
        maxlength={40}
        value={signer}
        error={form.fieldError('signer')}
        onChange={(v) => (setSigner(v), form.touch('signer'))}
      />
      <DateTimeField
        label="签署日期"
        date={date}
        error={form.fieldError('date')}
        onChange={(v) => (setDate(v.date), form.touch('date'))}
      />
      <DocumentField
        label="同意文件"
        value={doc}
        error={form.fieldError('documentFileId')}
        onChange={(d) => (setDoc(d), form.touch('documentFileId'))}
      />
      <TextField
        label="备注（选填）"
        multiline
        maxlength={200}
        value={note}
        error={form.fieldError('note')}
        onChange={(v) => (setNote(v), form.touch('note'))}
      />
    </ActionSheet>
  );
}

function CloseNoticeSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const running = n.notices.find((x) => x.stageIndex === n.state.stageIndex && x.outcome === null);
  const { form, send } = useAction([] as const, (_: null, o) => api.closeNotice(byVersion(n), o), props, '公示已结束');
  return (
    <ActionSheet
      title="结束公示"
      note={`${running ? `公示期：${running.periodZh}。` : ''}公示期满且异议均已办结后方可结束；无异议的附「公示无异议」说明，有异议的附公示情况报告。`}
      submitText="确认结束公示"
      pending={form.pending}
      formError={form.formError}
      onSubmit={() => void send({}, () => null)}
      onClose={props.onClose}
    />
  );
}

function OpinionSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const [decision, setDecision] = useState<(typeof OPINION_DECISIONS)[number] | null>(null);
  const [comment, setComment] = useState('');
  const { form, send } = useAction(
    ['decision', 'comment'] as const,
    (input: { decision: (typeof OPINION_DECISIONS)[number]; comment: string }, o) =>
      api.signConsultation({ ...byVersion(n), ...input }, o),
    props,
    '已签署意见',
  );
  return (
    <ActionSheet
      title="签署部门意见"
      note={`对「${n.form.name ?? ''}」（${n.form.unitName ?? n.orgName}）的推荐，请按本部门掌握的情况签署意见。`}
      submitText="签署意见"
      pending={form.pending}
      formError={form.formError}
      onSubmit={() =>
        void send(
          { decision: decision ? null : '请选择同意或不同意', comment: between(comment, 1, 500, '意见说明') },
          () => ({ decision: decision!, comment: comment.trim() }),
        )
      }
      onClose={props.onClose}
    >
      <ChoiceChips
        label="意见"
        options={[
          { value: 'agree', label: '同意' },
          { value: 'disagree', label: '不同意' },
        ]}
        value={decision ? [decision] : []}
        error={form.fieldError('decision')}
        onChange={(v) => (setDecision(v[0] ?? null), form.touch('decision'))}
      />
      <TextField
        label="意见说明"
        multiline
        maxlength={500}
        value={comment}
        error={form.fieldError('comment')}
        onChange={(v) => (setComment(v), form.touch('comment'))}
      />
    </ActionSheet>
  );
}

function InspectionSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const prior = n.inspection;
  const [date, setDate] = useState(prior?.date ?? today());
  const [inspectors, setInspectors] = useState(prior?.inspectors.join('、') ?? '');
  const [summary, setSummary] = useState(prior?.summary ?? '');
  const [docs, setDocs] = useState<UploadedDocument[]>([]);
  const names = inspectors
    .split(/[、,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const { form, send } = useAction(
    ['date', 'inspectors', 'summary', 'fileIds'] as const,
    (input: { date: string; inspectors: string[]; summary: string; fileIds?: string[] }, o) =>
      api.recordInspection({ ...byVersion(n), ...input }, o),
    props,
    '已登记考察情况',
  );
  const inspectorsError =
    names.length === 0
      ? '请填写考察人员'
      : names.length > 10
        ? '考察人员最多 10 人'
        : names.some((x) => len(x) < 2 || len(x) > 20)
          ? '每位考察人员的姓名应为 2–20 个字'
          : null;
  return (
    <ActionSheet
      title="登记考察情况"
      note="复审通过前须登记考察（实地走访、座谈、查阅资料）的情况。"
      submitText="保存考察情况"
      pending={form.pending}
      formError={form.formError}
      onSubmit={() =>
        void send(
          {
            date: date ? null : '请选择考察日期',
            inspectors: inspectorsError,
            summary: between(summary, 10, 2000, '考察情况'),
          },
          () => ({
            date,
            inspectors: names,
            summary: summary.trim(),
            ...(docs.length > 0 ? { fileIds: docs.map((d) => d.fileId) } : {}),
          }),
        )
      }
      onClose={props.onClose}
    >
      <DateTimeField
        label="考察日期"
        date={date}
        error={form.fieldError('date')}
        onChange={(v) => (setDate(v.date), form.touch('date'))}
      />
      <TextField
        label="考察人员"
        placeholder="多人用顿号分隔，例如：张明、李华"
        maxlength={200}
        value={inspectors}
        error={form.fieldError('inspectors')}
        onChange={(v) => (setInspectors(v), form.touch('inspectors'))}
      />
      <TextField
        label="考察情况"
        multiline
        maxlength={2000}
        value={summary}
        error={form.fieldError('summary')}
        onChange={(v) => (setSummary(v), form.touch('summary'))}
      />
      {docs.map((d) => (
        <Text key={d.fileId} className="muted">
          已上传：{d.name}
        </Text>
      ))}
      {docs.length < 10 ? (
        <DocumentField
          label="考察材料（选填）"
          value={null}
          onChange={(d) => setDocs((xs) => [...xs, d])}
          error={form.fieldError('fileIds')}
        />
      ) : null}
    </ActionSheet>
  );
}

function DeterminationSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const [date, setDate] = useState(today());
  const [v, setV] = useState({ membersTotal: '', present: '', votesFor: '', votesAgainst: '', abstentions: '' });
  const FIELDS = ['date', 'membersTotal', 'present', 'votesFor', 'votesAgainst', 'abstentions'] as const;
  const { form, send } = useAction(
    FIELDS,
    (
      input: {
        date: string;
        membersTotal: number;
        present: number;
        votesFor: number;
        votesAgainst: number;
        abstentions: number;
      },
      o,
    ) => api.recordDetermination({ ...byVersion(n), ...input }, o),
    props,
    '已登记审定结果',
  );
  const LABELS = {
    membersTotal: '委员总数',
    present: '到会委员',
    votesFor: '赞成票',
    votesAgainst: '反对票',
    abstentions: '弃权票',
  };
  const keys = Object.keys(LABELS) as (keyof typeof LABELS)[];
  const submit = () => {
    const checks: Partial<Record<(typeof FIELDS)[number], string | null>> = { date: date ? null : '请选择审定日期' };
    for (const k of keys) checks[k] = countError(v[k], LABELS[k]);
    const [total, present, yes, no, abstain] = keys.map((k) => whole(v[k]) ?? 0);
    if (!checks.present && present! > total!) checks.present = '到会委员不能多于委员总数';
    if (!checks.votesFor && yes! + no! + abstain! > present!)
      checks.votesFor = '赞成、反对、弃权票之和不能多于到会委员';
    void send(checks, () => ({
      date,
      membersTotal: total!,
      present: present!,
      votesFor: yes!,
      votesAgainst: no!,
      abstentions: abstain!,
    }));
  };
  return (
    <ActionSheet
      title="登记审定结果"
      note="评选委员会表决后，按会议记录登记票数；登记后进入下一环节。"
      submitText="登记审定结果"
      pending={form.pending}
      formError={form.formError}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <DateTimeField
        label="审定日期"
        date={date}
        error={form.fieldError('date')}
        onChange={(x) => (setDate(x.date), form.touch('date'))}
      />
      {keys.map((k) => (
        <TextField
          key={k}
          label={LABELS[k]}
          type="number"
          value={v[k]}
          error={form.fieldError(k)}
          onChange={(x) => (setV((s) => ({ ...s, [k]: x })), form.touch(k))}
        />
      ))}
    </ActionSheet>
  );
}

function ConferSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const [issuer, setIssuer] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [date, setDate] = useState(today());
  const { form, send } = useAction(
    ['issuer', 'documentNumber', 'date'] as const,
    (input: { issuer: string; documentNumber: string; date: string }, o) =>
      api.confer({ ...byVersion(n), ...input }, o),
    props,
    '已作出表彰决定',
  );
  return (
    <ActionSheet
      title="作出表彰决定"
      note={`登记表彰决定后，「${n.form.name ?? ''}」获得「${n.form.titleSought ?? ''}」称号，劳模档案随之建立或增加该荣誉。此操作不可撤销。`}
      submitText="确认表彰"
      pending={form.pending}
      formError={form.formError}
      onSubmit={() =>
        void send(
          {
            issuer: between(issuer, 2, 40, '发文单位'),
            documentNumber: between(documentNumber, 2, 40, '文号'),
            date: date ? null : '请选择日期',
          },
          () => ({ issuer: issuer.trim(), documentNumber: documentNumber.trim(), date }),
        )
      }
      onClose={props.onClose}
    >
      <TextField
        label="发文单位"
        maxlength={40}
        value={issuer}
        error={form.fieldError('issuer')}
        onChange={(x) => (setIssuer(x), form.touch('issuer'))}
      />
      <TextField
        label="文号"
        placeholder="例如：示工发〔2026〕12号"
        maxlength={40}
        value={documentNumber}
        error={form.fieldError('documentNumber')}
        onChange={(x) => (setDocumentNumber(x), form.touch('documentNumber'))}
      />
      <DateTimeField
        label="决定日期"
        date={date}
        error={form.fieldError('date')}
        onChange={(x) => (setDate(x.date), form.touch('date'))}
      />
    </ActionSheet>
  );
}

function SubmitUpwardSheet(props: NominationSheetsProps) {
  const n = props.nomination;
  const [date, setDate] = useState(today());
  const [documentNumber, setDocumentNumber] = useState('');
  const [report, setReport] = useState<UploadedDocument | null>(null);
  const { form, send } = useAction(
    ['date', 'documentNumber', 'reportFileId'] as const,
    (input: { date: string; documentNumber?: string; reportFileId?: string }, o) =>
      api.submitUpward({ ...byVersion(n), ...input }, o),
    props,
    '已上报',
  );
  return (
    <ActionSheet
      title="上报"
      note="将本推荐随推荐名单和区总工会的推荐报告报送上级工会。"
      submitText="确认上报"
      pending={form.pending}
      formError={form.formError}
      onSubmit={() =>
        void send(
          {
            date: date ? null : '请选择上报日期',
            documentNumber: len(documentNumber) > 0 ? between(documentNumber, 2, 40, '文号') : null,
          },
          () => ({
            date,
            ...(len(documentNumber) > 0 ? { documentNumber: documentNumber.trim() } : {}),
            ...(report ? { reportFileId: report.fileId } : {}),
          }),
        )
      }
      onClose={props.onClose}
    >
      <DateTimeField
        label="上报日期"
        date={date}
        error={form.fieldError('date')}
        onChange={(x) => (setDate(x.date), form.touch('date'))}
      />
      <TextField
        label="文号（选填）"
        maxlength={40}
        value={documentNumber}
        error={form.fieldError('documentNumber')}
        onChange={(x) => (setDocumentNumber(x), form.touch('documentNumber'))}
      />
      <DocumentField
        label="推荐报告（选填）"
        value={report}
        error={form.fieldError('reportFileId')}
        onChange={setReport}
      />
    </ActionSheet>
  );
}

export function NominationSheets(props: NominationSheetsProps) {
  const { sheet } = props;
  switch (sheet.kind) {
    case 'recommendation':
      return <RecommendationSheet {...props} />;
    case 'submit':
      return <SubmitSheet {...props} />;
    case 'review':
      return <ReviewSheet {...props} decision={sheet.decision} />;
    case 'consent':
      return <ConsentSheet {...props} />;
    case 'closeNotice':
      return <CloseNoticeSheet {...props} />;
    case 'opinion':
      return <OpinionSheet {...props} />;
    case 'inspection':
      return <InspectionSheet {...props} />;
    case 'determination':
      return <DeterminationSheet {...props} />;
    case 'confer':
      return <ConferSheet {...props} />;
    case 'submitUpward':
      return <SubmitUpwardSheet {...props} />;
    case 'replace':
    case 'withdraw':
      return <ReasonOnlySheet {...props} which={sheet.kind} />;
  }
}
