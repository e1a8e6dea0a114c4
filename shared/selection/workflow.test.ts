/**
 * The nomination workflow: guards first, then the exhaustive transition table of the default district
 * round (every stage index × status × event × actor, against a hand-written table), then whole paths,
 * the quorum rule and the stage-list validator.
 */
import {
  checkDemocraticRecommendation,
  DEFAULT_STAGES,
  defaultRoundConfig,
  defaultStages,
  requiredDepartments,
  DEFAULT_CONSULTATION_DEPARTMENTS,
  selectionRoundConfigSchema,
  validateStages,
  WORKERS_CONGRESS_RULE,
  type Stage,
  type TargetLevel,
} from './round';
import {
  availableEvents,
  initialState,
  NOMINATION_STATUSES,
  returnTarget,
  WORKFLOW_EVENTS,
  transition,
  WORKFLOW_ERROR_CODES,
  type Actor,
  type Effect,
  type NominationState,
  type NominationStatus,
  type WorkflowEvent,
  type TransitionFacts,
  type WorkflowRound,
} from './workflow';

const roundFor = (targetLevel: TargetLevel) =>
  defaultRoundConfig({
    name: '2026年评选',
    year: 2026,
    targetLevel,
    titles: [{ name: '朝阳区劳动模范', kind: 'modelWorker' }],
  });
const ROUND = roundFor('district');

const G: Actor = { role: 'cadre', tier: 'grassroots' };
const M: Actor = { role: 'cadre', tier: 'middle' };
const D: Actor = { role: 'cadre', tier: 'district' };
const reviewer = (department: string, tier: Actor['tier'] = 'district'): Actor => ({
  role: 'departmentReviewer',
  tier,
  department,
});
const SCJG = reviewer('市场监管');
const SW = reviewer('税务');

const RECORD = { form: 'workersCongress', delegatesTotal: 100, present: 80, votesFor: 60 } as const;
const CLOSED = { periodClosed: true, objectionsReceived: 0, openObjections: 0 };
const REASON = '材料齐全，事迹属实';

/** Facts under which every guard on facts holds: the table below then tests state × event × actor. */
const CLEAR: TransitionFacts = {
  reason: REASON,
  recommendation: RECORD,
  notice: CLOSED,
  consultation: { required: ['市场监管'], signed: [] },
  inspectionRecorded: true,
  lateObjectionsOpen: 0,
};

const at = (stageIndex: number, status: NominationStatus): NominationState => ({ stageIndex, status });

function ok(r: ReturnType<typeof transition>) {
  if (!r.ok) throw new Error(`expected a move, got ${r.code}: ${r.message}`);
  return r;
}
const codeOf = (r: ReturnType<typeof transition>) => (r.ok ? 'moved' : r.code);

// ---------------------------------------------------------------------------------------------

