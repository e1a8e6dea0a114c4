/**
 * The nomination workflow (一报告两审核三公示) as a pure state machine.
 *
 * STATE. A nomination's state is (stageIndex, status): `stageIndex` points into the round's stage
 * list (`round.stages`, see `round.ts`), `status` says where the file stands in that stage.
 *   draft                 the form is being written (democratic recommendation only; editable)
 *   returned              sent back for correction (退回补正) to an authoring stage (editable)
 *   submitted             locked, waiting for this stage's owner to act (open the notice, record the
 *                         consent, review, determine, confer, submit upward)
 *   inNotice              the notice of this stage is running (公示中)
 *   awaitingConsultation  department reviewers still have to sign (征求意见中)
 *   terminal: rejected, replaced, withdrawn (at any stage), conferred (conferral stage),
 *             submittedUpward (submission stage)
 * Which statuses a stage kind can hold is `VALID_STATUSES`; anything else is `INVALID_STATE`.
 * Only `draft` and `returned` are editable (`saveDraft`): a submitted form is never edited.
 *
 * EVENTS. One per service transition (`WorkflowEvent`). Each stage kind accepts its own events
 * (`EVENTS_BY_STAGE_KIND`), each in given statuses; `replace` and `withdraw` are accepted in every
 * non-terminal state. Whoever acts is an `Actor` (role, tier, and a department for a reviewer):
 * stage events belong to a cadre of the stage's tier, except `signConsultation`, which belongs to a
 * department reviewer of that tier; `replace`/`withdraw` to a cadre at the stage's tier or above.
 * The service checks separately that the actor's organization is in the nomination's subtree.
 *
 * MOVES. A stage is left forwards only by completing it, to the next index, whose entry status is
 * `submitted`, or `awaitingConsultation` for a consultation stage with departments still to sign; a
 * consultation stage whose required departments have all signed (or that requires none) completes
 * on arrival, with a `consultationComplete` effect. No event names a target stage, so none can be
 * skipped. A return for correction moves back to `returnTarget(round, i)`: the last authoring stage
 * (democraticRecommendation or partyConsent) before `i` bound to a tier below stage i's tier, i.e.
 * the stage of the tier below that sent the file up; from a grassroots stage (nothing below), the last
 * authoring stage before it at the grassroots. In the default district round: 1→0, 3→2, 4→2, 7→5,
 * 8→5, 9→5. `resubmit` then moves to the next index again, so every stage in between is run again
 * (a notice is re-run; a consultation completes on arrival if its signatures were kept).
 * The history is not in the state: the service writes it to the audit chain.
 *
 * GUARDS, in this order, each a coded failure, never a silent no-op:
 *   INVALID_STATE → TERMINAL → NOT_EDITABLE (saveDraft) → WRONG_STAGE (CONSULTATION_INCOMPLETE while
 *   at the consultation stage) → WRONG_STATUS → WRONG_ROLE → WRONG_TIER → facts: REASON_REQUIRED,
 *   FACTS_MISSING, then the event's own (quorum, notice, objections, signatures, inspection).
 * FACTS are what the service knows from other records: the recommendation record, the notice's
 * period and objections, the consultation's required and signed departments, whether the inspection
 * visit is recorded, late objections still open, and the written reason.
 *
 * EFFECTS are data the service acts on in the same unit of work (freeze the round, open a notice,
 * attach the 公示无异议 statement or the notice report, ask departments, create the honour, submit
 * upward, free the seat…). A replacement is a new file, created by the service at `initialState()`
 * and linked to the one it replaces, after `replace` on the old one.
 */
import { ERROR_MESSAGES_ZH, type ErrorCode } from '../errors';
import { TIER_ZH, type Tier } from '../org';
import {
  checkDemocraticRecommendation,
  STAGE_KIND_ZH,
  type DemocraticRecommendationRecord,
  type NoticeRule,
  type ObjectionPolicy,
  type QuorumRules,
  type Stage,
  type StageKind,
  type TargetLevel,
} from './round';

// ---------------------------------------------------------------------------------------------
// State, events, actors, facts, effects

export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'inNotice',
  'awaitingConsultation',
  'rejected',
  'replaced',
  'withdrawn',
  'conferred',
  'submittedUpward',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export interface NominationState {
  stageIndex: number;
  status: NominationStatus;
}

export const TERMINAL_STATUSES: readonly NominationStatus[] = [
  'rejected',
  'replaced',
  'withdrawn',
  'conferred',
  'submittedUpward',
];
export const EDITABLE_STATUSES: readonly NominationStatus[] = ['draft', 'returned'];

