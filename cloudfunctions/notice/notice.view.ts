/**
 * What replies carry of a notice. Public replies list each nominee's public fields only, and only
 * the nominees still listed: a nominee who left the notice (returned, rejected, replaced,
 * withdrawn) is not shown, and a closed notice shows the final list without any objection outcome.
 */
import type { AdminNotice, NoticeCard, PublicEntry, PublicNotice } from '../../shared/actions/notice.schema';
import { formatPeriodZh, noticeStatus } from '../../shared/calendar/notice-period';
import type { NoticeRule } from '../../shared/selection/round';
import type { Ports } from '../_platform/ports';
import type { NoticeDoc, NoticeEntry } from './notice.records';

export function ruleZh(rule: NoticeRule): string {
  return `${rule.days}个${rule.kind === 'workingDays' ? '工作日' : '自然日'}`;
}

function publicEntry(e: NoticeEntry): PublicEntry {
  return {
    nominationId: e.nominationId,
    name: e.name,
    gender: e.gender,
    unitName: e.unitName,
    position: e.position,
    titleSought: e.titleSought,
    shortDeeds: e.shortDeeds,
  };
}

export function presentCard(doc: NoticeDoc, now: Date): NoticeCard {
  return {
    id: doc.id,
    title: doc.title,
    tier: doc.tier,
    orgId: doc.orgId,
    orgName: doc.orgName,
    roundName: doc.roundName,
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    firstDay: doc.firstDay,
    lastDay: doc.lastDay,
    periodZh: formatPeriodZh(doc),
    status: noticeStatus(doc, now),
    nomineeCount: doc.entries.filter((e) => e.status === 'listed').length,
  };
}

export function presentPublic(ports: Pick<Ports, 'files'>, doc: NoticeDoc, now: Date): PublicNotice {
  return {
    ...presentCard(doc, now),
    rule: { kind: doc.rule.kind, days: doc.rule.days },
    ruleZh: ruleZh(doc.rule),
    days: doc.days,
    office: {
      name: doc.office.name,
      phone: doc.office.phone,
      address: doc.office.address,
      ...(doc.office.email ? { email: doc.office.email } : {}),
    },
    entries: doc.entries.filter((e) => e.status === 'listed').map(publicEntry),
    codeUrl: doc.codeFileId ? ports.files.urlOf(doc.codeFileId) : null,
    lateObjections: doc.lateObjections === true && noticeStatus(doc, now) === 'closed',
  };
}

export function presentAdmin(ports: Pick<Ports, 'files'>, doc: NoticeDoc, now: Date): AdminNotice {
  return {
    ...presentPublic(ports, doc, now),
    version: doc.version,
    roundId: doc.roundId,
    stageIndex: doc.stageIndex,
    periodSource: doc.periodSource,
    entries: doc.entries.map((e) => ({ ...publicEntry(e), status: e.status, statement: e.statement })),
    posting: doc.posting
      ? {
          postedOn: doc.posting.postedOn,
          removedOn: doc.posting.removedOn,
          place: doc.posting.place,
          photoFileIds: doc.posting.photoFileIds,
          photoUrls: doc.posting.photoFileIds.map((id) => ports.files.urlOf(id)),
          recordedAt: doc.posting.recordedAt,
        }
      : null,
    settledAt: doc.settledAt,
    createdAt: doc.createdAt,
  };
}
