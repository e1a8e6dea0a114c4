/**
 * The authorization policy table: for every action, who may call it, at which tiers and with
 * which capability. The entry applies it before any service runs; services then check the
 * organization subtree of the record they touch against the grants the rule selected.
 * Tested as a matrix in `policy.test.ts`.
 */
import type { ActionKey } from './api';
import type { Capability, Grant, Role } from './grants';
import type { Tier } from './org';

/** Holders of a grant with one of these roles (and tiers, and the capability). */
export type GrantRule = { who: 'grant'; roles: readonly Role[]; tiers?: readonly Tier[]; capability?: Capability };

export type PolicyRule =
  /** Anyone, even without an identity (public reading). */
  | { who: 'anyone' }
  /** Any caller with a platform identity (every WeChat user has one). */
  | { who: 'signedIn' }
  | GrantRule
  /** Holders of a grant satisfying any of these rules (e.g. cadres with a capability, or reviewers). */
  | { who: 'anyOf'; rules: readonly GrantRule[] };

const CONTENT_MANAGERS: PolicyRule = { who: 'grant', roles: ['cadre'], capability: 'content.manage' };
/** The campaign is the district's. */
const DISTRICT_CONTENT_MANAGERS: PolicyRule = {
  who: 'grant',
  roles: ['cadre'],
  tiers: ['district'],
  capability: 'content.manage',
};

/** Cadres who work on nominations, at any tier: the workflow then checks the stage's tier. */
const NOMINATION_CADRES: GrantRule = { who: 'grant', roles: ['cadre'], capability: 'nomination.review' };
/** The district's selection office (评选办): rounds, inspection, determination, conferral. */
const DISTRICT_NOMINATION_CADRES: GrantRule = {
  who: 'grant',
  roles: ['cadre'],
  tiers: ['district'],
  capability: 'nomination.review',
};
const DEPARTMENT_REVIEWERS: GrantRule = { who: 'grant', roles: ['departmentReviewer'] };
/** Reading a round or a nomination: cadres, and department reviewers (their consultations only). */
const NOMINATION_READERS: PolicyRule = { who: 'anyOf', rules: [NOMINATION_CADRES, DEPARTMENT_REVIEWERS] };
/**
 * Feedback and leads: cadres with 内容管理 handle feedback, cadres with 档案管理 handle leads (the
 * outstanding-employee pool); the service checks the item's kind and the subtree.
 */
