/**
 * What a change to a selection round changes, in Chinese, for the cadre to check before saving (and,
 * once the rules are frozen, before an audited amendment). A key counts as changed exactly when the
 * server will record it: its JSON differs. Pure.
 */
import { TIER_ZH } from '../../shared/org';
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_ZH,
  MEETING_FORMS,
  MEETING_FORM_ZH,
  NOMINEE_FLAG_ZH,
  STAGE_KIND_ZH,
  TARGET_LEVEL_ZH,
  type CompositionRule,
  type NoticeRule,
  type QuorumRule,
  type SelectionRoundConfig,
  type Stage,
  type Threshold,
} from '../../shared/selection/round';

export type ConfigKey = keyof SelectionRoundConfig;

/** The config keys, in the order the editor shows them, in Chinese (an amendment lists these). */
export const CONFIG_KEY_ZH: Record<ConfigKey, string> = {
  name: '名称',
  year: '年度',
  targetLevel: '目标级别',
  titles: '荣誉称号',
  quotas: '名额',
  compositionRules: '比例结构',
  stages: '环节与公示规则',
  objectionPolicy: '异议处理',
  quorumRules: '民主推荐规则',
  consultationDepartments: '征求意见部门',
  deedLimits: '事迹字数',
};

export interface RoundChange {
  key: ConfigKey;
  label: string;
  /** One line per detail: 「旧」→「新」, 新增…, 删除…. */
  lines: string[];
}

const percent = (share: number) => `${Math.round(share * 10000) / 100}%`;

export function describeRule(r: CompositionRule): string {
  const v = (x: number) => (r.measure === 'share' ? percent(x) : `${x} 人`);
  const flag = NOMINEE_FLAG_ZH[r.flag];
  if (r.min !== undefined && r.max !== undefined) return `${flag} ${v(r.min)}–${v(r.max)}`;
  if (r.min !== undefined) return `${flag} 不少于 ${v(r.min)}`;
  return `${flag} 不超过 ${v(r.max ?? 0)}`;
}

export function describeNoticeRule(r: NoticeRule): string {
  return `${r.days} 个${r.kind === 'workingDays' ? '工作日' : '自然日'}`;
}

export function describeThreshold(t: Threshold): string {
  return `${t.comparison === 'atLeast' ? '不少于' : '超过'} ${t.numerator}/${t.denominator}`;
}

export function describeQuorum(r: QuorumRule | undefined): string {
  return r ? `到会${describeThreshold(r.presence)}，赞成票${describeThreshold(r.approval)}` : '不采用';
}

const stageName = (s: Stage) => `${TIER_ZH[s.tier]}${STAGE_KIND_ZH[s.kind]}`;
const arrow = (a: string, b: string) => `${a} → ${b}`;
const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join('、') : '无');

/** Added and removed items between two lists of descriptions. */
function addedRemoved(before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return [
    ...(added.length > 0 ? [`新增：${added.join('、')}`] : []),
    ...(removed.length > 0 ? [`删除：${removed.join('、')}`] : []),
  ];
}

function quotaLines(
  before: SelectionRoundConfig['quotas'],
  after: SelectionRoundConfig['quotas'],
  orgName: (id: string) => string,
): string[] {
  const seats = (q: { seats: number; allowMoreCandidates: boolean }) =>
    `${q.seats} 名${q.allowMoreCandidates ? '（允许差额）' : ''}`;
  const lines: string[] = [];
  for (const q of after) {
    const old = before.find((b) => b.orgId === q.orgId);
    if (!old) lines.push(`新增 ${orgName(q.orgId)}：${seats(q)}`);
    else if (old.seats !== q.seats || old.allowMoreCandidates !== q.allowMoreCandidates) {
      lines.push(`${orgName(q.orgId)}：${arrow(seats(old), seats(q))}`);
    }
  }
  for (const b of before) if (!after.some((q) => q.orgId === b.orgId)) lines.push(`删除 ${orgName(b.orgId)}`);
  return lines;
}

