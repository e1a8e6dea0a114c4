/**
 * Filing an objection: online by a member of the public (`file`), or entered by a handling cadre
 * from a phone call or a letter (`record`). Both check the notice's window, the round's objection
 * policy and the content; the identity goes to `objectorIdentities`, never on the case.
 *
 * Order of the checks: the notice and nominee exist → the window (WINDOW_CLOSED, or late) → the
 * round's anonymity rule → the daily limit → the evidence → the phone → the content check. Files
 * are attached last, so a refused filing moves nothing.
 */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { isTerminal } from '../../shared/selection/workflow';
import { requireSignedIn } from '../_platform/authz';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import { isConfigured, templateId } from '../_platform/templates';
import type { NominationDoc, RoundDoc } from '../nomination/nomination.records';
import type { NoticeDoc } from '../notice/notice.records';
import { attachEvidence, checkContent, checkEvidence, filerKeyOf, handlingGrant } from './objection.access';
import type { ObjectionDoc, ObjectorIdentityDoc } from './objection.records';
import { DAY_MS, objectionSettings, shanghaiDayStart, shanghaiYear } from './objection.settings';

type In<A extends 'file' | 'record'> = ParsedInputOf<'objection', A>;
type Filed = OutputOf<'objection', 'file'>;

interface Target {
  notice: NoticeDoc;
  nomination: NominationDoc | null;
  nomineeName: string;
  late: boolean;
}

/**
 * The notice must be open; after its close an objection is accepted and flagged late while the
 * round accepts late objections and the nominee is not conferred (or otherwise ended).
 */
async function targetOf(
  ctx: CallContext,
  noticeId: string,
  nominationId: string,
): Promise<Target & { round: RoundDoc }> {
  const notice = await ctx.ports.store.get<NoticeDoc>(C.notices, noticeId);
  if (!notice) throw new AppError('NOT_FOUND', '公示不存在');
  const entry = notice.entries.find((e) => e.nominationId === nominationId);
  if (!entry) throw new AppError('NOT_FOUND', '该公示中没有这位人选');
  const [round, nomination] = await Promise.all([
    ctx.ports.store.get<RoundDoc>(C.selectionRounds, notice.roundId),
    ctx.ports.store.get<NominationDoc>(C.nominations, nominationId),
  ]);
  if (!round) throw new AppError('NOT_FOUND', '评选不存在');
  const now = ctx.now.toISOString();
  if (now < notice.opensAt) throw new AppError('WINDOW_CLOSED', '公示尚未开始，暂不受理异议');
  let late = false;
  if (now >= notice.closesAt || entry.status === 'left') {
    const accepted =
      round.config.objectionPolicy.lateObjectionsUntilConferral &&
      entry.status === 'listed' &&
      nomination !== null &&
      !isTerminal(nomination.status);
    if (!accepted) throw new AppError('WINDOW_CLOSED');
    late = true;
  }
  return { notice, nomination, nomineeName: entry.name, late, round };
}

function caseNumber(ctx: CallContext): string {
  const tail = ctx.ports.random
    .id()
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase();
  return `YY-${shanghaiYear(ctx.now)}-${tail}`;
}

type IdentityInput = { kind: 'person' | 'unit'; name: string; phone: string; contact?: string; sealStatement?: string };

function store(
  ctx: CallContext,
  t: Target,
  input: { facts: string; leads: string; objectorKind: ObjectionDoc['objectorKind'] },
  extra: {
    channel: ObjectionDoc['channel'];
    filerKey: string | null;
    evidenceFileIds: string[];
    contentCheck: ObjectionDoc['contentCheck'];
    identity: IdentityInput | null;
    openid: string | null;
    recordedBy: string | null;
  },
): Filed {
  const now = ctx.now.toISOString();
  const settings = objectionSettings();
  const id = ctx.ports.random.id();
  const caseNo = caseNumber(ctx);
  const doc: Omit<ObjectionDoc, 'version'> = {
    id,
    caseNo,
    noticeId: t.notice.id,
    nominationId: t.nomination?.id ?? '',
    roundId: t.notice.roundId,
    nomineeName: t.nomineeName,
    tier: t.notice.tier,
    orgId: t.notice.orgId,
    orgPathKey: t.notice.orgPathKey,
    channel: extra.channel,
    objectorKind: input.objectorKind,
    facts: input.facts,
    evidenceFileIds: extra.evidenceFileIds,
    late: t.late,
    contentCheck: extra.contentCheck,
    status: 'received',
    finding: null,
    filerKey: extra.filerKey,
    dueAt: new Date(ctx.now.getTime() + settings.dueDays * DAY_MS).toISOString(),
    identitySealedAt: null,
    identityEraseAt: null,
    identityErasedAt: null,
    createdAt: now,
    updatedAt: now,
    noticeTitle: t.notice.title,
    stageIndex: t.notice.stageIndex,
    orgName: t.notice.orgName,
    nomineeOrgPathKey: t.nomination?.orgPathKey ?? t.notice.orgPathKey,
    leads: input.leads,
    contentCheckAttempts: extra.contentCheck === 'pending' ? 1 : 0,
    contentRisky: false,
    assignee: null,
    assigneeId: null,
    assigneeGrantId: null,
    notes: [],
    verification: null,
    verificationOrgPathKey: null,
    reply: null,
    concludedAt: null,
    recordedBy: extra.recordedBy,
  };
  // Only the field names reach the audit chain, never the text.
  ctx.uow.insertAudited(C.objections, doc as ObjectionDoc, {
    action: extra.channel === 'online' ? 'objection.file' : 'objection.record',
    ...(t.late ? { reason: 'late' } : {}),
  });
  if (extra.identity) {
    const identity: Omit<ObjectorIdentityDoc, 'version'> = {
      id,
      kind: extra.identity.kind,
      name: extra.identity.name,
      phone: extra.identity.phone,
      ...(extra.identity.contact ? { contact: extra.identity.contact } : {}),
      ...(extra.identity.sealStatement ? { sealStatement: extra.identity.sealStatement } : {}),
      openid: extra.openid,
      erasedAt: null,
      sealedAt: null,
      readCount: 0,
    };
    ctx.uow.insertAudited(C.objectorIdentities, identity as ObjectorIdentityDoc, { action: 'objectorIdentity.create' });
  }
  const template = templateId('objectionConcluded');
  return {
    id,
    caseNo,
    late: t.late,
    contentCheck: extra.contentCheck,
    subscribeTemplateId: extra.channel === 'online' && isConfigured(template) ? template : null,
  };
}