const FEEDBACK_HANDLERS: PolicyRule = {
  who: 'anyOf',
  rules: [
    { who: 'grant', roles: ['cadre'], capability: 'content.manage' },
    { who: 'grant', roles: ['cadre'], capability: 'records.manage' },
  ],
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
  'promotion.unpublishCampaign': DISTRICT_CONTENT_MANAGERS,
  'promotion.listCampaigns': DISTRICT_CONTENT_MANAGERS,
  'promotion.listManagedEvents': CONTENT_MANAGERS,
  'promotion.saveEvent': CONTENT_MANAGERS,
  'promotion.publishEvent': CONTENT_MANAGERS,
  'promotion.cancelEvent': CONTENT_MANAGERS,
  'promotion.saveBase': CONTENT_MANAGERS,
  'promotion.listManagedBases': CONTENT_MANAGERS,
  'promotion.publishBase': CONTENT_MANAGERS,
  'promotion.unpublishBase': CONTENT_MANAGERS,
  'promotion.listLeaderCandidates': CONTENT_MANAGERS,
  'nomination.createRound': DISTRICT_NOMINATION_CADRES,
  'nomination.openRound': DISTRICT_NOMINATION_CADRES,
  'nomination.getRound': NOMINATION_READERS,
  'nomination.listRounds': NOMINATION_READERS,
  'nomination.amendRound': DISTRICT_NOMINATION_CADRES,
  'nomination.listReviewerDepartments': DISTRICT_NOMINATION_CADRES,
  'nomination.saveDraft': NOMINATION_CADRES,
  'nomination.recordRecommendation': NOMINATION_CADRES,
  'nomination.submit': NOMINATION_CADRES,
  'nomination.review': NOMINATION_CADRES,
  'nomination.recordConsent': NOMINATION_CADRES,
  'nomination.closeNotice': NOMINATION_CADRES,
  'nomination.signConsultation': DEPARTMENT_REVIEWERS,
  'nomination.recordInspection': DISTRICT_NOMINATION_CADRES,
  'nomination.recordDetermination': DISTRICT_NOMINATION_CADRES,
  'nomination.confer': DISTRICT_NOMINATION_CADRES,
  'nomination.submitUpward': DISTRICT_NOMINATION_CADRES,
  'nomination.replace': NOMINATION_CADRES,
  'nomination.withdraw': NOMINATION_CADRES,
  'nomination.listNominations': NOMINATION_CADRES,
  'nomination.getNomination': NOMINATION_READERS,
  'nomination.todo': NOMINATION_READERS,
  // Public notices: anyone reads; cadres of the stage's tier open them (the service checks tier and
  // subtree); the district's selection office enters calendar overrides.
  'notice.listOpen': { who: 'anyone' },
  'notice.listByOrg': { who: 'anyone' },
  'notice.getNotice': { who: 'anyone' },
  'notice.prepareNotice': NOMINATION_CADRES,
  'notice.openNotice': NOMINATION_CADRES,
  'notice.myNotices': NOMINATION_CADRES,
  'notice.recordPosting': NOMINATION_CADRES,
  'notice.listCalendarOverrides': NOMINATION_CADRES,
  'notice.saveCalendarOverride': DISTRICT_NOMINATION_CADRES,
  'feedback.send': { who: 'signedIn' },
  'feedback.mine': { who: 'signedIn' },
  'feedback.withdraw': { who: 'signedIn' },
  'feedback.erase': { who: 'signedIn' },
  'feedback.list': FEEDBACK_HANDLERS,
  'feedback.assignees': FEEDBACK_HANDLERS,
  'feedback.assign': FEEDBACK_HANDLERS,
  'feedback.reply': FEEDBACK_HANDLERS,
  'feedback.close': FEEDBACK_HANDLERS,
  'nomination.getSlate': NOMINATION_CADRES,
  'nomination.overrideSlate': NOMINATION_CADRES,
  'nomination.exportSlate': NOMINATION_CADRES,
  'nomination.exportReport': NOMINATION_CADRES,
  'nomination.exportForm': NOMINATION_CADRES,
  // Objections: the service decides handling (the notice's organization or above), verifying or redacted.
  'objection.file': { who: 'signedIn' },
  'objection.record': NOMINATION_CADRES,
  'objection.mine': { who: 'signedIn' },
  'objection.getMine': { who: 'signedIn' },
  'objection.eraseMine': { who: 'signedIn' },
  'objection.listCases': NOMINATION_CADRES,
  'objection.getCase': NOMINATION_CADRES,
  'objection.assign': NOMINATION_CADRES,
  'objection.addNote': NOMINATION_CADRES,
  'objection.handDown': NOMINATION_CADRES,
  'objection.reportVerification': NOMINATION_CADRES,
  'objection.conclude': NOMINATION_CADRES,
  'objection.readIdentity': NOMINATION_CADRES,
  'objection.unseal': { who: 'grant', roles: ['cadre'], capability: 'objection.unseal' },
  'objection.todo': NOMINATION_CADRES,
};

export type PolicyDecision =
  { allowed: true; grants: Grant[] } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' };

/** Decides a call from the rule and the caller's active grants. */
export function decide(rule: PolicyRule, openid: string | null, grants: readonly Grant[]): PolicyDecision {
  if (rule.who === 'anyone') return { allowed: true, grants: [...grants] };
  if (!openid) return { allowed: false, code: 'UNAUTHENTICATED' };
  if (rule.who === 'signedIn') return { allowed: true, grants: [...grants] };
  const rules = rule.who === 'anyOf' ? rule.rules : [rule];
  const matching = grants.filter((g) => rules.some((r) => satisfies(r, g)));
  return matching.length > 0 ? { allowed: true, grants: matching } : { allowed: false, code: 'FORBIDDEN' };
}

function satisfies(rule: GrantRule, g: Grant): boolean {
  return (
    rule.roles.includes(g.role) &&
    (!rule.tiers || rule.tiers.includes(g.tier)) &&
    (!rule.capability || g.capabilities.includes(rule.capability))
  );
}

/** Does the policy need the caller's grants loaded? (Saves a read on public actions.) */
export function needsGrants(rule: PolicyRule): boolean {
  return rule.who === 'grant' || rule.who === 'anyOf';
}