describe('guards: what the machine refuses, and why', () => {
  it('does not edit a submitted form, at any stage after the draft', () => {
    expect(codeOf(transition(ROUND, at(1, 'submitted'), 'saveDraft', G))).toBe('NOT_EDITABLE');
    expect(codeOf(transition(ROUND, at(2, 'submitted'), 'saveDraft', G))).toBe('NOT_EDITABLE');
    expect(codeOf(transition(ROUND, at(3, 'submitted'), 'saveDraft', G))).toBe('NOT_EDITABLE');
    expect(codeOf(transition(ROUND, at(3, 'submitted'), 'saveDraft', M))).toBe('NOT_EDITABLE');
    expect(codeOf(transition(ROUND, at(8, 'inNotice'), 'saveDraft', D))).toBe('NOT_EDITABLE');
  });

  it('skips no stage: a later stage’s event fails where the nomination is', () => {
    expect(codeOf(transition(ROUND, initialState(), 'openNotice', G, CLEAR))).toBe('WRONG_STAGE');
    expect(codeOf(transition(ROUND, initialState(), 'recordConsent', G, CLEAR))).toBe('WRONG_STAGE');
    expect(codeOf(transition(ROUND, at(1, 'submitted'), 'recordConsent', G, CLEAR))).toBe('WRONG_STAGE');
    expect(codeOf(transition(ROUND, at(3, 'submitted'), 'openNotice', M, CLEAR))).toBe('WRONG_STAGE');
    expect(codeOf(transition(ROUND, at(7, 'submitted'), 'openNotice', D, CLEAR))).toBe('WRONG_STAGE');
    expect(codeOf(transition(ROUND, at(9, 'submitted'), 'confer', D, CLEAR))).toBe('WRONG_STAGE');
    expect(codeOf(transition(ROUND, at(10, 'submitted'), 'submitUpward', D, CLEAR))).toBe('WRONG_STAGE');
  });

  it('keeps each stage to its tier and role', () => {
    expect(codeOf(transition(ROUND, at(3, 'submitted'), 'pass', D, CLEAR))).toBe('WRONG_TIER');
    expect(codeOf(transition(ROUND, at(3, 'submitted'), 'pass', G, CLEAR))).toBe('WRONG_TIER');
    expect(codeOf(transition(ROUND, at(7, 'submitted'), 'pass', SCJG, CLEAR))).toBe('WRONG_ROLE');
    expect(codeOf(transition(ROUND, at(6, 'awaitingConsultation'), 'signConsultation', D, CLEAR))).toBe('WRONG_ROLE');
    expect(
      codeOf(
        transition(ROUND, at(6, 'awaitingConsultation'), 'signConsultation', reviewer('市场监管', 'middle'), CLEAR),
      ),
    ).toBe('WRONG_TIER');
    // Replacing or withdrawing: the stage's tier or above, never below.
    expect(codeOf(transition(ROUND, at(4, 'inNotice'), 'replace', G, CLEAR))).toBe('WRONG_TIER');
  });

  it('checks who before what: a wrong tier without a reason is WRONG_TIER', () => {
    expect(codeOf(transition(ROUND, at(3, 'submitted'), 'return', G))).toBe('WRONG_TIER');
  });

  it('wants a written reason to pass, return, reject, replace or withdraw', () => {
    for (const [state, event, actor] of [
      [at(3, 'submitted'), 'pass', M],
      [at(3, 'submitted'), 'return', M],
      [at(3, 'submitted'), 'reject', M],
      [at(3, 'submitted'), 'replace', M],
      [at(0, 'draft'), 'withdraw', G],
    ] as const) {
      expect(codeOf(transition(ROUND, state, event, actor, { ...CLEAR, reason: undefined }))).toBe('REASON_REQUIRED');
      expect(codeOf(transition(ROUND, state, event, actor, { ...CLEAR, reason: '   ' }))).toBe('REASON_REQUIRED');
    }
  });

  it('does not leave a notice before the period has closed and every objection is concluded', () => {
    const close = (notice: TransitionFacts['notice']) =>
      codeOf(transition(ROUND, at(4, 'inNotice'), 'closeNotice', M, { notice }));
    expect(close(undefined)).toBe('FACTS_MISSING');
    expect(close({ ...CLOSED, periodClosed: false })).toBe('NOTICE_NOT_CLOSED');
    expect(close({ periodClosed: true, objectionsReceived: 2, openObjections: 1 })).toBe('OBJECTIONS_OPEN');
    expect(close({ periodClosed: true, objectionsReceived: 1, openObjections: 0, substantiatedObjection: true })).toBe(
      'OBJECTION_SUBSTANTIATED',
    );
    expect(codeOf(transition(ROUND, at(4, 'submitted'), 'closeNotice', M, CLEAR))).toBe('WRONG_STATUS');
  });

  it('does not reach the district notice before the consultation completes', () => {
    const waiting = at(6, 'awaitingConsultation');
    expect(codeOf(transition(ROUND, waiting, 'openNotice', D, CLEAR))).toBe('CONSULTATION_INCOMPLETE');
    expect(codeOf(transition(ROUND, waiting, 'pass', D, CLEAR))).toBe('CONSULTATION_INCOMPLETE');
    const half = { ...CLEAR, consultation: { required: ['市场监管', '税务'], signed: [] } };
    const afterOne = ok(transition(ROUND, waiting, 'signConsultation', SCJG, half));
    expect(afterOne.state).toEqual(waiting);
    expect(codeOf(transition(ROUND, afterOne.state, 'openNotice', D, CLEAR))).toBe('CONSULTATION_INCOMPLETE');
  });

  it('takes a signature only from a required department, once', () => {
    const waiting = at(6, 'awaitingConsultation');
    const facts = { consultation: { required: ['市场监管', '税务'], signed: ['市场监管'] } };
    expect(codeOf(transition(ROUND, waiting, 'signConsultation', SCJG, facts))).toBe('ALREADY_SIGNED');
    expect(codeOf(transition(ROUND, waiting, 'signConsultation', reviewer('审计'), facts))).toBe(
      'DEPARTMENT_NOT_REQUIRED',
    );
    const noDepartment: Actor = { role: 'departmentReviewer', tier: 'district' };
    expect(codeOf(transition(ROUND, waiting, 'signConsultation', noDepartment, facts))).toBe('DEPARTMENT_NOT_REQUIRED');
    expect(codeOf(transition(ROUND, waiting, 'signConsultation', SW, {}))).toBe('FACTS_MISSING');
  });

  it('needs to know the required departments to arrive at the consultation stage', () => {
    expect(codeOf(transition(ROUND, at(5, 'submitted'), 'recordConsent', M, {}))).toBe('FACTS_MISSING');
  });

  it('passes the secondary review only with the inspection visit recorded', () => {
    const facts = { ...CLEAR, inspectionRecorded: undefined };
    expect(codeOf(transition(ROUND, at(7, 'submitted'), 'pass', D, facts))).toBe('INSPECTION_REQUIRED');
    expect(codeOf(transition(ROUND, at(7, 'submitted'), 'pass', D, { ...facts, inspectionRecorded: false }))).toBe(
      'INSPECTION_REQUIRED',
    );
  });

  it('submits the recommendation only with a valid record that meets the rule', () => {
    const submit = (recommendation: TransitionFacts['recommendation']) =>
      codeOf(transition(ROUND, initialState(), 'submit', G, { recommendation }));
    expect(submit(undefined)).toBe('FACTS_MISSING');
    expect(submit({ ...RECORD, present: 66 })).toBe('QUORUM_NOT_MET');
    expect(submit({ ...RECORD, present: 70, votesFor: 50 })).toBe('MAJORITY_NOT_REACHED');
    expect(submit({ ...RECORD, present: 101 })).toBe('INVALID_COUNTS');
    const onlyCongress = { ...ROUND, quorumRules: { workersCongress: WORKERS_CONGRESS_RULE } };
    expect(
      codeOf(
        transition(onlyCongress, initialState(), 'submit', G, { recommendation: { ...RECORD, form: 'staffMeeting' } }),
      ),
    ).toBe('MEETING_FORM_NOT_ALLOWED');
    // A returned recommendation is checked again on resubmission.
    expect(
      codeOf(transition(ROUND, at(0, 'returned'), 'resubmit', G, { recommendation: { ...RECORD, present: 60 } })),
    ).toBe('QUORUM_NOT_MET');
  });

  it('does not confer while a late objection is open (when the round handles them)', () => {
    const state = at(10, 'submitted');
    expect(codeOf(transition(ROUND, state, 'confer', D, { lateObjectionsOpen: 1 }))).toBe('OBJECTIONS_OPEN');
    expect(codeOf(transition(ROUND, state, 'confer', D, {}))).toBe('FACTS_MISSING');
    const noLate = { ...ROUND, objectionPolicy: { anonymousAllowed: false, lateObjectionsUntilConferral: false } };
    expect(codeOf(transition(noLate, state, 'confer', D, {}))).toBe('moved');
  });

  it('refuses anything on a terminal state, and any state the round cannot hold', () => {
    for (const status of ['rejected', 'replaced', 'withdrawn'] as const) {
      expect(codeOf(transition(ROUND, at(7, status), 'replace', D, CLEAR))).toBe('TERMINAL');
    }
    expect(codeOf(transition(ROUND, at(10, 'conferred'), 'confer', D, CLEAR))).toBe('TERMINAL');
    expect(codeOf(transition(ROUND, at(3, 'inNotice'), 'closeNotice', M, CLEAR))).toBe('INVALID_STATE');
    expect(codeOf(transition(ROUND, at(11, 'submitted'), 'pass', D, CLEAR))).toBe('INVALID_STATE');
    expect(codeOf(transition(ROUND, at(-1, 'submitted'), 'pass', D, CLEAR))).toBe('INVALID_STATE');
    expect(codeOf(transition(ROUND, at(1.5, 'submitted'), 'pass', D, CLEAR))).toBe('INVALID_STATE');
  });

  it('answers every failure with a Chinese message', () => {
    const r = transition(ROUND, at(3, 'submitted'), 'openNotice', M, CLEAR);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/初审/);
  });
});

