/**
 * Who sees what of a case, and the pieces every objection service shares.
 *
 * Handling cadres (decision 0008): cadres holding `nomination.review` (the policy selects those
 * grants) whose grant is at the notice's publishing organization or above it in its line, i.e. the
 * case's `orgPathKey` lies in their subtree. They see the whole case and may read the identity
 * (audited). Verifying cadres: a verification was
 * handed down to their organization (or one below their grant): they see the facts, never the
 * identity. Redacted: cadres whose subtree holds the nominating unit, but not the notice's
 * organization: they see that a case exists and its status. Anyone else: FORBIDDEN / nothing.
 */
import { createHash } from 'node:crypto';
import type { ObjectionCaseSummary, ObjectionCaseView } from '../../shared/actions/objection.schema';
import { AppError } from '../../shared/errors';
import type { Grant } from '../../shared/grants';
import { inSubtree } from '../../shared/org';
import { isTemporaryFileId } from '../../shared/story-blocks';
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import { templateId, thing } from '../_platform/templates';
import type { CallContext } from '../_platform/route';
import type { UnitOfWork } from '../_platform/unit-of-work';
import type { ObjectionDoc, ObjectorIdentityDoc } from './objection.records';

export type Access = 'handling' | 'verifying' | 'redacted';

/** The objector's key: a hash of the openid, so 我的异议 and the daily limit never store the openid on the case. */
export function filerKeyOf(openid: string): string {
  return createHash('sha256').update(`objection-filer:${openid}`).digest('hex').slice(0, 32);
}

export function accessOf(grants: readonly Grant[], doc: ObjectionDoc): Access | null {
  if (grants.some((g) => inSubtree(g.orgPathKey, doc.orgPathKey))) return 'handling';
  if (doc.verificationOrgPathKey && grants.some((g) => inSubtree(g.orgPathKey, doc.verificationOrgPathKey!)))
    return 'verifying';
  if (grants.some((g) => inSubtree(g.orgPathKey, doc.nomineeOrgPathKey))) return 'redacted';
  return null;
}

/** The grant a handling action acts under: the first that reaches the case. */
export function handlingGrant(grants: readonly Grant[], doc: ObjectionDoc): Grant {
  const g = grants.find((x) => inSubtree(x.orgPathKey, doc.orgPathKey));
  if (!g) throw new AppError('FORBIDDEN', '只有受理该公示的工会干部可以办理此异议');
  return g;
}

export function holderName(grant: Grant): string {
  const name = (grant as Grant & { holderName?: unknown }).holderName;
  return typeof name === 'string' && name.length > 0 ? name : grant.orgName;
}

export async function loadCase(ctx: CallContext, id: string): Promise<ObjectionDoc> {
  const doc = await ctx.ports.store.get<ObjectionDoc>(C.objections, id);
  if (!doc) throw new AppError('NOT_FOUND', '异议不存在');
  return doc;
}

/** Loads a case a cadre acts on: reach first, then the version the cadre saw, then not concluded. */
export async function loadForChange(
  ctx: CallContext,
  input: { id: string; version: number },
  need: 'handling' | 'verifying',
): Promise<{ doc: ObjectionDoc; grant: Grant }> {
  const doc = await loadCase(ctx, input.id);
  const access = accessOf(ctx.grants, doc);
  if (access !== 'handling' && !(need === 'verifying' && access === 'verifying')) throw new AppError('FORBIDDEN');
  const grant =
    access === 'handling'
      ? handlingGrant(ctx.grants, doc)
      : ctx.grants.find((g) => inSubtree(g.orgPathKey, doc.verificationOrgPathKey ?? '\u0000'))!;
  if (input.version !== doc.version) {
    throw new AppError('CONFLICT', undefined, { current: await presentCase(ctx, doc) });
  }
  if (doc.status === 'concluded') throw new AppError('WRONG_STATUS', '该异议已办结，不能再修改');
  return { doc, grant };
}

export function isOverdue(doc: Pick<ObjectionDoc, 'status' | 'dueAt'>, now: Date): boolean {
  return doc.status !== 'concluded' && doc.dueAt < now.toISOString();
}

export function summarize(doc: ObjectionDoc, access: Access, now: Date): ObjectionCaseSummary {
  const base = {
    id: doc.id,
    caseNo: doc.caseNo,
    access,
    nomineeName: doc.nomineeName,
    noticeTitle: doc.noticeTitle,
    status: doc.status,
    createdAt: doc.createdAt,
  };
  if (access === 'redacted') {
    return {
      ...base,
      channel: null,
      finding: null,
      late: null,
      contentCheck: null,
      dueAt: null,
      overdue: null,
      assignee: null,
    };
  }
  return {
    ...base,
    channel: doc.channel,
    finding: doc.finding,
    late: doc.late,
    contentCheck: doc.contentCheck,
    dueAt: doc.dueAt,
    overdue: isOverdue(doc, now),
    assignee: doc.assignee,
  };
}

function identityState(doc: ObjectionDoc): ObjectionCaseView['identity'] {
  if (doc.objectorKind === 'anonymous') return 'none';
  if (doc.identityErasedAt) return 'erased';
  if (doc.identitySealedAt) return 'sealed';
  return 'available';
}

