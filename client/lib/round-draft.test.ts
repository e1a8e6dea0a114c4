/** The round editor's draft: a loaded round goes back unchanged; stage edits; what a change describes. */
import { defaultRoundConfig, type SelectionRoundConfig } from '../../shared/selection/round';
import { describeChanges } from './round-changes';
import { checkDraft, configOf, draftOf, moveStage, retarget, sectionOf } from './round-draft';

const config = (over: Partial<SelectionRoundConfig> = {}): SelectionRoundConfig => ({
  ...defaultRoundConfig({
    name: '2026年度区劳动模范评选',
    year: 2026,
    targetLevel: 'district',
    titles: [{ name: '区劳动模范', kind: 'modelWorker' }],
  }),
  ...over,
});

describe('the round draft', () => {
  it('sends a loaded round back exactly as loaded, with nothing to fix', () => {
    const loaded = config({
      compositionRules: [
        { flag: 'woman', measure: 'share', min: 0.57, max: 0.9 },
        { flag: 'migrantWorker', measure: 'count', max: 3 },
      ],
      quorumRules: { workersCongress: config().quorumRules.workersCongress },
    });
    const draft = draftOf(loaded);
    expect(checkDraft(draft)).toEqual({});
    expect(JSON.stringify(configOf(draft))).toBe(JSON.stringify(loaded));
    expect(describeChanges(loaded, configOf(draft))).toEqual([]);
  });

  it('moves stages, and a new target level swaps the final stage only', () => {
    const stages = draftOf(config()).stages;
    const moved = moveStage(stages, 6, 8);
    expect(moved.map((s) => s.kind).slice(6, 9)).toEqual(['secondaryReview', 'notice', 'departmentConsultation']);
    expect(moveStage(stages, 0, -1)).toEqual(stages);
    const city = retarget(stages, 'city');
    expect(city.at(-1)).toMatchObject({ kind: 'submission', tier: 'district' });
    expect(city.slice(0, -1)).toEqual(stages.slice(0, -1));
  });

  it('puts each issue in its section', () => {
    const draft = { ...draftOf(config()), name: 'x', stages: [] };
    const issues = checkDraft(draft);
    expect(issues).toMatchObject({ name: '评选名称应为 2–60 个字', stages: '评选流程至少需要一个环节' });
    expect(Object.keys(issues).map(sectionOf)).toEqual(['basics', 'stages']);
  });

  it('describes composition, stage-shape and department changes', () => {
    const before = config({ compositionRules: [{ flag: 'woman', measure: 'share', min: 0.3 }] });
    const after = config({
      compositionRules: [{ flag: 'frontLineWorker', measure: 'count', min: 2, max: 5 }],
      stages: before.stages.filter((_, i) => i !== 4),
      consultationDepartments: { ...before.consultationDepartments, leadingCadre: ['纪检监察', '区委组织部'] },
    });
    const changes = describeChanges(before, after);
    expect(changes.map((c) => c.label)).toEqual(['比例结构', '环节与公示规则', '征求意见部门']);
    expect(changes[0]!.lines).toEqual(['新增：一线职工 2 人–5 人', '删除：女性 不少于 30%']);
    expect(changes[1]!.lines[0]).toMatch(/^原：基层民主推荐 → 基层公示/);
    expect(changes[2]!.lines).toEqual(['党政领导干部：新增：区委组织部；删除：组织部']);
  });
});