// ---------------------------------------------------------------------------------------------
// The exhaustive table. The default district round, restated by hand:
//   0 democraticRecommendation@G  1 notice@G  2 partyConsent@G  3 preliminaryReview@M  4 notice@M
//   5 partyConsent@M  6 departmentConsultation@D  7 secondaryReview@D  8 notice@D
//   9 finalDetermination@D  10 conferral@D
// Actors: cadres G, M, D; department reviewers RG, RM, RD (市场监管) at each tier.

const ACTORS: Record<string, Actor> = {
  G,
  M,
  D,
  RG: reviewer('市场监管', 'grassroots'),
  RM: reviewer('市场监管', 'middle'),
  RD: SCJG,
};
const STAGE_TIER = 'GGGMMMDDDDD';
const TIER_ORDER = 'GMD';

/** Valid non-terminal statuses per index; rejected/replaced/withdrawn are valid everywhere. */
const LIVE: string[] = [
  'draft returned',
  'submitted inNotice',
  'submitted returned',
  'submitted',
  'submitted inNotice',
  'submitted returned',
  'awaitingConsultation',
  'submitted',
  'submitted inNotice',
  'submitted',
  'submitted',
];
const isValid = (i: number, status: string) =>
  ['rejected', 'replaced', 'withdrawn'].includes(status) ||
  LIVE[i]!.split(' ').includes(status) ||
  (i === 10 && status === 'conferred');

