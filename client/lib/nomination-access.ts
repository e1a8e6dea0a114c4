/**
 * Who works on nominations, and the nomination pages' routes. Types only from shared: the main
 * package (我的) reads these without bundling the nomination schemas.
 */
import type { Me, PublicGrant } from '../api/identity';

export const NOMINATION_ROUTES = {
  list: '/selection/pages/nominations/index',
  detail: '/selection/pages/nomination/index',
  edit: '/selection/pages/nomination-edit/index',
  todo: '/selection/pages/todo/index',
  rounds: '/selection/pages/rounds/index',
  noticeOpen: '/selection/pages/notice-open/index',
  slate: '/selection/pages/slate/index',
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
