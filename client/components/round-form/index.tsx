/**
 * Creating a selection round from the default configuration, or changing one: name, year, target
 * level (only before nominations point into its stage list), titles, quotas per organization (名额,
 * 差额), the notice rule of each notice stage and the deed limits. Once the round is frozen (the first
 * submission), a change is an audited amendment and needs a written reason. The whole configuration
 * is checked with the shared schema before sending; issues show under their fields.
 */
import { useEffect, useState } from 'react';
import { Button, Switch, Text, View } from '@tarojs/components';
import type { RoundView } from '../../../shared/actions/nomination.schema';
import type { Org } from '../../../shared/org';
import { TIER_ZH } from '../../../shared/org';
import {
  defaultRoundConfig,
  defaultStages,
  selectionRoundConfigSchema,
  TARGET_LEVELS,
  TARGET_LEVEL_ZH,
  type NoticeRule,
  type SelectionRoundConfig,
  type TargetLevel,
} from '../../../shared/selection/round';
import { org as orgApi } from '../../api/org';
import { nomination } from '../../api/nomination';
import type { PublicGrant } from '../../api/identity';
import { useForm } from '../../hooks/use-form';
import { ChoiceChips, TextField } from '../form-field';
import { OrgPicker } from '../org-picker';
import { Sheet, SheetActions, SheetError } from '../sheet';
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

interface Draft {
  name: string;
  year: string;
  targetLevel: TargetLevel;
  titles: { name: string; kind: 'modelWorker' | 'advancedWorker' }[];
  quotas: { orgId: string; orgName: string; seats: string; allowMoreCandidates: boolean }[];
  noticeDays: Record<number, { kind: NoticeRule['kind']; days: string }>;
  shortMax: string;
  longMax: string;
}

const TITLE_KINDS = [
  { value: 'modelWorker' as const, label: '劳动模范' },
  { value: 'advancedWorker' as const, label: '先进工作者' },
];
const RULE_KINDS = [
  { value: 'workingDays' as const, label: '工作日' },
  { value: 'calendarDays' as const, label: '自然日' },
];

function draftOf(config: SelectionRoundConfig): Draft {
  const noticeDays: Draft['noticeDays'] = {};
  config.stages.forEach((s, i) => {
    if (s.kind === 'notice') noticeDays[i] = { kind: s.noticeRule.kind, days: String(s.noticeRule.days) };
  });
  return {
    name: config.name,
    year: String(config.year),
    targetLevel: config.targetLevel,
    titles: config.titles.map((t) => ({ ...t })),
    quotas: config.quotas.map((q) => ({ ...q, orgName: q.orgId, seats: String(q.seats) })),
    noticeDays,
    shortMax: String(config.deedLimits.shortMax),
    longMax: String(config.deedLimits.longMax),
  };
}

const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/** The draft over the base configuration (everything the form does not edit is kept). */
function configOf(base: SelectionRoundConfig, d: Draft): SelectionRoundConfig {
  const stages = (d.targetLevel === base.targetLevel ? base.stages : defaultStages(d.targetLevel)).map((s, i) =>
    s.kind === 'notice' && d.noticeDays[i]
      ? { ...s, noticeRule: { kind: d.noticeDays[i]!.kind, days: num(d.noticeDays[i]!.days) } }
      : s,
  );
  return {
    ...base,
    name: d.name.trim(),
    year: num(d.year),
    targetLevel: d.targetLevel,
    titles: d.titles.map((t) => ({ name: t.name.trim(), kind: t.kind })),
    quotas: d.quotas.map((q) => ({ orgId: q.orgId, seats: num(q.seats), allowMoreCandidates: q.allowMoreCandidates })),
    stages,
    deedLimits: { shortMax: num(d.shortMax), longMax: num(d.longMax) },
  };
}

const FIELD_HINT: Record<string, string> = {
  name: '评选名称应为 2–60 个字',
  year: '年度应为 2000–2100 之间的整数',
  titles: '至少设置一个荣誉称号（2–40 个字）',
  quotas: '名额应为 1–1000 之间的整数',
  stages: '公示天数应为 1–30 之间的整数',
  deedLimits: '简要事迹上限 50–2000 字，详细事迹上限 200–10000 字，且简要不多于详细',
};

/** Issues of the whole configuration, by top-level field (the first message each). */
export function checkRoundConfig(config: SelectionRoundConfig): Record<string, string> {
  const parsed = selectionRoundConfigSchema.safeParse(config);
  const out: Record<string, string> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    const chinese = /[\u4e00-\u9fff]/.test(issue.message);
    out[key] ??= chinese ? issue.message : (FIELD_HINT[key] ?? '填写有误');
  }
  return out;
}

const FIELDS = ['name', 'year', 'titles', 'quotas', 'stages', 'deedLimits', 'reason', 'config'] as const;

