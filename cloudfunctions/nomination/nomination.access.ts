/**
 * Loading a nomination for a caller: it exists, the caller reaches it (a cadre in whose subtree the
 * nominating unit lies; a department reviewer only once their department has been asked), and the
 * version the caller saw is the current one. Also the checks of the form against its round and the
 * files a form names.
 */
import { isTemporaryFileId } from '../../shared/story-blocks';
import type { NominationForm } from '../../shared/actions/nomination.schema';
import { AppError, type FieldIssue } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import type { Tier } from '../../shared/org';
import { inSubtree } from '../../shared/org';
import { requiredDepartments } from '../../shared/selection/round';
import { transition, type TransitionFacts, type WorkflowEvent } from '../../shared/selection/workflow';
import { requireOver } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { ModelWorkerDoc, NominationDoc, RoundDoc } from './nomination.records';
import { actorOf, knownFileIds, presentNomination, stageAt } from './nomination.view';

export async function loadRound(ctx: CallContext, id: string): Promise<RoundDoc> {
  const round = await ctx.ports.store.get<RoundDoc>(C.selectionRounds, id);
  if (!round) throw new AppError('NOT_FOUND', '评选不存在');
  return round;
}

export async function loadNominationDoc(ctx: CallContext, id: string): Promise<NominationDoc> {
  const doc = await ctx.ports.store.get<NominationDoc>(C.nominations, id);
  if (!doc) throw new AppError('NOT_FOUND', '推荐不存在');
  return doc;
}

/** The departments this nominee's categories call for, under the round's configuration. */
export function departmentsFor(doc: NominationDoc, round: RoundDoc): string[] {
  return requiredDepartments(round.config.consultationDepartments, doc.form.consultationCategories ?? []);
}

/**
 * The grant the caller acts with on `doc`: a grant of `role` whose subtree holds the nominating unit
 * (FORBIDDEN otherwise), preferably one at `preferTier` (the stage's tier), so a cadre holding
 * grants at two tiers acts with the right one. A department reviewer reaches a nomination only once
 * their department has been asked for its opinion.
 */
export function actingGrant(
  ctx: CallContext,
  doc: NominationDoc,
  role: 'cadre' | 'departmentReviewer',
  preferTier: Tier,
  notAsked: 'FORBIDDEN' | 'DEPARTMENT_NOT_REQUIRED' = 'FORBIDDEN',
): Grant {
  const ofRole = ctx.grants.filter((g) => g.role === role);
  requireOver(ofRole, doc.orgPathKey);
  const inReach = ofRole.filter((g) => inSubtree(g.orgPathKey, doc.orgPathKey));
  if (role === 'departmentReviewer') {
    const asked = inReach.filter((g) => g.department && doc.consultation?.required.includes(g.department));
    if (asked.length === 0) throw new AppError(notAsked);
    return asked.find((g) => g.tier === preferTier) ?? asked[0]!;
  }
  return inReach.find((g) => g.tier === preferTier) ?? inReach[0]!;
}

/** Any grant through which the caller may read `doc` (a cadre first), or FORBIDDEN. */
export function readingGrant(ctx: CallContext, doc: NominationDoc, round: RoundDoc): Grant {
  const tier = stageAt(round, doc.stageIndex).tier;
  if (ctx.grants.some((g) => g.role === 'cadre' && inSubtree(g.orgPathKey, doc.orgPathKey))) {
    return actingGrant(ctx, doc, 'cadre', tier);
  }
  return actingGrant(ctx, doc, 'departmentReviewer', tier);
}

export interface Loaded {
  doc: NominationDoc;
  round: RoundDoc;
  grant: Grant;
}

/**
 * Loads the nomination and its round for an action by `role`, and checks the version the caller
 * saw: a stale one is CONFLICT with the current nomination (as this caller may see it), before
 * anything else is decided. A race between this read and the commit is caught by the commit.
 */
export async function loadForAction(
  ctx: CallContext,
  input: { id: string; version: number },
  role: 'cadre' | 'departmentReviewer' = 'cadre',
): Promise<Loaded> {
  const doc = await loadNominationDoc(ctx, input.id);
  const round = await loadRound(ctx, doc.roundId);
  const grant = actingGrant(ctx, doc, role, stageAt(round, doc.stageIndex).tier, 'DEPARTMENT_NOT_REQUIRED');
  if (input.version !== doc.version) {
    throw new AppError('CONFLICT', undefined, {
      current: presentNomination(ctx.ports, doc, round, grant, ctx.now),
    });
  }
  return { doc, round, grant };
}

/**
 * What the service knows from the nomination's records, for any event. Objections arrive with the
 * notice feature (issue 4): until then no notice has received one, so none is open and none was
 * substantiated, and no late objection blocks the conferral.
 */
export function factsOf(doc: NominationDoc, round: RoundDoc): TransitionFacts {
  const required = departmentsFor(doc, round);
  const signed = (doc.consultation?.opinions ?? []).map((o) => o.department).filter((d) => required.includes(d));
  return {
    ...(doc.recommendation ? { recommendation: doc.recommendation } : {}),
    consultation: { required, signed },
    inspectionRecorded: doc.inspection !== null,
    lateObjectionsOpen: 0,
  };
}

