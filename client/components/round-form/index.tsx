/**
 * Creating a selection round from the default configuration, or changing one: every rule of the
 * round, in collapsible sections (basics and titles, quotas with 差额, composition, the stage list
 * with its notice rules, the objection policy, the quorum rule per meeting form, the consultation
 * departments, the deed limits). Each field's issue shows under it once the cadre tried to save; the
 * stage list is checked live. A change to an existing round is reviewed first (what changes); once
 * the round is frozen (the first submission) it is an audited amendment with a reason, and the stage
 * list and target level are locked, as the server requires.
 */
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { Text, View } from '@tarojs/components';
import type { RoundView } from '../../../shared/actions/nomination.schema';
import {
  CONSULTATION_CATEGORIES,
  defaultRoundConfig,
  MEETING_FORMS,
  MEETING_FORM_ZH,
  selectionRoundConfigSchema,
  TARGET_LEVEL_ZH,
  type SelectionRoundConfig,
} from '../../../shared/selection/round';
import type { PublicGrant } from '../../api/identity';
import { nomination } from '../../api/nomination';
import { org as orgApi } from '../../api/org';
import { useRequest } from '../../hooks/use-request';
import { useSubmit } from '../../hooks/use-submit';
import { describeChanges, type RoundChange } from '../../lib/round-changes';
import {
  checkDraft,
  configOf,
  draftOf,
  issuesBySection,
  SECTIONS,
  SECTION_ZH,
  sectionOf,
  type RoundDraft,
  type Section,
} from '../../lib/round-draft';
import { Sheet, SheetActions, SheetError } from '../sheet';
import { BasicsSection } from './basics-section';
import { CompositionSection } from './composition-section';
import { ConsultationSection, type ReviewerDepartments } from './consultation-section';
import { QuotasSection } from './quotas-section';
import { checkAmendReason, RoundReview } from './review-sheet';
import { DeedsSection, ObjectionSection, QuorumSection } from './rules-sections';
import { FieldError, FormSection, type SectionProps } from './section';
import { StagesSection } from './stages-section';
import './index.scss';

export interface RoundFormProps {
  grant: PublicGrant;
  /** null: a new round from the defaults. */
  round: RoundView | null;
  /** The current year, for a new round. */
  year: number;
  onSaved: (round: RoundView) => void;
  onConflict: () => void;
  onCancel: () => void;
}

function defaultConfig(year: number): SelectionRoundConfig {
  return defaultRoundConfig({
    name: `${year}年度区劳动模范和先进工作者评选`,
    year,
    targetLevel: 'district',
    titles: [
      { name: '区劳动模范', kind: 'modelWorker' },
      { name: '区先进工作者', kind: 'advancedWorker' },
    ],
  });
}

function summaryOf(section: Section, d: RoundDraft): string {
  switch (section) {
    case 'basics':
      return `${d.year} 年 · ${TARGET_LEVEL_ZH[d.targetLevel]} · ${d.titles.length} 个称号`;
    case 'quotas':
      return d.quotas.length > 0
        ? `${d.quotas.length} 个组织，共 ${d.quotas.reduce((n, q) => n + (Number(q.seats) || 0), 0)} 名`
        : '未分配';
    case 'composition':
      return d.compositionRules.length > 0 ? `${d.compositionRules.length} 条要求` : '未设要求';
    case 'stages':
      return `${d.stages.length} 个环节，${d.stages.filter((s) => s.kind === 'notice').length} 次公示`;
    case 'objection':
      return `匿名异议${d.objectionPolicy.anonymousAllowed ? '受理' : '仅作线索'}，逾期异议${d.objectionPolicy.lateObjectionsUntilConferral ? '受理至表彰决定前' : '不受理'}`;
    case 'quorum':
      return `可采用：${MEETING_FORMS.filter((f) => f === 'workersCongress' || d.quorum[f].enabled)
        .map((f) => MEETING_FORM_ZH[f])
        .join('、')}`;
    case 'consultation':
      return `共 ${new Set(CONSULTATION_CATEGORIES.flatMap((c) => d.departments[c])).size} 个部门`;
    case 'deeds':
      return `简要 ${d.shortMax} 字，详细 ${d.longMax} 字`;
  }
}

/** Live issues: the stage list's always, the others once the cadre tried to save. */
const isLive = (key: string) => key === 'stages' || key.startsWith('stages.');

