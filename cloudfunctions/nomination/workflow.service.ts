/**
 * One service method per workflow transition group. Each loads the nomination and its round,
 * checks the caller reaches it and saw its current version, runs the shared state machine with the
 * caller's acting grant as the actor, applies the effects in the same unit of work, and moves the
 * nomination's audit chain with the reason. A refusal is the machine's coded error.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { NominationView } from '../../shared/actions/nomination.schema';
import { noticeStatus, type NoticePeriod } from '../../shared/calendar/notice-period';
import { AppError } from '../../shared/errors';
import { idNumberBirthDate } from '../../shared/selection/id-number';
import { checkDemocraticRecommendation, STAGE_KIND_ZH, type StageKind } from '../../shared/selection/round';
import {
  isTerminal,
  NOMINATION_STATUS_ZH,
  VALID_STATUSES,
  type NominationStatus,
  type TransitionResult,
  type WorkflowEvent,
} from '../../shared/selection/workflow';
import { TIER_ZH } from '../../shared/org';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { NoticeDoc } from '../notice/notice.records';
import {
  attachDocument,
  completenessIssues,
  departmentsFor,
  factsOf,
  loadForAction,
  prepareForm,
  run,
  type Loaded,
} from './nomination.access';
import type { Honor, ModelWorkerDoc, NominationDoc, NomineeIdentityDoc, NoticeRecord } from './nomination.records';
import { holderName, knownFileIds, presentNomination, runningNotice, stageAt, stateFields } from './nomination.view';
import { newNominationDoc } from './nomination.service';
import { notifyOnMove } from './nomination.notify';
import { checkGoingUp } from './slate.service';
import { countObjections } from '../objection/objection.counts';

type Actions = typeof import('../../shared/actions/nomination.schema').nominationActions;
type In<A extends keyof Actions> = ParsedInputOf<'nomination', A>;
type Out<A extends keyof Actions> = OutputOf<'nomination', A>;
type Moved = Extract<TransitionResult, { ok: true }>;

// ---------------------------------------------------------------------------------------------
// Effects

/**
 * The public notice a nomination enters (`notice.openNotice` creates it in the same unit of work):
 * its id and the period it fixed (decision 0004).
 */
export interface NoticeOpening {
  noticeId: string;
  period: NoticePeriod;
}

/**
 * The nomination leaves a running public notice early: its entry there is marked `left` in the
 * same unit of work, so the public no longer sees it (conditional on the notice's version; the
 * routes that leave re-run once when another nominee of the notice moved it meanwhile).
 */
async function leavePublicNotice(ctx: CallContext, doc: NominationDoc, reason: string | undefined): Promise<void> {
  const running = runningNotice(doc);
  if (!running?.noticeId) return;
  const notice = await ctx.ports.store.get<NoticeDoc>(C.notices, running.noticeId);
  if (!notice || !notice.entries.some((e) => e.nominationId === doc.id && e.status === 'listed')) return;
  ctx.uow.updateAudited(
    C.notices,
    notice,
    {
      entries: notice.entries.map((e) => (e.nominationId === doc.id ? { ...e, status: 'left' } : e)),
      updatedAt: ctx.now.toISOString(),
    },
    { action: 'notice.entryLeft', ...(reason ? { reason } : {}) },
  );
}

function endRunning(
  doc: NominationDoc,
  notices: NoticeRecord[],
  outcome: 'closed' | 'left',
  statement: NoticeRecord['statement'],
  now: string,
): NoticeRecord[] {
  const running = runningNotice({ notices, stageIndex: doc.stageIndex });
  if (!running) return notices;
  return notices.map((n) => (n === running ? { ...n, outcome, endedAt: now, statement } : n));
}

/**
 * The fields a move sets on the nomination: its new state (and the copies the indexes read), and
 * what its effects record. Effects on other records (freezing the round) go into the unit of work
 * here; the honour is created by `confer`, which owns its inputs.
 */