/** Runs the shared state machine; a refusal becomes its coded error. */
export function run(
  loaded: Loaded,
  event: WorkflowEvent,
  facts: TransitionFacts,
): Extract<ReturnType<typeof transition>, { ok: true }> {
  const result = transition(loaded.round.config, loaded.doc.state, event, actorOf(loaded.grant), facts);
  if (!result.ok) throw new AppError(result.code, result.message);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Files

const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

function badField(path: (string | number)[], message: string): AppError {
  return new AppError('BAD_REQUEST', message, { issues: [{ path, message }] });
}

/**
 * A temporary upload is checked (type, size) and attached through the files port; a permanent id
 * must be one the nomination already holds (a cadre cannot point a file at someone else's upload).
 */
export async function attachDocument(
  ctx: CallContext,
  fileId: string,
  known: Set<string>,
  path: (string | number)[],
): Promise<string> {
  if (!isTemporaryFileId(fileId)) {
    if (known.has(fileId)) return fileId;
    throw badField(path, '文件不存在，请重新上传');
  }
  const stat = await ctx.ports.files.stat(fileId);
  if (!stat) throw badField(path, '文件不存在，请重新上传');
  if (!DOCUMENT_TYPES.includes(stat.contentType)) throw badField(path, '请上传 PDF、JPG、PNG 或 WebP 文件');
  if (stat.size > MAX_DOCUMENT_BYTES) throw badField(path, '文件不能超过 10 MB');
  return ctx.ports.files.attach(fileId, 'nomination');
}

// ---------------------------------------------------------------------------------------------
// The form against its round

function length(s: string): number {
  return Array.from(s).length;
}

/**
 * Checks a (draft) form against the round (title, deed limits, the model worker record it names)
 * and attaches its uploads. Returns the form to store.
 */
export async function prepareForm(
  ctx: CallContext,
  form: NominationForm,
  round: RoundDoc,
  doc: NominationDoc | null,
  basePath: (string | number)[] = ['form'],
): Promise<NominationForm> {
  const issues: FieldIssue[] = [];
  const at = (...p: (string | number)[]) => [...basePath, ...p];
  if (form.titleSought !== undefined && !round.config.titles.some((t) => t.name === form.titleSought)) {
    issues.push({ path: at('titleSought'), message: '请选择本届评选的荣誉称号' });
  }
  const { shortMax, longMax } = round.config.deedLimits;
  if (form.shortDeeds !== undefined && length(form.shortDeeds) > shortMax) {
    issues.push({ path: at('shortDeeds'), message: `简要事迹不能超过 ${shortMax} 字` });
  }
  if (form.longDeeds !== undefined && length(form.longDeeds) > longMax) {
    issues.push({ path: at('longDeeds'), message: `详细事迹不能超过 ${longMax} 字` });
  }
  if (form.modelWorkerId !== undefined && form.modelWorkerId !== doc?.form.modelWorkerId) {
    const worker = await ctx.ports.store.get<ModelWorkerDoc>(C.modelWorkers, form.modelWorkerId);
    const cadres = ctx.grants.filter((g) => g.role === 'cadre');
    if (!worker || !cadres.some((g) => inSubtree(g.orgPathKey, worker.orgPathKey))) {
      issues.push({ path: at('modelWorkerId'), message: '劳模档案不存在或不在本单位管理范围内' });
    }
  }
  if (issues.length > 0) throw new AppError('BAD_REQUEST', issues[0]!.message, { issues });

  const known = knownFileIds(doc);
  const out: NominationForm = { ...form };
  if (form.attachments) {
    out.attachments = [];
    for (const [i, a] of form.attachments.entries()) {
      out.attachments.push({
        ...a,
        fileId: await attachDocument(ctx, a.fileId, known, at('attachments', i, 'fileId')),
      });
    }
  }
  if (form.publicationConsent) {
    out.publicationConsent = {
      ...form.publicationConsent,
      fileId: await attachDocument(ctx, form.publicationConsent.fileId, known, at('publicationConsent', 'fileId')),
    };
  }
  return out;
}

const REQUIRED_FIELDS: [keyof NominationForm, string][] = [
  ['name', '姓名'],
  ['gender', '性别'],
  ['ethnicity', '民族'],
  ['birthDate', '出生日期'],
  ['politicalStatus', '政治面貌'],
  ['education', '学历'],
  ['unitName', '工作单位'],
  ['position', '职务'],
  ['industry', '所属行业'],
  ['titleSought', '推荐荣誉称号'],
  ['shortDeeds', '简要事迹'],
  ['longDeeds', '详细事迹'],
  ['publicationConsent', '本人同意公开的书面意见'],
];

/**
 * What a form must hold to be submitted: every required field, the ID number, a birth date that
 * agrees with it, the deed limits of the round as it stands, and the nominee's consent to the notice.
 */
export function completenessIssues(
  doc: NominationDoc,
  round: RoundDoc,
  idNumberBirthDate: string | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, label] of REQUIRED_FIELDS) {
    if (doc.form[key] === undefined) issues.push({ path: ['form', key], message: `请填写${label}` });
  }
  if (!doc.idNumberMasked || !idNumberBirthDate) issues.push({ path: ['idNumber'], message: '请填写身份证号码' });
  else if (doc.form.birthDate && doc.form.birthDate !== idNumberBirthDate) {
    issues.push({ path: ['form', 'birthDate'], message: '出生日期与身份证号码不一致' });
  }
  const { shortMax, longMax } = round.config.deedLimits;
  if (doc.form.shortDeeds && length(doc.form.shortDeeds) > shortMax) {
    issues.push({ path: ['form', 'shortDeeds'], message: `简要事迹不能超过 ${shortMax} 字` });
  }
  if (doc.form.longDeeds && length(doc.form.longDeeds) > longMax) {
    issues.push({ path: ['form', 'longDeeds'], message: `详细事迹不能超过 ${longMax} 字` });
  }
  if (doc.form.titleSought && !round.config.titles.some((t) => t.name === doc.form.titleSought)) {
    issues.push({ path: ['form', 'titleSought'], message: '请选择本届评选的荣誉称号' });
  }
  return issues;
}