/** index status event actor → index status [effect kinds]. `replace`/`withdraw` are added below. */
const MOVES_TEXT = `
 0 draft                saveDraft           G   0 draft
 0 draft                submit              G   1 submitted             freezeRound
 0 returned             saveDraft           G   0 returned
 0 returned             resubmit            G   1 submitted
 1 submitted            openNotice          G   1 inNotice              openNotice
 1 submitted            return              G   0 returned
 1 submitted            reject              G   1 rejected              freeSeat
 1 inNotice             closeNotice         G   2 submitted             attachStatement
 1 inNotice             return              G   0 returned              leaveNotice
 1 inNotice             reject              G   1 rejected              leaveNotice,freeSeat
 2 submitted            recordConsent       G   3 submitted
 2 returned             saveDraft           G   2 returned
 2 returned             resubmit            G   3 submitted
 3 submitted            pass                M   4 submitted
 3 submitted            return              M   2 returned
 3 submitted            reject              M   3 rejected              freeSeat
 4 submitted            openNotice          M   4 inNotice              openNotice
 4 submitted            return              M   2 returned
 4 submitted            reject              M   4 rejected              freeSeat
 4 inNotice             closeNotice         M   5 submitted             attachStatement
 4 inNotice             return              M   2 returned              leaveNotice
 4 inNotice             reject              M   4 rejected              leaveNotice,freeSeat
 5 submitted            recordConsent       M   6 awaitingConsultation  requestConsultation
 5 returned             saveDraft           M   5 returned
 5 returned             resubmit            M   6 awaitingConsultation  requestConsultation
 6 awaitingConsultation signConsultation    RD  7 submitted             recordOpinion,consultationComplete
 6 awaitingConsultation reject              D   6 rejected              cancelConsultation,freeSeat
 7 submitted            pass                D   8 submitted
 7 submitted            return              D   5 returned
 7 submitted            reject              D   7 rejected              freeSeat
 8 submitted            openNotice          D   8 inNotice              openNotice
 8 submitted            return              D   5 returned
 8 submitted            reject              D   8 rejected              freeSeat
 8 inNotice             closeNotice         D   9 submitted             attachStatement
 8 inNotice             return              D   5 returned              leaveNotice
 8 inNotice             reject              D   8 rejected              leaveNotice,freeSeat
 9 submitted            recordDetermination D  10 submitted
 9 submitted            return              D   5 returned
 9 submitted            reject              D   9 rejected              freeSeat
10 submitted            confer              D  10 conferred             createHonour
10 submitted            reject              D  10 rejected              freeSeat
`;

/** `${i} ${status} ${event}` → actor key → expected outcome `${i} ${status} ${effects}`. */
const MOVES = new Map<string, Map<string, string>>();
function addMove(i: number, status: string, event: string, actor: string, outcome: string) {
  const key = `${i} ${status} ${event}`;
  if (!MOVES.has(key)) MOVES.set(key, new Map());
  MOVES.get(key)!.set(actor, outcome);
}
for (const line of MOVES_TEXT.trim().split('\n')) {
  const [i, status, event, actor, j, next, effects = ''] = line.trim().split(/\s+/);
  addMove(Number(i), status!, event!, actor!, `${j} ${next} ${effects}`.trim());
}
// Replace and withdraw: every live state, by a cadre at the stage's tier or above; the seat is freed,
// and a running notice or a pending consultation is left first.
LIVE.forEach((statuses, i) => {
  for (const status of statuses.split(' ')) {
    const leave =
      status === 'inNotice' ? 'leaveNotice,' : status === 'awaitingConsultation' ? 'cancelConsultation,' : '';
    for (const tier of TIER_ORDER.slice(TIER_ORDER.indexOf(STAGE_TIER[i]!))) {
      addMove(i, status, 'replace', tier, `${i} replaced ${leave}freeSeat`);
      addMove(i, status, 'withdraw', tier, `${i} withdrawn ${leave}freeSeat`);
    }
  }
});

/** The oracle: the expected outcome, or the expected code, from the table alone. */
function expected(i: number, status: string, event: string, actorKey: string): string {
  if (!isValid(i, status)) return 'INVALID_STATE';
  if (['rejected', 'replaced', 'withdrawn', 'conferred'].includes(status)) return 'TERMINAL';
  const movers = MOVES.get(`${i} ${status} ${event}`);
  if (movers?.has(actorKey)) return movers.get(actorKey)!;
  if (!movers) {
    if (event === 'saveDraft') return 'NOT_EDITABLE';
    const elsewhere = [...MOVES.keys()].some((k) => k.startsWith(`${i} `) && k.endsWith(` ${event}`));
    if (elsewhere) return 'WRONG_STATUS';
    return i === 6 ? 'CONSULTATION_INCOMPLETE' : 'WRONG_STAGE';
  }
  const isReviewer = (k: string) => k.startsWith('R');
  return [...movers.keys()].some((k) => isReviewer(k) === isReviewer(actorKey)) ? 'WRONG_TIER' : 'WRONG_ROLE';
}