async function applyMove(
  ctx: CallContext,
  { doc, round, grant }: Loaded,
  result: Moved,
  opinion?: { decision: 'agree' | 'disagree'; comment: string },
  opening?: NoticeOpening,
  reason?: string,
): Promise<Partial<NominationDoc>> {
  const now = ctx.now.toISOString();
  let notices = doc.notices;
  let consultation = doc.consultation;
  const set: Partial<NominationDoc> = { ...stateFields(round, doc, result.state, ctx.now), updatedAt: now };
  // Going up: within the sending organization's quota, composition unmet only under an override
  // (decision 0007); then the new owner's 待办 message, after commit.
  const sentUp = await checkGoingUp(ctx, { doc, round, grant }, result);
  if (sentUp) set.sentUp = [...(doc.sentUp ?? []), sentUp];
  notifyOnMove(ctx, { doc, round, grant }, result);
  for (const effect of result.effects) {
    switch (effect.kind) {
      case 'freezeRound':
        if (!round.frozenAt) {
          ctx.uow.updateAudited(C.selectionRounds, round, { frozenAt: now }, { action: 'round.freeze' });
        }
        break;
      case 'openNotice': {
        // Only `notice.openNotice` opens a notice: it creates the public notice and fixes the period.
        if (!opening) throw new Error('a notice opened without its public notice');
        const { opensAt, closesAt, firstDay, lastDay, days } = opening.period;
        const notice: NoticeRecord = {
          noticeId: opening.noticeId,
          stageIndex: doc.stageIndex,
          tier: effect.tier,
          rule: effect.rule,
          opensAt,
          closesAt,
          firstDay,
          lastDay,
          days,
          outcome: null,
          endedAt: null,
          statement: null,
        };
        notices = [...notices, notice];
        break;
      }
      case 'leaveNotice':
        await leavePublicNotice(ctx, doc, reason);
        notices = endRunning(doc, notices, 'left', null, now);
        break;
      case 'attachStatement':
        notices = endRunning(doc, notices, 'closed', effect.statement, now);
        break;
      case 'requestConsultation':
        // Opinions signed before a return for correction are kept: only the departments still
        // missing are asked (the machine's `pending`).
        consultation = {
          required: departmentsFor(doc, round),
          opinions: consultation?.opinions ?? [],
          requestedAt: now,
          completedAt: null,
          cancelledAt: null,
        };
        break;
      case 'recordOpinion':
        if (!consultation || !opinion) throw new Error('an opinion without a consultation');
        consultation = {
          ...consultation,
          opinions: [
            ...consultation.opinions,
            {
              department: effect.department,
              decision: opinion.decision,
              comment: opinion.comment,
              signerName: holderName(grant),
              signedAt: now,
            },
          ],
        };
        break;
      case 'consultationComplete':
        consultation = consultation
          ? { ...consultation, required: effect.departments, completedAt: now, cancelledAt: null }
          : { required: effect.departments, opinions: [], requestedAt: now, completedAt: now, cancelledAt: null };
        break;
      case 'cancelConsultation':
        if (consultation) consultation = { ...consultation, cancelledAt: now };
        break;
      case 'freeSeat':
        set.holdsSeat = false;
        break;
      case 'createHonour':
      case 'submitUpward':
        // Recorded by `confer` / `submitUpward` with their inputs.
        break;
    }
  }
  if (notices !== doc.notices) set.notices = notices;
  if (consultation !== doc.consultation) set.consultation = consultation;
  const running = result.state.status === 'inNotice' ? notices[notices.length - 1] : undefined;
  set.deadlineAt = running ? running.closesAt : null;
  return set;
}