/** The case as a handling or verifying cadre sees it; never the identity. */
export async function presentCase(ctx: CallContext, doc: ObjectionDoc): Promise<ObjectionCaseView> {
  const access = accessOf(ctx.grants, doc);
  if (access !== 'handling' && access !== 'verifying') throw new AppError('FORBIDDEN');
  const handling = access === 'handling';
  const v = doc.verification;
  return {
    id: doc.id,
    version: doc.version,
    caseNo: doc.caseNo,
    access,
    noticeId: doc.noticeId,
    noticeTitle: doc.noticeTitle,
    nominationId: doc.nominationId,
    nomineeName: doc.nomineeName,
    orgId: doc.orgId,
    orgName: doc.orgName,
    channel: doc.channel,
    objectorKind: doc.objectorKind,
    facts: doc.facts,
    leads: doc.leads,
    evidence: doc.evidenceFileIds.map((fileId) => ({ fileId, url: ctx.ports.files.urlOf(fileId) })),
    late: doc.late,
    contentCheck: doc.contentCheck,
    status: doc.status,
    finding: doc.finding,
    reply: doc.reply,
    dueAt: doc.dueAt,
    overdue: isOverdue(doc, ctx.now),
    createdAt: doc.createdAt,
    concludedAt: doc.concludedAt,
    assignee: handling ? doc.assignee : null,
    notes: handling ? doc.notes : [],
    verification: v
      ? {
          orgId: v.orgId,
          orgName: v.orgName,
          instructions: v.instructions,
          requestedAt: v.requestedAt,
          dueAt: v.dueAt,
          findings: v.findings,
          reportedAt: v.reportedAt,
          reportedByName: v.reportedByName,
        }
      : null,
    identity: identityState(doc),
    canUnseal:
      handling &&
      doc.identitySealedAt !== null &&
      doc.identityErasedAt === null &&
      ctx.grants.some((g) => g.capabilities.includes('objection.unseal')),
  };
}

// ---------------------------------------------------------------------------------------------
// Content check and evidence

/**
 * `risky` is refused; `review` is accepted and flagged; a check that throws or is slower than the
 * timeout never loses the submission: it is stored `pending` and the scheduler checks it again.
 */
export async function checkContent(
  ctx: CallContext,
  text: string,
  timeoutMs: number,
): Promise<'pass' | 'review' | 'pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const verdict = await Promise.race([
      ctx.ports.contentCheck.check(text.slice(0, 2500), ctx.openid),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('content check timed out')), timeoutMs);
      }),
    ]);
    if (verdict === 'risky') {
      throw new AppError(
        'CONTENT_RISKY',
        '异议内容未通过内容安全检查，请删除不当用语后重新提交；如需反映违法违纪线索，可直接联系公示所列的受理机构',
      );
    }
    return verdict;
  } catch (e) {
    if (e instanceof AppError) throw e;
    ctx.ports.logger.error('objection content check failed; stored pending', {
      callId: ctx.callId,
      error: e instanceof Error ? e.message : String(e),
    });
    return 'pending';
  } finally {
    if (timer) clearTimeout(timer);
  }
}

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

function badField(path: (string | number)[], message: string): AppError {
  return new AppError('BAD_REQUEST', message, { issues: [{ path, message }] });
}

/** Checks every upload first (only fresh temporary uploads: nobody points at another's file). */
export async function checkEvidence(ctx: CallContext, fileIds: readonly string[]): Promise<void> {
  for (const [i, fileId] of fileIds.entries()) {
    const path = ['evidenceFileIds', i];
    if (!isTemporaryFileId(fileId)) throw badField(path, '证据图片无效，请重新上传');
    const stat = await ctx.ports.files.stat(fileId);
    if (!stat) throw badField(path, '证据图片不存在，请重新上传');
    if (!EVIDENCE_TYPES.includes(stat.contentType)) throw badField(path, '证据请上传 JPG、PNG 或 WebP 图片');
    if (stat.size > MAX_EVIDENCE_BYTES) throw badField(path, '每张证据图片不能超过 5 MB');
  }
  if (new Set(fileIds).size !== fileIds.length) throw badField(['evidenceFileIds'], '证据图片重复');
}

export async function attachEvidence(ctx: CallContext, fileIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const fileId of fileIds) out.push(await ctx.ports.files.attach(fileId, 'objection'));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sealing and erasure

/**
 * Erases the identity (values blanked; the chain keeps field names only) and unlinks the case
 * from its filer, in the caller's unit of work.
 */
export function eraseIdentity(
  uow: UnitOfWork,
  doc: ObjectionDoc,
  identity: ObjectorIdentityDoc | null,
  now: string,
  reason: string,
): void {
  if (identity && !identity.erasedAt) {
    uow.updateAudited(
      C.objectorIdentities,
      identity,
      { name: '', phone: '', openid: null, erasedAt: now },
      { action: 'objectorIdentity.erase', reason },
      ['contact', 'sealStatement'],
    );
  }
  uow.updateAudited(
    C.objections,
    doc,
    { identityErasedAt: now, filerKey: null, updatedAt: now },
    { action: 'objection.identityErase', reason },
  );
}

export async function notifyConclusion(
  ports: Ports,
  identity: ObjectorIdentityDoc | null,
  doc: ObjectionDoc,
  findingZh: string,
) {
  if (!identity?.openid) return;
  try {
    await ports.notifier.send({
      toOpenid: identity.openid,
      template: templateId('objectionConcluded'),
      // Keywords as README's deploy section lists them (WeChat names them by type and position).
      data: {
        character_string1: doc.caseNo,
        thing2: thing(`已办结：${findingZh}`),
        thing3: thing(doc.nomineeName),
      },
      page: `public/pages/objection-case/index?id=${doc.id}`,
    });
  } catch (e) {
    // A message is a courtesy: the conclusion stands, the objector sees it in 我的异议.
    ports.logger.error('objection conclusion message failed', {
      objectionId: doc.id,
      error: e instanceof Error ? e.message : String(e),
    });
  }
}