function stageLines(before: readonly Stage[], after: readonly Stage[]): string[] {
  const sameShape =
    before.length === after.length && before.every((s, i) => s.kind === after[i]!.kind && s.tier === after[i]!.tier);
  if (!sameShape) {
    return [`原：${before.map(stageName).join(' → ')}`, `新：${after.map(stageName).join(' → ')}`];
  }
  return after.flatMap((s, i) => {
    const old = before[i]!;
    if (s.kind !== 'notice' || old.kind !== 'notice') return [];
    const a = describeNoticeRule(old.noticeRule);
    const b = describeNoticeRule(s.noticeRule);
    return a === b ? [] : [`第 ${i + 1} 环节 ${stageName(s)}：${arrow(a, b)}`];
  });
}

function linesFor(key: ConfigKey, b: SelectionRoundConfig, a: SelectionRoundConfig, orgName: (id: string) => string) {
  switch (key) {
    case 'name':
      return [arrow(`「${b.name}」`, `「${a.name}」`)];
    case 'year':
      return [arrow(String(b.year), String(a.year))];
    case 'targetLevel':
      return [arrow(TARGET_LEVEL_ZH[b.targetLevel], TARGET_LEVEL_ZH[a.targetLevel])];
    case 'titles': {
      const names = (c: SelectionRoundConfig) =>
        c.titles.map((t) => `${t.name}（${t.kind === 'modelWorker' ? '劳动模范' : '先进工作者'}）`);
      return [arrow(list(names(b)), list(names(a)))];
    }
    case 'quotas':
      return quotaLines(b.quotas, a.quotas, orgName);
    case 'compositionRules':
      return addedRemoved(b.compositionRules.map(describeRule), a.compositionRules.map(describeRule));
    case 'stages':
      return stageLines(b.stages, a.stages);
    case 'objectionPolicy': {
      const yes = (v: boolean) => (v ? '受理' : '不受理');
      const lines: string[] = [];
      if (b.objectionPolicy.anonymousAllowed !== a.objectionPolicy.anonymousAllowed) {
        lines.push(
          `匿名异议：${arrow(yes(b.objectionPolicy.anonymousAllowed), yes(a.objectionPolicy.anonymousAllowed))}`,
        );
      }
      const lateB = b.objectionPolicy.lateObjectionsUntilConferral;
      const lateA = a.objectionPolicy.lateObjectionsUntilConferral;
      if (lateB !== lateA) lines.push(`公示期后、表彰决定前的异议：${arrow(yes(lateB), yes(lateA))}`);
      return lines;
    }
    case 'quorumRules':
      return MEETING_FORMS.flatMap((f) => {
        const x = describeQuorum(b.quorumRules[f]);
        const y = describeQuorum(a.quorumRules[f]);
        return x === y ? [] : [`${MEETING_FORM_ZH[f]}：${arrow(x, y)}`];
      });
    case 'consultationDepartments':
      return CONSULTATION_CATEGORIES.flatMap((c) => {
        const lines = addedRemoved(b.consultationDepartments[c], a.consultationDepartments[c]);
        return lines.length > 0 ? [`${CONSULTATION_CATEGORY_ZH[c]}：${lines.join('；')}`] : [];
      });
    case 'deedLimits': {
      const lines: string[] = [];
      if (b.deedLimits.shortMax !== a.deedLimits.shortMax) {
        lines.push(`简要事迹：${arrow(`${b.deedLimits.shortMax} 字`, `${a.deedLimits.shortMax} 字`)}`);
      }
      if (b.deedLimits.longMax !== a.deedLimits.longMax) {
        lines.push(`详细事迹：${arrow(`${b.deedLimits.longMax} 字`, `${a.deedLimits.longMax} 字`)}`);
      }
      return lines;
    }
  }
}

/** The keys whose JSON differs, as the server compares them, each with what changed. */
export function describeChanges(
  before: SelectionRoundConfig,
  after: SelectionRoundConfig,
  orgName: (id: string) => string = (id) => id,
): RoundChange[] {
  return (Object.keys(CONFIG_KEY_ZH) as ConfigKey[])
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((key) => {
      const lines = linesFor(key, before, after, orgName);
      // A change no line describes (an order only): say so rather than show nothing.
      return { key, label: CONFIG_KEY_ZH[key], lines: lines.length > 0 ? lines : ['顺序或细节有调整'] };
    });
}