/** Moves the nomination (conditional on the version the caller saw) and its audit chain. */
function save(
  ctx: CallContext,
  loaded: Loaded,
  set: Partial<NominationDoc>,
  action: string,
  reason?: string,
): NominationView {
  ctx.uow.updateAudited(C.nominations, loaded.doc, set, {
    action: `nomination.${action}`,
    ...(reason ? { reason } : {}),
  });
  const next: NominationDoc = { ...loaded.doc, ...set, version: loaded.doc.version + 1 };
  return presentNomination(ctx.ports, next, loaded.round, loaded.grant, ctx.now);
}

/** Guards of an action that is not a workflow event but belongs to one stage (the inspection). */
function requireAt(loaded: Loaded, kind: StageKind, status: NominationStatus, what: string): void {
  const { doc, round, grant } = loaded;
  const stage = stageAt(round, doc.stageIndex);
  const name = `「${TIER_ZH[stage.tier]}${STAGE_KIND_ZH[stage.kind]}」`;
  if (!VALID_STATUSES[stage.kind].includes(doc.status)) throw new AppError('INVALID_STATE');
  if (isTerminal(doc.status)) throw new AppError('TERMINAL');
  if (stage.kind !== kind) throw new AppError('WRONG_STAGE', `当前环节为${name}，不能${what}`);
  if (doc.status !== status) {
    throw new AppError('WRONG_STATUS', `${name}环节当前为「${NOMINATION_STATUS_ZH[doc.status]}」，不能${what}`);
  }
  if (grant.role !== 'cadre') throw new AppError('WRONG_ROLE');
  if (grant.tier !== stage.tier) throw new AppError('WRONG_TIER', `${name}须由${TIER_ZH[stage.tier]}工会办理`);
}

// ---------------------------------------------------------------------------------------------
// The democratic recommendation and the submission

export async function recordRecommendation(
  ctx: CallContext,
  input: In<'recordRecommendation'>,
): Promise<Out<'recordRecommendation'>> {
  const loaded = await loadForAction(ctx, input);
  // Editable (draft or returned), by the stage's tier: what `saveDraft` may do, here.
  run(loaded, 'saveDraft', {});
  const stage = stageAt(loaded.round, loaded.doc.stageIndex);
  if (stage.kind !== 'democraticRecommendation') {
    throw new AppError('WRONG_STAGE', `当前环节为「${STAGE_KIND_ZH[stage.kind]}」，不能修改民主推荐情况`);
  }
  // The quorum and majority rules of the round for the meeting's form, checked now as the machine
  // checks them again at submission. A refused record is not stored: the meeting did not
  // recommend the nominee.
  const rule = loaded.round.config.quorumRules[input.record.form];
  if (!rule) throw new AppError('MEETING_FORM_NOT_ALLOWED');
  const check = checkDemocraticRecommendation(input.record, rule);
  if (!check.ok) throw new AppError(check.reason);
  const set: Partial<NominationDoc> = {
    recommendation: { ...input.record, recordedAt: ctx.now.toISOString() },
    updatedAt: ctx.now.toISOString(),
  };
  return { nomination: save(ctx, loaded, set, 'recordRecommendation') };
}

/** Submits a draft, or resubmits a returned file; the form must be complete. */
export async function submit(ctx: CallContext, input: In<'submit'>): Promise<Out<'submit'>> {
  const loaded = await loadForAction(ctx, input);
  const event: WorkflowEvent = loaded.doc.status === 'returned' ? 'resubmit' : 'submit';
  const result = run(loaded, event, factsOf(loaded.doc, loaded.round));
  const identity = await ctx.ports.store.get<NomineeIdentityDoc>(C.nomineeIdentities, loaded.doc.id);
  const issues = completenessIssues(
    loaded.doc,
    loaded.round,
    identity?.idNumber ? idNumberBirthDate(identity.idNumber) : null,
  );
  if (issues.length > 0) throw new AppError('FACTS_MISSING', issues[0]!.message, { issues });
  if (!loaded.doc.form.publicationConsent?.notice) {
    throw new AppError('CONSENT_MISSING', '被推荐人尚未书面同意在公示中公开其信息，不能提交', {
      issues: [{ path: ['form', 'publicationConsent', 'notice'], message: '须经本人书面同意公示' }],
    });
  }
  const set = await applyMove(ctx, loaded, result);
  return { nomination: save(ctx, loaded, set, event) };
}

