/**
 * The authorization policy table: for every action, who may call it, at which tiers and with
 * which capability. The entry applies it before any service runs; services then check the
 * organization subtree of the record they touch against the grants the rule selected.
 * Tested as a matrix in `policy.test.ts`.
 */
import type { ActionKey } from './api';
import type { Capability, Grant, Role } from './grants';
import type { Tier } from './org';

export type PolicyRule =
  /** Anyone, even without an identity (public reading). */
  | { who: 'anyone' }
  /** Any caller with a platform identity (every WeChat user has one). */
  | { who: 'signedIn' }
  /** Holders of a grant with one of these roles (and tiers, and the capability). */
  | { who: 'grant'; roles: readonly Role[]; tiers?: readonly Tier[]; capability?: Capability };

const CONTENT_MANAGERS: PolicyRule = { who: 'grant', roles: ['cadre'], capability: 'content.manage' };
/** The campaign is the district's. */
const DISTRICT_CONTENT_MANAGERS: PolicyRule = {
  who: 'grant',
  roles: ['cadre'],
  tiers: ['district'],
  capability: 'content.manage',
};

export const POLICY: Record<ActionKey, PolicyRule> = {
  'identity.me': { who: 'anyone' },
  'identity.redeemInvitation': { who: 'signedIn' },
  'identity.redeemSetupCode': { who: 'signedIn' },
  'identity.createInvitation': { who: 'grant', roles: ['cadre'], capability: 'grant.invite' },
  'identity.listGrants': { who: 'grant', roles: ['cadre'], capability: 'grant.invite' },
  'identity.revokeGrant': { who: 'grant', roles: ['cadre'], capability: 'grant.invite' },
  'org.children': { who: 'anyone' },
  'org.get': { who: 'anyone' },
  'org.addOrg': { who: 'grant', roles: ['cadre'], tiers: ['district'], capability: 'org.manage' },
  'org.renameOrg': { who: 'grant', roles: ['cadre'], tiers: ['district'], capability: 'org.manage' },
  'org.mergeOrg': { who: 'grant', roles: ['cadre'], tiers: ['district'], capability: 'org.manage' },
  'org.retireOrg': { who: 'grant', roles: ['cadre'], tiers: ['district'], capability: 'org.manage' },
  'org.importOrgs': { who: 'grant', roles: ['cadre'], tiers: ['district'], capability: 'org.manage' },
  'content.home': { who: 'anyone' },
  'content.listStories': { who: 'anyone' },
  'content.getStory': { who: 'anyone' },
  'content.likeStory': { who: 'signedIn' },
  'content.listEvents': { who: 'anyone' },
  'content.getEvent': { who: 'anyone' },
  'content.signUp': { who: 'signedIn' },
  'content.cancelSignUp': { who: 'signedIn' },
  'content.checkIn': { who: 'signedIn' },
  'content.listBases': { who: 'anyone' },
  'content.getBase': { who: 'anyone' },
  'content.mySignups': { who: 'signedIn' },
  'promotion.listManagedStories': CONTENT_MANAGERS,
  'promotion.getManagedStory': CONTENT_MANAGERS,
  'promotion.saveStory': CONTENT_MANAGERS,
  'promotion.publishStory': CONTENT_MANAGERS,
  'promotion.unpublishStory': CONTENT_MANAGERS,
  'promotion.unpublishStoriesOfPerson': CONTENT_MANAGERS,
  'promotion.saveCampaign': DISTRICT_CONTENT_MANAGERS,
  'promotion.publishCampaign': DISTRICT_CONTENT_MANAGERS,
  'promotion.saveEvent': CONTENT_MANAGERS,
  'promotion.publishEvent': CONTENT_MANAGERS,
  'promotion.cancelEvent': CONTENT_MANAGERS,
  'promotion.saveBase': CONTENT_MANAGERS,
};

export type PolicyDecision =
  { allowed: true; grants: Grant[] } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' };

/** Decides a call from the rule and the caller's active grants. */
export function decide(rule: PolicyRule, openid: string | null, grants: readonly Grant[]): PolicyDecision {
  if (rule.who === 'anyone') return { allowed: true, grants: [...grants] };
  if (!openid) return { allowed: false, code: 'UNAUTHENTICATED' };
  if (rule.who === 'signedIn') return { allowed: true, grants: [...grants] };
  const matching = grants.filter(
    (g) =>
      rule.roles.includes(g.role) &&
      (!rule.tiers || rule.tiers.includes(g.tier)) &&
      (!rule.capability || g.capabilities.includes(rule.capability)),
  );
  return matching.length > 0 ? { allowed: true, grants: matching } : { allowed: false, code: 'FORBIDDEN' };
}

/** Does the policy need the caller's grants loaded? (Saves a read on public actions.) */
export function needsGrants(rule: PolicyRule): boolean {
  return rule.who === 'grant';
}