function actual(i: number, status: NominationStatus, event: WorkflowEvent, actor: Actor): string {
  const r = transition(ROUND, at(i, status), event, actor, CLEAR);
  if (!r.ok) {
    expect(WORKFLOW_ERROR_CODES).toContain(r.code);
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    return r.code;
  }
  return `${r.state.stageIndex} ${r.state.status} ${r.effects.map((e) => e.kind).join(',')}`.trim();
}

describe('the transition table (default district round, every stage × status × event × actor)', () => {
  it('restates the default round it is written for', () => {
    expect(DEFAULT_STAGES.map((s) => s.tier[0]!.toUpperCase()).join('')).toBe(STAGE_TIER);
    expect(ROUND.stages).toEqual(DEFAULT_STAGES);
  });

  const cells: [number, NominationStatus][] = [];
  for (let i = 0; i < DEFAULT_STAGES.length; i++) for (const s of NOMINATION_STATUSES) cells.push([i, s]);

  it.each(cells)('stage %i, %s', (i, status) => {
    const wrong: string[] = [];
    for (const event of WORKFLOW_EVENTS) {
      for (const [key, actor] of Object.entries(ACTORS)) {
        const want = expected(i, status, event, key);
        const got = actual(i, status, event, actor);
        if (got !== want) wrong.push(`${event} by ${key}: expected ${want}, got ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('covers the whole product and every listed move', () => {
    expect(cells.length * WORKFLOW_EVENTS.length * Object.keys(ACTORS).length).toBe(11 * 10 * 15 * 6);
    for (const [key, movers] of MOVES) {
      const [i, status, event] = key.split(' ');
      for (const [actorKey, outcome] of movers) {
        expect(actual(Number(i), status as NominationStatus, event as WorkflowEvent, ACTORS[actorKey]!)).toBe(outcome);
      }
    }
  });

  it('never moves forward by more than one stage, and back only to a returned authoring stage', () => {
    for (const [i, status] of cells) {
      for (const event of WORKFLOW_EVENTS) {
        for (const actor of Object.values(ACTORS)) {
          const r = transition(ROUND, at(i, status), event, actor, CLEAR);
          if (!r.ok) continue;
          const j = r.state.stageIndex;
          if (j < i) {
            expect(r.state.status).toBe('returned');
            expect(['democraticRecommendation', 'partyConsent']).toContain(DEFAULT_STAGES[j]!.kind);
          } else {
            expect(j - i).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------

type Step = [WorkflowEvent, Actor, TransitionFacts?];

function run(round: WorkflowRound, from: NominationState, steps: Step[]) {
  let state = from;
  const visited = [state.stageIndex];
  const effects: Effect[] = [];
  for (const [event, actor, facts] of steps) {
    const r = ok(transition(round, state, event, actor, facts));
    state = r.state;
    effects.push(...r.effects);
    if (visited[visited.length - 1] !== state.stageIndex) visited.push(state.stageIndex);
  }
  return { state, visited, effects };
}

const TWO_DEPARTMENTS = { required: ['市场监管', '税务'], signed: [] as string[] };

/** From the draft to the final determination, two departments consulted. */
const TO_LAST_STAGE: Step[] = [
  ['saveDraft', G],
  ['submit', G, { recommendation: RECORD }],
  ['openNotice', G],
  ['closeNotice', G, { notice: CLOSED }],
  ['recordConsent', G],
  ['pass', M, { reason: REASON }],
  ['openNotice', M],
  ['closeNotice', M, { notice: CLOSED }],
  ['recordConsent', M, { consultation: TWO_DEPARTMENTS }],
  ['signConsultation', SCJG, { consultation: TWO_DEPARTMENTS }],
  ['signConsultation', SW, { consultation: { ...TWO_DEPARTMENTS, signed: ['市场监管'] } }],
  ['pass', D, { reason: REASON, inspectionRecorded: true }],
  ['openNotice', D],
  ['closeNotice', D, { notice: CLOSED }],
  ['recordDetermination', D],
];

describe('whole paths', () => {
  it('goes through every stage, in order, to the conferral', () => {
    const { state, visited, effects } = run(ROUND, initialState(), [
      ...TO_LAST_STAGE,
      ['confer', D, { lateObjectionsOpen: 0 }],
    ]);
    expect(state).toEqual(at(10, 'conferred'));
    expect(visited).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(effects).toEqual([
      { kind: 'freezeRound' },
      { kind: 'openNotice', tier: 'grassroots', rule: { kind: 'workingDays', days: 5 } },
      { kind: 'attachStatement', statement: 'noObjection' },
      { kind: 'openNotice', tier: 'middle', rule: { kind: 'workingDays', days: 5 } },
      { kind: 'attachStatement', statement: 'noObjection' },
      { kind: 'requestConsultation', departments: ['市场监管', '税务'] },
      { kind: 'recordOpinion', department: '市场监管' },
      { kind: 'recordOpinion', department: '税务' },
      { kind: 'consultationComplete', departments: ['市场监管', '税务'] },
      { kind: 'openNotice', tier: 'district', rule: { kind: 'workingDays', days: 5 } },
      { kind: 'attachStatement', statement: 'noObjection' },
      { kind: 'createHonour' },
    ]);
    expect(codeOf(transition(ROUND, state, 'confer', D, CLEAR))).toBe('TERMINAL');
  });

  it('ends a city round with the submission upward', () => {
    const city = roundFor('city');
    const { state, effects } = run(city, initialState(), [
      ...TO_LAST_STAGE,
      ['submitUpward', D, { lateObjectionsOpen: 0 }],
    ]);
    expect(state).toEqual(at(10, 'submittedUpward'));
    expect(effects[effects.length - 1]).toEqual({ kind: 'submitUpward', level: 'city' });
    expect(codeOf(transition(city, at(10, 'submitted'), 'confer', D, CLEAR))).toBe('WRONG_STAGE');
  });

  it('returns for correction to the tier below, which edits and resubmits', () => {
    const returned = ok(transition(ROUND, at(3, 'submitted'), 'return', M, { reason: '缺少单位党组织意见原件' }));
    expect(returned.state).toEqual(at(2, 'returned'));
    // A returned form is editable, by its own tier only.
    expect(ok(transition(ROUND, returned.state, 'saveDraft', G)).state).toEqual(at(2, 'returned'));
    expect(codeOf(transition(ROUND, returned.state, 'saveDraft', M))).toBe('WRONG_TIER');
    expect(codeOf(transition(ROUND, returned.state, 'recordConsent', G))).toBe('WRONG_STATUS');
    const back = ok(transition(ROUND, returned.state, 'resubmit', G));
    expect(back.state).toEqual(at(3, 'submitted'));
    expect(codeOf(transition(ROUND, back.state, 'saveDraft', G))).toBe('NOT_EDITABLE');
    expect(ok(transition(ROUND, back.state, 'pass', M, { reason: REASON })).state).toEqual(at(4, 'submitted'));
  });

  it('returns from a running district notice to the middle tier, then runs consultation and notice again', () => {
    const returned = ok(transition(ROUND, at(8, 'inNotice'), 'return', D, { reason: '异议部分属实，补充材料' }));
    expect(returned.state).toEqual(at(5, 'returned'));
    expect(returned.effects).toEqual([{ kind: 'leaveNotice', tier: 'district' }]);
    // Signatures kept by the service: the consultation completes on arrival.
    const kept = ok(
      transition(ROUND, returned.state, 'resubmit', M, { consultation: { required: ['税务'], signed: ['税务'] } }),
    );
    expect(kept.state).toEqual(at(7, 'submitted'));
    expect(kept.effects).toEqual([{ kind: 'consultationComplete', departments: ['税务'] }]);
    // Signatures voided by the service: the departments are asked again.
    const asked = ok(
      transition(ROUND, returned.state, 'resubmit', M, { consultation: { required: ['税务'], signed: [] } }),
    );
    expect(asked.state).toEqual(at(6, 'awaitingConsultation'));
    expect(asked.effects).toEqual([{ kind: 'requestConsultation', departments: ['税务'] }]);
  });

  it('returns from the unit notice to the recommendation, which is checked again', () => {
    const returned = ok(transition(ROUND, at(1, 'inNotice'), 'return', G, { reason: '民主推荐程序需重新履行' }));
    expect(returned.state).toEqual(at(0, 'returned'));
    const again = ok(transition(ROUND, returned.state, 'resubmit', G, { recommendation: RECORD }));
    expect(again).toEqual({ ok: true, state: at(1, 'submitted'), effects: [] });
  });

  it('rejects with a reason, freeing the seat; nothing moves after', () => {
    const r = ok(transition(ROUND, at(7, 'submitted'), 'reject', D, { reason: '事迹不够突出' }));
    expect(r).toEqual({ ok: true, state: at(7, 'rejected'), effects: [{ kind: 'freeSeat' }] });
    for (const event of WORKFLOW_EVENTS) {
      expect(codeOf(transition(ROUND, r.state, event, D, CLEAR))).toBe('TERMINAL');
    }
  });

  it('stops a nomination whose notice found a substantiated objection', () => {
    const facts = { notice: { ...CLOSED, objectionsReceived: 1, substantiatedObjection: true }, reason: '异议属实' };
    expect(codeOf(transition(ROUND, at(4, 'inNotice'), 'closeNotice', M, facts))).toBe('OBJECTION_SUBSTANTIATED');
    const r = ok(transition(ROUND, at(4, 'inNotice'), 'reject', M, facts));
    expect(r.effects).toEqual([{ kind: 'leaveNotice', tier: 'middle' }, { kind: 'freeSeat' }]);
  });

  it('attaches the notice report when objections were received and all concluded', () => {
    const r = ok(
      transition(ROUND, at(8, 'inNotice'), 'closeNotice', D, {
        notice: { periodClosed: true, objectionsReceived: 2, openObjections: 0, substantiatedObjection: false },
      }),
    );
    expect(r.effects).toEqual([{ kind: 'attachStatement', statement: 'noticeReport' }]);
  });

  it('replaces a nominee: a terminal replaced state, the seat freed, the replacement starting over', () => {
    const r = ok(transition(ROUND, at(4, 'inNotice'), 'replace', M, { reason: '本人因病申请退出' }));
    expect(r.state).toEqual(at(4, 'replaced'));
    expect(r.effects).toEqual([{ kind: 'leaveNotice', tier: 'middle' }, { kind: 'freeSeat' }]);
    expect(codeOf(transition(ROUND, r.state, 'withdraw', D, CLEAR))).toBe('TERMINAL');
    expect(initialState()).toEqual(at(0, 'draft'));
    // A superior tier may replace too; a lower one may not.
    expect(ok(transition(ROUND, at(6, 'awaitingConsultation'), 'replace', D, CLEAR)).effects).toEqual([
      { kind: 'cancelConsultation' },
      { kind: 'freeSeat' },
    ]);
  });

  it('completes the consultation on arrival when the nominee needs none', () => {
    const r = ok(
      transition(ROUND, at(5, 'submitted'), 'recordConsent', M, { consultation: { required: [], signed: [] } }),
    );
    expect(r.state).toEqual(at(7, 'submitted'));
    expect(r.effects).toEqual([{ kind: 'consultationComplete', departments: [] }]);
  });

  it('lists what an actor may attempt now', () => {
    expect(availableEvents(ROUND, initialState(), G)).toEqual(['saveDraft', 'submit', 'replace', 'withdraw']);
    expect(availableEvents(ROUND, initialState(), M)).toEqual(['replace', 'withdraw']);
    expect(availableEvents(ROUND, at(6, 'awaitingConsultation'), SCJG)).toEqual(['signConsultation']);
    expect(availableEvents(ROUND, at(10, 'conferred'), D)).toEqual([]);
  });

  it('names the return target of every stage of the default round', () => {
    expect(DEFAULT_STAGES.map((_, i) => returnTarget(ROUND, i))).toEqual([null, 0, 0, 2, 2, 2, 5, 5, 5, 5, 5]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('the democratic recommendation rule', () => {
  const check = (delegatesTotal: number, present: number, votesFor: number) =>
    checkDemocraticRecommendation({ delegatesTotal, present, votesFor }, WORKERS_CONGRESS_RULE);

  it('rejects inconsistent counts', () => {
    expect(check(0, 0, 0)).toEqual({ ok: false, reason: 'INVALID_COUNTS' });
    expect(check(100, 101, 60)).toEqual({ ok: false, reason: 'INVALID_COUNTS' });
    expect(check(100, 70, 71)).toEqual({ ok: false, reason: 'INVALID_COUNTS' });
    expect(check(100, -1, 0)).toEqual({ ok: false, reason: 'INVALID_COUNTS' });
    expect(check(100, 70.5, 60)).toEqual({ ok: false, reason: 'INVALID_COUNTS' });
  });

  it('needs at least 2/3 of all delegates present', () => {
    expect(check(100, 66, 60)).toEqual({ ok: false, reason: 'QUORUM_NOT_MET' });
    expect(check(100, 67, 60)).toEqual({ ok: true });
    expect(check(99, 66, 60)).toEqual({ ok: true }); // exactly 2/3
    expect(check(99, 65, 60)).toEqual({ ok: false, reason: 'QUORUM_NOT_MET' });
  });

  it('needs more than 1/2 of ALL delegates, not of those present', () => {
    expect(check(100, 70, 50)).toEqual({ ok: false, reason: 'MAJORITY_NOT_REACHED' }); // 50/70 of those present
    expect(check(100, 70, 51)).toEqual({ ok: true });
    expect(check(101, 101, 50)).toEqual({ ok: false, reason: 'MAJORITY_NOT_REACHED' });
    expect(check(101, 101, 51)).toEqual({ ok: true });
  });

  it('applies a configured rule exactly', () => {
    const rule = {
      presence: { numerator: 1, denominator: 2, comparison: 'moreThan' as const },
      approval: { numerator: 2, denominator: 3, comparison: 'atLeast' as const },
    };
    expect(checkDemocraticRecommendation({ delegatesTotal: 30, present: 15, votesFor: 15 }, rule).ok).toBe(false);
    expect(checkDemocraticRecommendation({ delegatesTotal: 30, present: 16, votesFor: 16 }, rule)).toEqual({
      ok: false,
      reason: 'MAJORITY_NOT_REACHED',
    });
    expect(checkDemocraticRecommendation({ delegatesTotal: 30, present: 20, votesFor: 20 }, rule)).toEqual({
      ok: true,
    });
  });
});

describe('the stage list', () => {
  const codes = (stages: readonly Stage[], target: TargetLevel = 'district') =>
    validateStages(stages, target).map((i) => (i.index === undefined ? i.code : `${i.code}@${i.index}`));
  const without = (i: number) => DEFAULT_STAGES.filter((_, j) => j !== i);
  const swap = (a: number, b: number) => {
    const s = [...DEFAULT_STAGES];
    [s[a], s[b]] = [s[b]!, s[a]!];
    return s;
  };

  it('rejects lists that break 一报告两审核三公示 or the order', () => {
    expect(codes([])).toEqual(['EMPTY']);
    expect(codes(without(4))).toEqual(['NOTICE_MISSING']);
    expect(codes(without(3))).toEqual(['REVIEW_MISSING']);
    expect(codes(without(6))).toEqual(['CONSULTATION_COUNT']);
    expect(codes(without(9))).toEqual(['DETERMINATION_MISSING']);
    expect(codes(swap(0, 1))).toEqual(['FIRST_NOT_RECOMMENDATION@0', 'DUPLICATE_RECOMMENDATION@1']);
    expect(codes(swap(6, 8))).toEqual(['CONSULTATION_AFTER_NOTICE@8']);
    expect(codes(swap(3, 7))).toEqual(['TIER_ORDER@4', 'TIER_ORDER@7']);
    expect(codes(swap(9, 10))).toEqual(['LAST_STAGE@10', 'FINAL_STAGE_NOT_LAST@9', 'DETERMINATION_MISSING']);
    const middleConsultation = DEFAULT_STAGES.map((s, i) => (i === 6 ? { ...s, tier: 'middle' as const } : s));
    expect(codes(middleConsultation)).toEqual(['KIND_TIER@6']);
    expect(codes(DEFAULT_STAGES, 'city')).toEqual(['LAST_STAGE@10']);
  });

  it('accepts the default lists for each target level', () => {
    expect(codes(DEFAULT_STAGES)).toEqual([]);
    expect(codes(defaultStages('city'), 'city')).toEqual([]);
    expect(codes(defaultStages('national'), 'national')).toEqual([]);
    expect(defaultStages('national').at(-1)).toEqual({ kind: 'submission', tier: 'district' });
  });

  it('is checked when a round is parsed, with the offending stage as the path', () => {
    expect(selectionRoundConfigSchema.safeParse(ROUND).success).toBe(true);
    const bad = selectionRoundConfigSchema.safeParse({ ...ROUND, stages: swap(6, 8) });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path)).toEqual([['stages', 8]]);
  });
});

describe('the rest of the round', () => {
  const parse = (patch: object) => selectionRoundConfigSchema.safeParse({ ...ROUND, ...patch });

  it('rejects a composition rule without bounds, out of range, or inverted', () => {
    expect(parse({ compositionRules: [{ flag: 'woman', measure: 'share' }] }).success).toBe(false);
    expect(parse({ compositionRules: [{ flag: 'woman', measure: 'share', min: 1.2 }] }).success).toBe(false);
    expect(parse({ compositionRules: [{ flag: 'migrantWorker', measure: 'count', min: 1.5 }] }).success).toBe(false);
    expect(parse({ compositionRules: [{ flag: 'manager', measure: 'share', min: 0.5, max: 0.2 }] }).success).toBe(
      false,
    );
    expect(
      parse({
        compositionRules: [
          { flag: 'frontLineWorker', measure: 'share', min: 0.4 },
          { flag: 'enterpriseHead', measure: 'count', max: 3 },
        ],
      }).success,
    ).toBe(true);
  });

  it('rejects two quotas for one organization, and short deeds longer than long ones', () => {
    const quota = { orgId: 'o1', seats: 3, allowMoreCandidates: false };
    expect(parse({ quotas: [quota, { ...quota, seats: 2 }] }).success).toBe(false);
    expect(parse({ quotas: [quota, { ...quota, orgId: 'o2', allowMoreCandidates: true }] }).success).toBe(true);
    expect(parse({ deedLimits: { shortMax: 2500, longMax: 2000 } }).success).toBe(false);
  });

  it('unites the consultation departments of overlapping categories', () => {
    expect(requiredDepartments(DEFAULT_CONSULTATION_DEPARTMENTS, ['stateEnterpriseHead', 'enterpriseHead'])).toEqual([
      '市场监管',
      '税务',
      '人社',
      '应急管理',
      '生态环境',
      '审计',
      '纪检监察',
    ]);
    expect(requiredDepartments(DEFAULT_CONSULTATION_DEPARTMENTS, ['leadingCadre', 'stateEnterpriseHead'])).toEqual([
      '审计',
      '纪检监察',
      '组织部',
    ]);
    expect(requiredDepartments(DEFAULT_CONSULTATION_DEPARTMENTS, [])).toEqual([]);
  });
});