export function RoundForm({ grant, round, year, onSaved, onConflict, onCancel }: RoundFormProps) {
  const base = useMemo(() => round?.config ?? defaultConfig(year), [round, year]);
  const [draft, setDraft] = useState<RoundDraft>(() => draftOf(base));
  const [opened, setOpened] = useState<Section[]>(round ? [] : ['basics']);
  const [tried, setTried] = useState(false);
  const [serverIssue, setServerIssue] = useState<{ section: Section; message: string } | null>(null);
  const [changes, setChanges] = useState<RoundChange[] | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const frozen = round?.frozenAt != null;
  const set = (patch: Partial<RoundDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerIssue(null);
    setFormError(null);
  };

  // The quotas' organization names (a stored round keeps only ids).
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const ids = (round?.config.quotas ?? []).map((q) => q.orgId).slice(0, 50);
    let live = true;
    void Promise.all(ids.map((id) => orgApi.get({ id }))).then((replies) => {
      if (!live) return;
      const found = new Map(replies.flatMap((r) => (r.ok ? [[r.data.org.id, r.data.org.name] as const] : [])));
      setNames(found);
      setDraft((d) => ({ ...d, quotas: d.quotas.map((q) => ({ ...q, orgName: found.get(q.orgId) ?? q.orgName })) }));
    });
    return () => {
      live = false;
    };
  }, [round]);

  const reviewers = useRequest(() => nomination.listReviewerDepartments({}), []);
  const known: ReviewerDepartments = {
    items: reviewers.status === 'ok' ? reviewers.data.items : null,
    failed: reviewers.status === 'error',
    onRetry: () => void reviewers.reload(),
  };

  const call = useSubmit((input: { config: SelectionRoundConfig; reason?: string }, options: { requestId?: string }) =>
    round
      ? nomination.amendRound({ id: round.id, version: round.version, ...input }, options)
      : nomination.createRound({ config: input.config }, options),
  );

  const issues = useMemo(() => checkDraft(draft), [draft]);
  const visible = Object.fromEntries(Object.entries(issues).filter(([k]) => tried || isLive(k)));
  const counts = issuesBySection(visible);
  const error = (key: string) => visible[key] ?? null;
  const openOnly = (sections: Section[]) => setOpened((o) => [...new Set([...o, ...sections])]);

  const send = async (config: SelectionRoundConfig) => {
    const why = reason.trim();
    const reply = await call.run({ config, ...(round && why ? { reason: why } : {}) });
    if (!reply) return;
    if (reply.ok) return onSaved(reply.data.round);
    if (reply.code === 'CONFLICT') {
      setChanges(null);
      return onConflict();
    }
    const issue = reply.issues?.[0];
    const section = issue && issue.path[0] === 'config' ? sectionOf(String(issue.path[1] ?? '')) : null;
    if (issue && issue.path[0] === 'reason') setReasonError(issue.message);
    else if (section) {
      setServerIssue({ section, message: issue!.message });
      openOnly([section]);
      setChanges(null);
    } else setFormError(reply.message);
  };

  const save = () => {
    setTried(true);
    setFormError(null);
    const wrong = Object.keys(issues);
    if (wrong.length > 0) {
      openOnly(wrong.flatMap((k) => sectionOf(k) ?? []));
      setFormError(`有 ${wrong.length} 处需要修改，已展开相应部分`);
      return;
    }
    const config = configOf(draft);
    // The draft's checks mirror the schema; should they miss something, the schema still names it.
    const parsed = selectionRoundConfigSchema.safeParse(config);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      const section = sectionOf(String(first.path[0] ?? ''));
      if (section) openOnly([section]);
      setFormError(/[\u4e00-\u9fff]/.test(first.message) ? first.message : '填写有误，请检查各部分');
      return;
    }
    if (!round) return void send(config);
    const nameOf = (id: string) => draft.quotas.find((q) => q.orgId === id)?.orgName ?? names.get(id) ?? id;
    const found = describeChanges(round.config, config, nameOf);
    if (found.length === 0) return setFormError('没有修改');
    setReasonError(null);
    setChanges(found);
  };

  const confirm = () => {
    const problem = checkAmendReason(reason, frozen);
    setReasonError(problem);
    if (!problem) void send(configOf(draft));
  };

  const props: SectionProps = { draft, set, error, frozen };
  const body: Record<Section, ReactElement> = {
    basics: <BasicsSection {...props} />,
    quotas: <QuotasSection {...props} grant={grant} />,
    composition: <CompositionSection {...props} />,
    stages: <StagesSection {...props} />,
    objection: <ObjectionSection {...props} />,
    quorum: <QuorumSection {...props} />,
    consultation: <ConsultationSection {...props} known={known} />,
    deeds: <DeedsSection {...props} />,
  };
  return (
    <Sheet
      title={round ? (frozen ? '修订评选规则（留痕）' : '修改评选') : '新建评选'}
      onClose={() => !call.pending && onCancel()}
      footer={
        <SheetActions
          submitText={round ? '保存修改' : '创建评选'}
          pendingText="正在保存…"
          pending={call.pending && changes === null}
          onSubmit={save}
          onCancel={onCancel}
        />
      }
    >
      <Text className="sheet__note">
        {round
          ? frozen
            ? '本届评选已有推荐提交，规则已冻结：修改将作为修订记录在案，须写明理由；目标级别和环节不能再改，公示期规则仍可修改。'
            : '尚无推荐提交，可以直接修改。'
          : '按默认配置（一报告两审核三公示、五个工作日公示、职代会三分之二到会过半数赞成）创建，可逐项调整，创建后可开放推荐。'}
      </Text>
      <View className="round-form__sections">
        {SECTIONS.map((s) => (
          <FormSection
            key={s}
            title={SECTION_ZH[s]}
            summary={summaryOf(s, draft)}
            errors={(counts[s] ?? 0) + (serverIssue?.section === s ? 1 : 0)}
            open={opened.includes(s)}
            onToggle={() => setOpened((o) => (o.includes(s) ? o.filter((x) => x !== s) : [...o, s]))}
          >
            {serverIssue?.section === s ? <FieldError message={serverIssue.message} /> : null}
            {body[s]}
          </FormSection>
        ))}
      </View>
      <SheetError message={changes === null ? formError : null} />
      {changes ? (
        <RoundReview
          frozen={frozen}
          seq={(round?.amendments.length ?? 0) + 1}
          changes={changes}
          reason={reason}
          onReasonChange={(v) => (setReason(v), setReasonError(null))}
          reasonError={reasonError}
          formError={formError}
          pending={call.pending}
          onSubmit={confirm}
          onCancel={() => !call.pending && setChanges(null)}
        />
      ) : null}
    </Sheet>
  );
}
