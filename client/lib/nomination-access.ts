/**
 * Who works on nominations, and the nomination pages' routes. Types only from shared: the main
 * package (我的) reads these without bundling the nomination schemas.
 */
import type { Me, PublicGrant } from '../api/identity';

export const NOMINATION_ROUTES = {
  list: '/cadre/pages/nominations/index',
  detail: '/cadre/pages/nomination/index',
  edit: '/cadre/pages/nomination-edit/index',
  todo: '/cadre/pages/todo/index',
  rounds: '/cadre/pages/rounds/index',
  noticeOpen: '/cadre/pages/notice-open/index',
  slate: '/cadre/pages/slate/index',
} as const;

/** Cadres who work on nominations (any tier). */
export function nominationCadreGrants(me: Me | null): PublicGrant[] {
  return me ? me.grants.filter((g) => g.role === 'cadre' && g.capabilities.includes('nomination.review')) : [];
}

export function departmentReviewerGrants(me: Me | null): PublicGrant[] {
  return me ? me.grants.filter((g) => g.role === 'departmentReviewer') : [];
}

/** Reads nominations and has a 待办: nomination cadres and department reviewers. */
export function canReadNominations(me: Me | null): boolean {
  return nominationCadreGrants(me).length > 0 || departmentReviewerGrants(me).length > 0;
}

/** The district's selection office: creates, opens and amends rounds. */
export function districtNominationGrant(me: Me | null): PublicGrant | null {
  return nominationCadreGrants(me).find((g) => g.tier === 'district') ?? null;
}