function requireAnonymityAllowed(round: RoundDoc, kind: string): void {
  if (kind === 'anonymous' && !round.config.objectionPolicy.anonymousAllowed)
    throw new AppError('ANONYMOUS_NOT_ALLOWED');
}

async function verifiedPhone(ctx: CallContext, code: string): Promise<string> {
  let result: { phone: string } | null;
  try {
    result = await ctx.ports.phone.verify(code);
  } catch (e) {
    ctx.ports.logger.error('phone verification failed', {
      callId: ctx.callId,
      error: e instanceof Error ? e.message : String(e),
    });
    throw new AppError('PHONE_UNVERIFIED', '手机号验证暂时不可用，请稍后重试');
  }
  if (!result) {
    throw new AppError('PHONE_UNVERIFIED', undefined, {
      issues: [{ path: ['objector', 'phoneCode'], message: '手机号验证失败，请重新验证' }],
    });
  }
  return result.phone;
}

export async function file(ctx: CallContext, input: In<'file'>): Promise<Filed> {
  const openid = requireSignedIn(ctx.openid);
  const t = await targetOf(ctx, input.noticeId, input.nominationId);
  requireAnonymityAllowed(t.round, input.objector.kind);

  const settings = objectionSettings();
  const filerKey = filerKeyOf(openid);
  const today = await ctx.ports.store.count(C.objections, {
    filerKey,
    noticeId: input.noticeId,
    createdAt: { gte: shanghaiDayStart(ctx.now) },
  });
  if (today >= settings.dailyLimitPerNotice) {
    throw new AppError(
      'RATE_LIMITED',
      `对同一公示每人每天最多提出${settings.dailyLimitPerNotice}件异议，请明天再提交，或联系受理机构`,
    );
  }

  const evidence = input.evidenceFileIds ?? [];
  await checkEvidence(ctx, evidence);
  const o = input.objector;
  const identity: IdentityInput | null =
    o.kind === 'person'
      ? { kind: 'person', name: o.name, phone: await verifiedPhone(ctx, o.phoneCode) }
      : o.kind === 'unit'
        ? {
            kind: 'unit',
            name: o.name,
            contact: o.contact,
            sealStatement: o.sealStatement,
            phone: await verifiedPhone(ctx, o.phoneCode),
          }
        : null;
  const contentCheck = await checkContent(
    ctx,
    [input.facts, input.leads, o.kind === 'unit' ? `${o.name}\n${o.sealStatement}` : ''].join('\n'),
    settings.contentCheckTimeoutMs,
  );
  const evidenceFileIds = await attachEvidence(ctx, evidence);
  return store(
    ctx,
    t,
    { facts: input.facts, leads: input.leads, objectorKind: o.kind },
    { channel: 'online', filerKey, evidenceFileIds, contentCheck, identity, openid, recordedBy: null },
  );
}

/** A handling cadre enters an objection received by phone or letter (same window and policy). */
export async function record(ctx: CallContext, input: In<'record'>): Promise<Filed> {
  const openid = requireSignedIn(ctx.openid);
  const t = await targetOf(ctx, input.noticeId, input.nominationId);
  // Only the notice's organization or above handles its objections (checked on a probe doc).
  handlingGrant(ctx.grants, { orgPathKey: t.notice.orgPathKey } as ObjectionDoc);
  requireAnonymityAllowed(t.round, input.objector.kind);
  const evidence = input.evidenceFileIds ?? [];
  await checkEvidence(ctx, evidence);
  const o = input.objector;
  const identity: IdentityInput | null =
    o.kind === 'person'
      ? { kind: 'person', name: o.name, phone: o.phone }
      : o.kind === 'unit'
        ? { kind: 'unit', name: o.name, contact: o.contact, sealStatement: o.sealStatement, phone: o.phone }
        : null;
  // A cadre's transcript of a call or a letter is not public text: the content check (which
  // could refuse and so lose a letter) is for what the public submits.
  const contentCheck = 'pass' as const;
  const evidenceFileIds = await attachEvidence(ctx, evidence);
  return store(
    ctx,
    t,
    { facts: input.facts, leads: input.leads, objectorKind: o.kind },
    {
      channel: input.channel,
      filerKey: null,
      evidenceFileIds,
      contentCheck,
      identity,
      openid: null,
      recordedBy: openid,
    },
  );
}
