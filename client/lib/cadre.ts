/** The cadre workspace: which of my grants act where, and the workspace's routes. Pure but for routing. */
import type { Capability } from '../../shared/grants';
import type { Me, PublicGrant } from '../api/identity';
import { ROUTES } from './routes';

export function cadreGrants(me: Me | null): PublicGrant[] {
  return me ? me.grants.filter((g) => g.role === 'cadre') : [];
}

export function grantsWith(me: Me | null, capability: Capability): PublicGrant[] {
  return cadreGrants(me).filter((g) => g.capabilities.includes(capability));
}

/** The grant named in the route when it carries `capability`, else my first that does. */
export function chooseGrant(me: Me | null, capability: Capability, grantId?: string): PublicGrant | null {
  const eligible = grantsWith(me, capability);
  return eligible.find((g) => g.id === grantId) ?? eligible[0] ?? null;
}

/** Only district cadres with 组织管理 change the tree (shared/policy.ts); others browse it. */
export function canEditOrgs(grant: PublicGrant): boolean {
  return grant.tier === 'district' && grant.capabilities.includes('org.manage');
}

export function cadreOrgsUrl(grantId: string): string {
  return `${ROUTES.cadreOrgs}?grant=${encodeURIComponent(grantId)}`;
}

export function cadreInviteUrl(grantId: string): string {
  return `${ROUTES.cadreInvite}?grant=${encodeURIComponent(grantId)}`;
}

/** The Promotion Month campaign is the district's (shared/policy.ts). */
export function canManageCampaign(grant: PublicGrant): boolean {
  return grant.tier === 'district' && grant.capabilities.includes('content.manage');
}

const withGrant = (route: string, grantId: string, extra = '') =>
  `${route}?grant=${encodeURIComponent(grantId)}${extra}`;

export function cadreStoriesUrl(grantId: string): string {
  return withGrant(ROUTES.cadreStories, grantId);
}

/** The editor for a story, or for a new one without `storyId`. */
export function storyEditUrl(grantId: string, storyId?: string): string {
  return withGrant(ROUTES.cadreStoryEdit, grantId, storyId ? `&id=${encodeURIComponent(storyId)}` : '');
}

export function cadreEventsUrl(grantId: string): string {
  return withGrant(ROUTES.cadreEvents, grantId);
}

export function cadreBasesUrl(grantId: string): string {
  return withGrant(ROUTES.cadreBases, grantId);
}

export function cadreCampaignUrl(grantId: string): string {
  return withGrant(ROUTES.cadreCampaign, grantId);
}

export const EXPIRY_CHOICES = [
  { value: '24', label: '24 小时' },
  { value: '72', label: '3 天' },
  { value: '168', label: '7 天' },
] as const;