// ---------------------------------------------------------------------------------------------
// Reviews, consents, notices, consultation

export async function review(ctx: CallContext, input: In<'review'>): Promise<Out<'review'>> {
  const loaded = await loadForAction(ctx, input);
  const result = run(loaded, input.decision, { ...factsOf(loaded.doc, loaded.round), reason: input.reason });
  const set = await applyMove(ctx, loaded, result, undefined, undefined, input.reason);
  return { nomination: save(ctx, loaded, set, input.decision, input.reason) };
}

export async function recordConsent(ctx: CallContext, input: In<'recordConsent'>): Promise<Out<'recordConsent'>> {
  const loaded = await loadForAction(ctx, input);
  const result = run(loaded, 'recordConsent', factsOf(loaded.doc, loaded.round));
  const documentFileId = await attachDocument(ctx, input.documentFileId, knownFileIds(loaded.doc), ['documentFileId']);
  const stage = stageAt(loaded.round, loaded.doc.stageIndex);
  const set = await applyMove(ctx, loaded, result);
  set.partyConsents = [
    ...loaded.doc.partyConsents,
    {
      stageIndex: loaded.doc.stageIndex,
      tier: stage.tier,
      signer: input.signer,
      date: input.date,
      documentFileId,
      ...(input.note ? { note: input.note } : {}),
      recordedAt: ctx.now.toISOString(),
    },
  ];
  return { nomination: save(ctx, loaded, set, 'recordConsent') };
}

/**
 * Moves a loaded nomination into this stage's notice. Only `notice.openNotice` calls it, for every
 * nominee of the public notice it creates, in its unit of work: the machine's guards, the notice
 * record with the public notice's id and period, the audit entry.
 */
export async function enterNotice(ctx: CallContext, loaded: Loaded, opening: NoticeOpening): Promise<NominationDoc> {
  const result = run(loaded, 'openNotice', factsOf(loaded.doc, loaded.round));
  const set = await applyMove(ctx, loaded, result, undefined, opening);
  save(ctx, loaded, set, 'openNotice', opening.noticeId);
  return { ...loaded.doc, ...set, version: loaded.doc.version + 1 };
}

/**
 * Closes the running notice once its period has closed by the clock. An open objection refuses
 * (OBJECTIONS_OPEN), a substantiated one too (OBJECTION_SUBSTANTIATED: return or reject instead);
 * with none received the statement is 公示无异议, else the notice report.
 */
export async function closeNotice(ctx: CallContext, input: In<'closeNotice'>): Promise<Out<'closeNotice'>> {
  const loaded = await loadForAction(ctx, input);
  const running = runningNotice(loaded.doc);
  // The objections to this nominee in the running notice (all of the nominee's when the record
  // predates notice ids: none could be filed then).
  const objections = running
    ? await countObjections(ctx.ports.store, {
        nominationId: loaded.doc.id,
        ...(running.noticeId ? { noticeId: running.noticeId } : {}),
      })
    : null;
  const result = run(loaded, 'closeNotice', {
    ...factsOf(loaded.doc, loaded.round),
    ...(running && objections
      ? {
          notice: {
            periodClosed: noticeStatus(running, ctx.now) === 'closed',
            objectionsReceived: objections.received,
            openObjections: objections.open,
            substantiatedObjection: objections.substantiated,
          },
        }
      : {}),
  });
  const set = await applyMove(ctx, loaded, result);
  return { nomination: save(ctx, loaded, set, 'closeNotice') };
}