export const WORKFLOW_EVENTS = [
  'saveDraft',
  'submit',
  'pass',
  'return',
  'reject',
  'resubmit',
  'openNotice',
  'closeNotice',
  'recordConsent',
  'signConsultation',
  'recordDetermination',
  'confer',
  'submitUpward',
  'replace',
  'withdraw',
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

export const ACTOR_ROLES = ['cadre', 'departmentReviewer'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface Actor {
  role: ActorRole;
  tier: Tier;
  /** A department reviewer's department, as named in the round's consultation departments. */
  department?: string;
}

export interface TransitionFacts {
  /** The written reason (审核意见 / 退回理由 / …): pass, return, reject, replace, withdraw. */
  reason?: string;
  /** submit / resubmit at the democratic recommendation stage. */
  recommendation?: Pick<DemocraticRecommendationRecord, 'form' | 'delegatesTotal' | 'present' | 'votesFor'>;
  /** closeNotice: the notice of this stage. */
  notice?: {
    periodClosed: boolean;
    /** Objections received on this nomination in this notice, whatever their state. */
    objectionsReceived: number;
    /** Those not concluded yet. */
    openObjections: number;
    /** One was concluded 属实 or 部分属实: the nomination must be returned or rejected instead. */
    substantiatedObjection?: boolean;
  };
  /** Any event that arrives at the consultation stage, and signConsultation. */
  consultation?: {
    required: readonly string[];
    /** Signed before this event. */
    signed: readonly string[];
  };
  /** pass at the secondary review: the inspection visit (考察) is recorded. */
  inspectionRecorded?: boolean;
  /** confer / submitUpward, when the round handles late objections: those not concluded yet. */
  lateObjectionsOpen?: number;
}

export type Effect =
  /** The first submission of a round freezes its rules (idempotent for the service). */
  | { kind: 'freezeRound' }
  | { kind: 'openNotice'; tier: Tier; rule: NoticeRule }
  /** The nomination leaves a running notice early (returned, rejected, replaced, withdrawn). */
  | { kind: 'leaveNotice'; tier: Tier }
  /** 公示无异议 when nothing was received, else the notice report (公示情况报告). */
  | { kind: 'attachStatement'; statement: 'noObjection' | 'noticeReport' }
  /** Ask these departments for their opinion. */
  | { kind: 'requestConsultation'; departments: string[] }
  /** Record the acting reviewer's signed opinion (agree/disagree and comment come with the call). */
  | { kind: 'recordOpinion'; department: string }
  /** The consultation stage is complete (`departments` empty: none was required). */
  | { kind: 'consultationComplete'; departments: string[] }
  /** Pending consultation requests are void (the nomination left the stage otherwise). */
  | { kind: 'cancelConsultation' }
  /** Create the model worker's record, or extend it, with the honour. */
  | { kind: 'createHonour' }
  /** Send the slate and the district's recommendation report to the city union. */
  | { kind: 'submitUpward'; level: TargetLevel }
  /** The nomination no longer holds a seat of its organization's quota. */
  | { kind: 'freeSeat' };
export type EffectKind = Effect['kind'];

export const WORKFLOW_ERROR_CODES = [
  'INVALID_STATE',
  'TERMINAL',
  'NOT_EDITABLE',
  'WRONG_STAGE',
  'WRONG_STATUS',
  'WRONG_ROLE',
  'WRONG_TIER',
  'REASON_REQUIRED',
  'FACTS_MISSING',
  'MEETING_FORM_NOT_ALLOWED',
  'INVALID_COUNTS',
  'QUORUM_NOT_MET',
  'MAJORITY_NOT_REACHED',
  'NOTICE_NOT_CLOSED',
  'OBJECTIONS_OPEN',
  'OBJECTION_SUBSTANTIATED',
  'CONSULTATION_INCOMPLETE',
  'DEPARTMENT_NOT_REQUIRED',
  'ALREADY_SIGNED',
  'INSPECTION_REQUIRED',
] as const satisfies readonly ErrorCode[];
export type WorkflowErrorCode = (typeof WORKFLOW_ERROR_CODES)[number];

export type TransitionResult =
  { ok: true; state: NominationState; effects: Effect[] } | { ok: false; code: WorkflowErrorCode; message: string };

/** What of the round the machine reads. */
export interface WorkflowRound {
  targetLevel: TargetLevel;
  stages: readonly Stage[];
  quorumRules: QuorumRules;
  objectionPolicy: ObjectionPolicy;
}

export const NOMINATION_STATUS_ZH: Record<NominationStatus, string> = {
  draft: '草稿',
  submitted: '待办理',
  returned: '退回补正',
  inNotice: '公示中',
  awaitingConsultation: '征求意见中',
  rejected: '未通过',
  replaced: '已替换',
  withdrawn: '已撤回',
  conferred: '已表彰',
  submittedUpward: '已上报',
};

export const WORKFLOW_EVENT_ZH: Record<WorkflowEvent, string> = {
  saveDraft: '保存',
  submit: '提交',
  pass: '审核通过',
  return: '退回补正',
  reject: '不予通过',
  resubmit: '重新提交',
  openNotice: '开始公示',
  closeNotice: '结束公示',
  recordConsent: '登记党组织意见',
  signConsultation: '签署意见',
  recordDetermination: '登记审定结果',
  confer: '作出表彰决定',
  submitUpward: '上报',
  replace: '替换人选',
  withdraw: '撤回推荐',
};

// ---------------------------------------------------------------------------------------------
// The rule tables

/** The statuses a nomination may hold at a stage of each kind (terminal ones included). */
export const VALID_STATUSES: Record<StageKind, readonly NominationStatus[]> = {
  democraticRecommendation: ['draft', 'returned', 'rejected', 'replaced', 'withdrawn'],
  notice: ['submitted', 'inNotice', 'rejected', 'replaced', 'withdrawn'],
  partyConsent: ['submitted', 'returned', 'rejected', 'replaced', 'withdrawn'],
  preliminaryReview: ['submitted', 'rejected', 'replaced', 'withdrawn'],
  departmentConsultation: ['awaitingConsultation', 'rejected', 'replaced', 'withdrawn'],
  secondaryReview: ['submitted', 'rejected', 'replaced', 'withdrawn'],
  finalDetermination: ['submitted', 'rejected', 'replaced', 'withdrawn'],
  conferral: ['submitted', 'conferred', 'rejected', 'replaced', 'withdrawn'],
  submission: ['submitted', 'submittedUpward', 'rejected', 'replaced', 'withdrawn'],
};

type EventRules = Partial<Record<WorkflowEvent, readonly NominationStatus[]>>;

const REVIEW: EventRules = { pass: ['submitted'], return: ['submitted'], reject: ['submitted'] };

/**
 * Per stage kind: the events it accepts and in which statuses. `replace` and `withdraw` are not
 * listed: every non-terminal state accepts them. `reject` is possible at every stage a reviewer or
 * the awarding level owns (a substantiated objection, late ones included, stops the nomination);
 * `return` where a review or a notice may find the file wanting.
 */
export const EVENTS_BY_STAGE_KIND: Record<StageKind, EventRules> = {
  democraticRecommendation: { saveDraft: ['draft', 'returned'], submit: ['draft'], resubmit: ['returned'] },
  notice: {
    openNotice: ['submitted'],
    closeNotice: ['inNotice'],
    return: ['submitted', 'inNotice'],
    reject: ['submitted', 'inNotice'],
  },
  partyConsent: { saveDraft: ['returned'], recordConsent: ['submitted'], resubmit: ['returned'] },
  preliminaryReview: REVIEW,
  departmentConsultation: { signConsultation: ['awaitingConsultation'], reject: ['awaitingConsultation'] },
  secondaryReview: REVIEW,
  finalDetermination: { recordDetermination: ['submitted'], return: ['submitted'], reject: ['submitted'] },
  conferral: { confer: ['submitted'], reject: ['submitted'] },
  submission: { submitUpward: ['submitted'], reject: ['submitted'] },
};

/** Stages where the owning tier writes the file; a return for correction lands on one of these. */
const AUTHORING_KINDS: readonly StageKind[] = ['democraticRecommendation', 'partyConsent'];

const EVENTS_NEEDING_REASON: readonly WorkflowEvent[] = ['pass', 'return', 'reject', 'replace', 'withdraw'];

const TIER_RANK: Record<Tier, number> = { grassroots: 0, middle: 1, district: 2 };

// ---------------------------------------------------------------------------------------------
// Helpers

/** A new nomination (and a replacement): the first stage, in draft. */
export function initialState(): NominationState {
  return { stageIndex: 0, status: 'draft' };
}

export function isTerminal(status: NominationStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function isEditable(state: NominationState): boolean {
  return EDITABLE_STATUSES.includes(state.status);
}

/**
 * The stage a return for correction from stage `index` lands on (see the comment at the top), or
 * null when there is none (only for the first stage, or a list that fails `validateStages`).
 */
export function returnTarget(round: Pick<WorkflowRound, 'stages'>, index: number): number | null {
  const stage = round.stages[index];
  if (!stage) return null;
  const below = (s: Stage) =>
    stage.tier === 'grassroots' ? s.tier === 'grassroots' : TIER_RANK[s.tier] < TIER_RANK[stage.tier];
  for (let j = index - 1; j >= 0; j--) {
    const s = round.stages[j]!;
    if (AUTHORING_KINDS.includes(s.kind) && below(s)) return j;
  }
  return null;
}

/** The events this actor could attempt now, judging by state, stage, role and tier (not facts). */
export function availableEvents(round: WorkflowRound, state: NominationState, actor: Actor): WorkflowEvent[] {
  return WORKFLOW_EVENTS.filter((event) => structuralFailure(round, state, event, actor) === null);
}

// ---------------------------------------------------------------------------------------------
// The machine

type Failure = Extract<TransitionResult, { ok: false }>;
type Entered = { ok: true; state: NominationState; effects: Effect[] } | Failure;

function fail(code: WorkflowErrorCode, message?: string): Failure {
  return { ok: false, code, message: message ?? ERROR_MESSAGES_ZH[code] };
}

function stageName(stage: Stage): string {
  return `「${TIER_ZH[stage.tier]}${STAGE_KIND_ZH[stage.kind]}」`;
}

/** State, stage, status, role and tier: everything but the facts. Null when the event may proceed. */
function structuralFailure(
  round: WorkflowRound,
  state: NominationState,
  event: WorkflowEvent,
  actor: Actor,
): Failure | null {
  const stage = Number.isInteger(state.stageIndex) ? round.stages[state.stageIndex] : undefined;
  if (!stage || !VALID_STATUSES[stage.kind].includes(state.status)) return fail('INVALID_STATE');
  if (isTerminal(state.status)) return fail('TERMINAL');
  if (event === 'saveDraft' && !isEditable(state)) return fail('NOT_EDITABLE');

  if (event === 'replace' || event === 'withdraw') {
    if (actor.role !== 'cadre') return fail('WRONG_ROLE');
    if (TIER_RANK[actor.tier] < TIER_RANK[stage.tier]) {
      return fail('WRONG_TIER', `该推荐已到${stageName(stage)}环节，须由${TIER_ZH[stage.tier]}或上级工会办理`);
    }
    return null;
  }

  const statuses = EVENTS_BY_STAGE_KIND[stage.kind][event];
  if (!statuses) {
    const message = `当前环节为${stageName(stage)}，不能${WORKFLOW_EVENT_ZH[event]}`;
    return stage.kind === 'departmentConsultation'
      ? fail('CONSULTATION_INCOMPLETE', `征求意见尚未完成，不能${WORKFLOW_EVENT_ZH[event]}`)
      : fail('WRONG_STAGE', message);
  }
  if (!statuses.includes(state.status)) {
    return fail(
      'WRONG_STATUS',
      `${stageName(stage)}环节当前为「${NOMINATION_STATUS_ZH[state.status]}」，不能${WORKFLOW_EVENT_ZH[event]}`,
    );
  }
  const role: ActorRole = event === 'signConsultation' ? 'departmentReviewer' : 'cadre';
  if (actor.role !== role) return fail('WRONG_ROLE');
  if (actor.tier !== stage.tier) return fail('WRONG_TIER', `${stageName(stage)}须由${TIER_ZH[stage.tier]}工会办理`);
  return null;
}

/**
 * Applies `event` by `actor` to `state` under `round`. Pure: the same inputs give the same result.
 * `facts` are required by some events (see `TransitionFacts`); a missing one is `FACTS_MISSING`.
 */
export function transition(
  round: WorkflowRound,
  state: NominationState,
  event: WorkflowEvent,
  actor: Actor,
  facts: TransitionFacts = {},
): TransitionResult {
  const structural = structuralFailure(round, state, event, actor);
  if (structural) return structural;
  const i = state.stageIndex;
  const stage = round.stages[i]!;

  if (EVENTS_NEEDING_REASON.includes(event) && !facts.reason?.trim()) return fail('REASON_REQUIRED');
  const stay = (status: NominationState['status'], effects: Effect[]): TransitionResult => ({
    ok: true,
    state: { stageIndex: i, status },
    effects,
  });
  const leaving = leaveEffects(stage, state);

  switch (event) {
    case 'saveDraft':
      return stay(state.status, []);

    case 'submit':
    case 'resubmit': {
      if (stage.kind === 'democraticRecommendation') {
        const quorum = checkRecommendation(round, facts);
        if (quorum) return quorum;
      }
      return advance(round, i, facts, event === 'submit' ? [{ kind: 'freezeRound' }] : []);
    }

    case 'recordConsent':
    case 'recordDetermination':
      return advance(round, i, facts, []);

    case 'pass':
      if (stage.kind === 'secondaryReview' && facts.inspectionRecorded !== true) return fail('INSPECTION_REQUIRED');
      return advance(round, i, facts, []);

    case 'return': {
      const target = returnTarget(round, i);
      if (target === null) return fail('INVALID_STATE', '评选流程配置有误：没有可退回的环节');
      return { ok: true, state: { stageIndex: target, status: 'returned' }, effects: leaving };
    }

    case 'reject':
      return stay('rejected', [...leaving, { kind: 'freeSeat' }]);
    case 'replace':
      return stay('replaced', [...leaving, { kind: 'freeSeat' }]);
    case 'withdraw':
      return stay('withdrawn', [...leaving, { kind: 'freeSeat' }]);

    case 'openNotice':
      if (stage.kind !== 'notice') return fail('INVALID_STATE');
      return stay('inNotice', [{ kind: 'openNotice', tier: stage.tier, rule: stage.noticeRule }]);

    case 'closeNotice': {
      const n = facts.notice;
      if (!n) return fail('FACTS_MISSING');
      if (!n.periodClosed) return fail('NOTICE_NOT_CLOSED');
      if (n.openObjections > 0) return fail('OBJECTIONS_OPEN');
      if (n.substantiatedObjection) return fail('OBJECTION_SUBSTANTIATED');
      const statement = n.objectionsReceived > 0 ? 'noticeReport' : 'noObjection';
      return advance(round, i, facts, [{ kind: 'attachStatement', statement }]);
    }

    case 'signConsultation': {
      const c = facts.consultation;
      if (!c) return fail('FACTS_MISSING');
      const department = actor.department;
      if (!department || !c.required.includes(department)) return fail('DEPARTMENT_NOT_REQUIRED');
      if (c.signed.includes(department)) return fail('ALREADY_SIGNED');
      const signed = [...c.signed, department];
      const opinion: Effect = { kind: 'recordOpinion', department };
      if (c.required.some((d) => !signed.includes(d))) return stay('awaitingConsultation', [opinion]);
      return advance(round, i, facts, [opinion, { kind: 'consultationComplete', departments: [...c.required] }]);
    }

    case 'confer':
    case 'submitUpward': {
      if (round.objectionPolicy.lateObjectionsUntilConferral) {
        if (facts.lateObjectionsOpen === undefined) return fail('FACTS_MISSING');
        if (facts.lateObjectionsOpen > 0) return fail('OBJECTIONS_OPEN');
      }
      return event === 'confer'
        ? stay('conferred', [{ kind: 'createHonour' }])
        : stay('submittedUpward', [{ kind: 'submitUpward', level: round.targetLevel }]);
    }
  }
}

/** The democratic recommendation record against the round's rule for its meeting form. */
function checkRecommendation(round: WorkflowRound, facts: TransitionFacts): Failure | null {
  const record = facts.recommendation;
  if (!record) return fail('FACTS_MISSING', '请填写民主推荐情况');
  const rule = round.quorumRules[record.form];
  if (!rule) return fail('MEETING_FORM_NOT_ALLOWED');
  const check = checkDemocraticRecommendation(record, rule);
  return check.ok ? null : fail(check.reason);
}

/** Effects of leaving a running notice or a pending consultation other than by completing it. */
function leaveEffects(stage: Stage, state: NominationState): Effect[] {
  if (state.status === 'inNotice') return [{ kind: 'leaveNotice', tier: stage.tier }];
  if (state.status === 'awaitingConsultation') return [{ kind: 'cancelConsultation' }];
  return [];
}

/** Completes stage `from` and enters the next one. */
function advance(round: WorkflowRound, from: number, facts: TransitionFacts, effects: Effect[]): Entered {
  const to = from + 1;
  const next = round.stages[to];
  if (!next) return fail('INVALID_STATE', '评选流程配置有误：没有下一个环节');
  if (next.kind !== 'departmentConsultation') {
    // A recommendation stage is never entered this way in a valid list (it is the first).
    return { ok: true, state: { stageIndex: to, status: 'submitted' }, effects };
  }
  const c = facts.consultation;
  if (!c) return fail('FACTS_MISSING', '缺少本推荐须征求意见的部门');
  const pending = c.required.filter((d) => !c.signed.includes(d));
  if (pending.length > 0) {
    return {
      ok: true,
      state: { stageIndex: to, status: 'awaitingConsultation' },
      effects: [...effects, { kind: 'requestConsultation', departments: pending }],
    };
  }
  return advance(round, to, facts, [...effects, { kind: 'consultationComplete', departments: [...c.required] }]);
}