export function RoundForm({ grant, round, year, onSaved, onConflict, onCancel }: RoundFormProps) {
  const base =
    round?.config ??
    defaultRoundConfig({
      name: `${year}年度区劳动模范和先进工作者评选`,
      year,
      targetLevel: 'district',
      titles: [
        { name: '区劳动模范', kind: 'modelWorker' },
        { name: '区先进工作者', kind: 'advancedWorker' },
      ],
    });
  const [draft, setDraft] = useState<Draft>(() => draftOf(base));
  const [reason, setReason] = useState('');
  const [picking, setPicking] = useState(false);
  const frozen = round?.frozenAt != null;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  // The quotas' organization names (a stored round keeps only ids).
  useEffect(() => {
    const ids = (round?.config.quotas ?? []).map((q) => q.orgId).slice(0, 50);
    let live = true;
    void Promise.all(ids.map((id) => orgApi.get({ id }))).then((replies) => {
      if (!live) return;
      const names = new Map(replies.flatMap((r) => (r.ok ? [[r.data.org.id, r.data.org.name] as const] : [])));
      setDraft((d) => ({ ...d, quotas: d.quotas.map((q) => ({ ...q, orgName: names.get(q.orgId) ?? q.orgName })) }));
    });
    return () => {
      live = false;
    };
  }, [round]);

  const call = (input: { config: SelectionRoundConfig; reason?: string }, options: { requestId?: string }) =>
    round
      ? nomination.amendRound({ id: round.id, version: round.version, ...input }, options)
      : nomination.createRound({ config: input.config }, options);
  const form = useForm(FIELDS, call);

  const submit = async () => {
    const config = configOf(base, draft);
    const issues = checkRoundConfig(config);
    const reasonLen = [...reason.trim()].length;
    const checks: Partial<Record<(typeof FIELDS)[number], string | null>> = {
      ...issues,
      reason: frozen && (reasonLen < 2 || reasonLen > 500) ? '评选规则已冻结，修改须填写 2–500 字的理由' : null,
    };
    const reply = await form.submit(checks, () => ({ config, ...(frozen ? { reason: reason.trim() } : {}) }));
    if (reply?.ok) onSaved(reply.data.round);
    else if (reply?.code === 'CONFLICT') onConflict();
  };

  const notices = base.targetLevel === draft.targetLevel ? base.stages : defaultStages(draft.targetLevel);
  return (
    <Sheet
      title={round ? (frozen ? '修改评选规则（留痕）' : '修改评选') : '新建评选'}
      onClose={() => !form.pending && onCancel()}
      footer={
        <SheetActions
          submitText={round ? '保存修改' : '创建评选'}
          pendingText="正在保存…"
          pending={form.pending}
          onSubmit={() => void submit()}
          onCancel={onCancel}
        />
      }
    >
      <Text className="sheet__note">
        {round
          ? frozen
            ? '本届评选已有推荐提交，规则已冻结：修改将作为修订记录在案，须写明理由；目标级别和环节不能再改。'
            : '尚无推荐提交，可以直接修改。'
          : '按默认配置（一报告两审核三公示、五个工作日公示、职代会三分之二到会过半数赞成）创建，创建后可开放推荐。'}
      </Text>
      <TextField
        label="评选名称"
        maxlength={60}
        value={draft.name}
        error={form.fieldError('name')}
        onChange={(v) => (set({ name: v }), form.touch('name'))}
      />
      <TextField
        label="年度"
        type="number"
        maxlength={4}
        value={draft.year}
        error={form.fieldError('year')}
        onChange={(v) => (set({ year: v }), form.touch('year'))}
      />
      {frozen ? (
        <Text className="muted">目标级别：{TARGET_LEVEL_ZH[draft.targetLevel]}</Text>
      ) : (
        <ChoiceChips
          label="目标级别"
          hint="市级、全国评选由区里推荐上报，最后一个环节为「上报」。"
          options={TARGET_LEVELS.map((v) => ({ value: v, label: TARGET_LEVEL_ZH[v] }))}
          value={[draft.targetLevel]}
          onChange={(v) => set({ targetLevel: v[0] ?? draft.targetLevel })}
        />
      )}

      <Text className="round-form__group">荣誉称号</Text>
      {draft.titles.map((t, i) => (
        <View key={i} className="round-form__item">
          <TextField
            label={`称号 ${i + 1}`}
            maxlength={40}
            value={t.name}
            onChange={(v) => (
              set({ titles: draft.titles.map((x, j) => (j === i ? { ...x, name: v } : x)) }),
              form.touch('titles')
            )}
          />
          <ChoiceChips
            label={`称号 ${i + 1} 类别`}
            options={TITLE_KINDS}
            value={[t.kind]}
            onChange={(v) =>
              set({ titles: draft.titles.map((x, j) => (j === i ? { ...x, kind: v[0] ?? x.kind } : x)) })
            }
          />
          {draft.titles.length > 1 ? (
            <View
              className="round-form__link"
              ariaRole="button"
              onClick={() => set({ titles: draft.titles.filter((_, j) => j !== i) })}
            >
              删除称号 {i + 1}
            </View>
          ) : null}
        </View>
      ))}
      {form.fieldError('titles') ? <Text className="round-form__error">{form.fieldError('titles')}</Text> : null}
      {draft.titles.length < 10 ? (
        <Button className="btn" onClick={() => set({ titles: [...draft.titles, { name: '', kind: 'modelWorker' }] })}>
          添加称号
        </Button>
      ) : null}

      <Text className="round-form__group">各组织名额</Text>
      {draft.quotas.length === 0 ? <Text className="muted">尚未分配名额</Text> : null}
      {draft.quotas.map((q, i) => (
        <View key={q.orgId} className="round-form__item">
          <Text>{q.orgName}</Text>
          <TextField
            label={`${q.orgName} 名额`}
            type="number"
            maxlength={4}
            value={q.seats}
            onChange={(v) => (
              set({ quotas: draft.quotas.map((x, j) => (j === i ? { ...x, seats: v } : x)) }),
              form.touch('quotas')
            )}
          />
          <View className="round-form__switch">
            <Text>允许差额（推荐人数可多于名额）</Text>
            <Switch
              checked={q.allowMoreCandidates}
              ariaLabel={`${q.orgName} 允许差额`}
              color="#C8102E"
              onChange={(e) =>
                set({
                  quotas: draft.quotas.map((x, j) => (j === i ? { ...x, allowMoreCandidates: e.detail.value } : x)),
                })
              }
            />
          </View>
          <View
            className="round-form__link"
            ariaRole="button"
            onClick={() => set({ quotas: draft.quotas.filter((_, j) => j !== i) })}
          >
            删除「{q.orgName}」的名额
          </View>
        </View>
      ))}
      {form.fieldError('quotas') ? <Text className="round-form__error">{form.fieldError('quotas')}</Text> : null}
      <Button className="btn" onClick={() => setPicking(true)}>
        添加组织名额
      </Button>

      <Text className="round-form__group">公示规则</Text>
      {notices.map((s, i) =>
        s.kind === 'notice' ? (
          <View key={i} className="round-form__item">
            <ChoiceChips
              label={`${TIER_ZH[s.tier]}公示（第 ${i + 1} 环节）`}
              options={RULE_KINDS}
              value={[draft.noticeDays[i]?.kind ?? s.noticeRule.kind]}
              onChange={(v) =>
                set({
                  noticeDays: {
                    ...draft.noticeDays,
                    [i]: {
                      kind: v[0] ?? s.noticeRule.kind,
                      days: draft.noticeDays[i]?.days ?? String(s.noticeRule.days),
                    },
                  },
                })
              }
            />
            <TextField
              label={`${TIER_ZH[s.tier]}公示天数`}
              type="number"
              maxlength={2}
              value={draft.noticeDays[i]?.days ?? String(s.noticeRule.days)}
              onChange={(v) => (
                set({
                  noticeDays: {
                    ...draft.noticeDays,
                    [i]: { kind: draft.noticeDays[i]?.kind ?? s.noticeRule.kind, days: v },
                  },
                }),
                form.touch('stages')
              )}
            />
          </View>
        ) : null,
      )}
      {form.fieldError('stages') ? <Text className="round-form__error">{form.fieldError('stages')}</Text> : null}

      <Text className="round-form__group">事迹字数上限</Text>
      <TextField
        label="简要事迹上限（字）"
        type="number"
        maxlength={4}
        value={draft.shortMax}
        onChange={(v) => (set({ shortMax: v }), form.touch('deedLimits'))}
      />
      <TextField
        label="详细事迹上限（字）"
        type="number"
        maxlength={5}
        value={draft.longMax}
        error={form.fieldError('deedLimits')}
        onChange={(v) => (set({ longMax: v }), form.touch('deedLimits'))}
      />

      {frozen ? (
        <TextField
          label="修改理由"
          multiline
          maxlength={500}
          value={reason}
          error={form.fieldError('reason')}
          onChange={(v) => (setReason(v), form.touch('reason'))}
        />
      ) : null}
      <SheetError message={form.formError ?? form.fieldError('config')} />
      {picking ? (
        <OrgPicker
          title="选择分配名额的组织"
          root={{ id: grant.orgId, name: grant.orgName }}
          selectable={(o: Org) => o.status === 'active' && !draft.quotas.some((q) => q.orgId === o.id)}
          onPick={(o: Org) => {
            set({
              quotas: [...draft.quotas, { orgId: o.id, orgName: o.name, seats: '1', allowMoreCandidates: false }],
            });
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </Sheet>
  );
}