/** A department reviewer signs their department's opinion (agree or disagree, with a comment). */
export async function signConsultation(
  ctx: CallContext,
  input: In<'signConsultation'>,
): Promise<Out<'signConsultation'>> {
  const loaded = await loadForAction(ctx, input, 'departmentReviewer');
  const result = run(loaded, 'signConsultation', factsOf(loaded.doc, loaded.round));
  const set = await applyMove(ctx, loaded, result, { decision: input.decision, comment: input.comment });
  return { nomination: save(ctx, loaded, set, 'signConsultation') };
}

// ---------------------------------------------------------------------------------------------
// The district: inspection, determination, conferral or submission upward

export async function recordInspection(
  ctx: CallContext,
  input: In<'recordInspection'>,
): Promise<Out<'recordInspection'>> {
  const loaded = await loadForAction(ctx, input);
  requireAt(loaded, 'secondaryReview', 'submitted', '登记考察情况');
  const known = knownFileIds(loaded.doc);
  const fileIds: string[] = [];
  for (const [i, f] of (input.fileIds ?? []).entries())
    fileIds.push(await attachDocument(ctx, f, known, ['fileIds', i]));
  const now = ctx.now.toISOString();
  const set: Partial<NominationDoc> = {
    inspection: { date: input.date, inspectors: input.inspectors, summary: input.summary, fileIds, recordedAt: now },
    updatedAt: now,
  };
  return { nomination: save(ctx, loaded, set, 'recordInspection') };
}

export async function recordDetermination(
  ctx: CallContext,
  input: In<'recordDetermination'>,
): Promise<Out<'recordDetermination'>> {
  const loaded = await loadForAction(ctx, input);
  const result = run(loaded, 'recordDetermination', factsOf(loaded.doc, loaded.round));
  const { membersTotal, present, votesFor, votesAgainst, abstentions } = input;
  if (present > membersTotal || votesFor + votesAgainst + abstentions > present) {
    throw new AppError('INVALID_COUNTS', '审定人数有误：到会人数不能超过委员总数，票数之和不能超过到会人数');
  }
  const set = await applyMove(ctx, loaded, result);
  set.determination = {
    date: input.date,
    membersTotal,
    present,
    votesFor,
    votesAgainst,
    abstentions,
    recordedAt: ctx.now.toISOString(),
  };
  return { nomination: save(ctx, loaded, set, 'recordDetermination') };
}

/**
 * The conferral decision: the honour goes on the nominee's model worker record — the one the form
 * names (extended), or a new one managed by the nominating unit — in the same unit of work.
 */
export async function confer(ctx: CallContext, input: In<'confer'>): Promise<Out<'confer'>> {
  const loaded = await loadForAction(ctx, input);
  const { doc, round } = loaded;
  const { lateOpen } = await countObjections(ctx.ports.store, { nominationId: doc.id });
  const result = run(loaded, 'confer', { ...factsOf(doc, round), lateObjectionsOpen: lateOpen });
  const set = await applyMove(ctx, loaded, result);
  const title = round.config.titles.find((t) => t.name === doc.titleSought);
  const honor: Honor = {
    title: doc.titleSought,
    kind: title?.kind ?? 'modelWorker',
    level: round.config.targetLevel,
    year: round.config.year,
    issuer: input.issuer,
    documentNumber: input.documentNumber,
    date: input.date,
    roundId: round.id,
    nominationId: doc.id,
  };
  let modelWorkerId: string;
  if (doc.form.modelWorkerId) {
    const worker = await ctx.ports.store.get<ModelWorkerDoc>(C.modelWorkers, doc.form.modelWorkerId);
    if (!worker) throw new AppError('NOT_FOUND', '推荐表所填的劳模档案不存在');
    modelWorkerId = worker.id;
    ctx.uow.updateAudited(
      C.modelWorkers,
      worker,
      { honors: [...(worker.honors ?? []), honor], nominationIds: [...(worker.nominationIds ?? []), doc.id] },
      { action: 'modelWorker.addHonor', reason: input.documentNumber },
    );
  } else {
    modelWorkerId = ctx.ports.random.id();
    const record: Omit<ModelWorkerDoc, 'version'> = {
      id: modelWorkerId,
      name: doc.form.name ?? doc.name,
      orgId: doc.orgId,
      orgPathKey: doc.orgPathKey,
      status: 'active',
      publicationConsent: doc.form.publicationConsent?.stories ?? false,
      ...(doc.form.gender ? { gender: doc.form.gender } : {}),
      ...(doc.form.unitName ? { unitName: doc.form.unitName } : {}),
      ...(doc.form.position ? { position: doc.form.position } : {}),
      honors: [honor],
      nominationIds: [doc.id],
    };
    ctx.uow.insertAudited(C.modelWorkers, record, { action: 'modelWorker.create', reason: input.documentNumber });
  }
  set.conferral = {
    issuer: input.issuer,
    documentNumber: input.documentNumber,
    date: input.date,
    modelWorkerId,
    conferredAt: ctx.now.toISOString(),
  };
  return { nomination: save(ctx, loaded, set, 'confer'), modelWorkerId };
}

