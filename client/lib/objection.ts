/** Objections on the client: routes and status chips (the result message's consent: lib/subscribe.ts). */
import {
  OBJECTION_FINDING_ZH,
  OBJECTION_STATUS_ZH,
  type OBJECTION_FINDINGS,
  type OBJECTION_STATUSES,
} from '../../shared/actions/objection.schema';
import type { ChipTone } from '../components/status-chip';

export const OBJECTION_ROUTES = {
  file: '/public/pages/objection/index',
  mine: '/public/pages/my-objections/index',
  case: '/public/pages/objection-case/index',
  cadreList: '/selection/pages/objections/index',
  cadreCase: '/selection/pages/objection/index',
} as const;

export function objectionFormUrl(noticeId: string, nominationId: string): string {
  return `${OBJECTION_ROUTES.file}?noticeId=${encodeURIComponent(noticeId)}&nominationId=${encodeURIComponent(nominationId)}`;
}
export function myCaseUrl(id: string): string {
  return `${OBJECTION_ROUTES.case}?id=${encodeURIComponent(id)}`;
}
export function cadreListUrl(grantId: string): string {
  return `${OBJECTION_ROUTES.cadreList}?grant=${encodeURIComponent(grantId)}`;
}
export function cadreCaseUrl(grantId: string, id: string): string {
  return `${OBJECTION_ROUTES.cadreCase}?grant=${encodeURIComponent(grantId)}&id=${encodeURIComponent(id)}`;
}

export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export type ObjectionFinding = (typeof OBJECTION_FINDINGS)[number];

export const OBJECTION_STATUS: Record<ObjectionStatus, { tone: ChipTone; text: string }> = {
  received: { tone: 'warn', text: OBJECTION_STATUS_ZH.received },
  verifying: { tone: 'draft', text: OBJECTION_STATUS_ZH.verifying },
  concluded: { tone: 'live', text: OBJECTION_STATUS_ZH.concluded },
};

export function findingZh(finding: ObjectionFinding | null): string {
  return finding ? OBJECTION_FINDING_ZH[finding] : '';
}