export async function submitUpward(ctx: CallContext, input: In<'submitUpward'>): Promise<Out<'submitUpward'>> {
  const loaded = await loadForAction(ctx, input);
  const { lateOpen } = await countObjections(ctx.ports.store, { nominationId: loaded.doc.id });
  const result = run(loaded, 'submitUpward', { ...factsOf(loaded.doc, loaded.round), lateObjectionsOpen: lateOpen });
  const reportFileId = input.reportFileId
    ? await attachDocument(ctx, input.reportFileId, knownFileIds(loaded.doc), ['reportFileId'])
    : undefined;
  const set = await applyMove(ctx, loaded, result);
  set.submission = {
    level: loaded.round.config.targetLevel,
    date: input.date,
    ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
    ...(reportFileId ? { reportFileId } : {}),
    submittedAt: ctx.now.toISOString(),
  };
  return { nomination: save(ctx, loaded, set, 'submitUpward') };
}

// ---------------------------------------------------------------------------------------------
// Replacement and withdrawal

/**
 * Replaces the nominee: this file ends (`replaced`, its seat freed) and the replacement starts as a
 * new draft at the first stage of the same unit and title, linked by `replaces`; one unit of work.
 */
export async function replace(ctx: CallContext, input: In<'replace'>): Promise<Out<'replace'>> {
  const loaded = await loadForAction(ctx, input);
  const { doc, round } = loaded;
  const result = run(loaded, 'replace', { ...factsOf(doc, round), reason: input.reason });
  const form = await prepareForm(
    ctx,
    { titleSought: doc.titleSought || undefined, ...(input.replacement ?? {}) },
    round,
    null,
    ['replacement'],
  );
  const replacement = newNominationDoc(ctx, round, { id: doc.orgId, pathKey: doc.orgPathKey, name: doc.orgName }, form);
  replacement.replaces = doc.id;
  ctx.uow.insertAudited(C.nominations, replacement, { action: 'nomination.create', reason: input.reason });

  const set = await applyMove(ctx, loaded, result, undefined, undefined, input.reason);
  set.replacedBy = replacement.id;
  const nomination = save(ctx, loaded, set, 'replace', input.reason);
  return {
    nomination,
    replacement: presentNomination(ctx.ports, { ...replacement, version: 1 }, round, loaded.grant, ctx.now),
  };
}

export async function withdraw(ctx: CallContext, input: In<'withdraw'>): Promise<Out<'withdraw'>> {
  const loaded = await loadForAction(ctx, input);
  const result = run(loaded, 'withdraw', { ...factsOf(loaded.doc, loaded.round), reason: input.reason });
  const set = await applyMove(ctx, loaded, result, undefined, undefined, input.reason);
  return { nomination: save(ctx, loaded, set, 'withdraw', input.reason) };
}
