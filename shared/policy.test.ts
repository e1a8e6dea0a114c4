/**
 * The policy table as a matrix: every action × every kind of caller. A change to who may do what
 * shows up here as a one-character diff.
 */
import type { Grant } from './grants';
import { CAPABILITIES } from './grants';
import { decide, POLICY } from './policy';

const grant = (role: Grant['role'], tier: Grant['tier'], capabilities: Grant['capabilities'] = []): Grant => ({
  id: `g-${role}-${tier}`,
  role,
  tier,
  capabilities,
  orgId: 'o',
  orgPathKey: '/o/',
  orgName: 'o',
  grantedBy: 'x',
  grantedAt: '2026-01-01T00:00:00.000Z',
});

/** Columns: anonymous, public, grassroots cadre, middle cadre, district cadre, reviewer, model worker. */
const CALLERS: [string | null, Grant[]][] = [
  [null, []],
  ['public', []],
  ['grassroots', [grant('cadre', 'grassroots', ['nomination.review', 'records.manage'])]],
  ['middle', [grant('cadre', 'middle', ['grant.invite', 'nomination.review', 'content.manage', 'records.manage'])]],
  ['district', [grant('cadre', 'district', [...CAPABILITIES])]],
  ['reviewer', [grant('departmentReviewer', 'district')]],
  ['worker', [grant('modelWorker', 'grassroots')]],
];

// Y = allowed, U = UNAUTHENTICATED, F = FORBIDDEN.
const EXPECTED: Record<keyof typeof POLICY, string> = {
  'identity.me': 'YYYYYYY',
  'identity.redeemInvitation': 'UYYYYYY',
  'identity.redeemSetupCode': 'UYYYYYY',
  'identity.createInvitation': 'UFFYYFF',
  'identity.listGrants': 'UFFYYFF',
  'identity.revokeGrant': 'UFFYYFF',
  'org.children': 'YYYYYYY',
  'org.get': 'YYYYYYY',
  'org.addOrg': 'UFFFYFF',
  'org.renameOrg': 'UFFFYFF',
  'org.mergeOrg': 'UFFFYFF',
  'org.retireOrg': 'UFFFYFF',
  'org.importOrgs': 'UFFFYFF',
  'content.home': 'YYYYYYY',
  'content.listStories': 'YYYYYYY',
  'content.getStory': 'YYYYYYY',
  'content.likeStory': 'UYYYYYY',
  'content.listEvents': 'YYYYYYY',
  'content.getEvent': 'YYYYYYY',
  'content.signUp': 'UYYYYYY',
  'content.cancelSignUp': 'UYYYYYY',
  'content.checkIn': 'UYYYYYY',
  'content.listBases': 'YYYYYYY',
  'content.getBase': 'YYYYYYY',
  'content.mySignups': 'UYYYYYY',
  'promotion.listManagedStories': 'UFFYYFF',
  'promotion.getManagedStory': 'UFFYYFF',
  'promotion.saveStory': 'UFFYYFF',
  'promotion.publishStory': 'UFFYYFF',
  'promotion.unpublishStory': 'UFFYYFF',
  'promotion.unpublishStoriesOfPerson': 'UFFYYFF',
  'promotion.saveCampaign': 'UFFFYFF',
  'promotion.publishCampaign': 'UFFFYFF',
  'promotion.unpublishCampaign': 'UFFFYFF',
  'promotion.listCampaigns': 'UFFFYFF',
  'promotion.listManagedEvents': 'UFFYYFF',
  'promotion.saveEvent': 'UFFYYFF',
  'promotion.publishEvent': 'UFFYYFF',
  'promotion.cancelEvent': 'UFFYYFF',
  'promotion.saveBase': 'UFFYYFF',
  'promotion.listManagedBases': 'UFFYYFF',
  'promotion.publishBase': 'UFFYYFF',
  'promotion.unpublishBase': 'UFFYYFF',
  'promotion.listLeaderCandidates': 'UFFYYFF',
  'nomination.createRound': 'UFFFYFF',
  'nomination.openRound': 'UFFFYFF',
  'nomination.getRound': 'UFYYYYF',
  'nomination.listRounds': 'UFYYYYF',
  'nomination.amendRound': 'UFFFYFF',
  'nomination.listReviewerDepartments': 'UFFFYFF',
  'nomination.saveDraft': 'UFYYYFF',
  'nomination.recordRecommendation': 'UFYYYFF',
  'nomination.submit': 'UFYYYFF',
  'nomination.review': 'UFYYYFF',
  'nomination.recordConsent': 'UFYYYFF',
  'nomination.closeNotice': 'UFYYYFF',
  'nomination.signConsultation': 'UFFFFYF',
  'nomination.recordInspection': 'UFFFYFF',
  'nomination.recordDetermination': 'UFFFYFF',
  'nomination.confer': 'UFFFYFF',
  'nomination.submitUpward': 'UFFFYFF',
  'nomination.replace': 'UFYYYFF',
  'nomination.withdraw': 'UFYYYFF',
  'nomination.listNominations': 'UFYYYFF',
  'nomination.getNomination': 'UFYYYYF',
  'nomination.todo': 'UFYYYYF',
  'notice.listOpen': 'YYYYYYY',
  'notice.listByOrg': 'YYYYYYY',
  'notice.getNotice': 'YYYYYYY',
  'notice.prepareNotice': 'UFYYYFF',
  'notice.openNotice': 'UFYYYFF',
  'notice.myNotices': 'UFYYYFF',
  'notice.recordPosting': 'UFYYYFF',
  'notice.listCalendarOverrides': 'UFYYYFF',
  'notice.saveCalendarOverride': 'UFFFYFF',
  'feedback.send': 'UYYYYYY',
  'feedback.mine': 'UYYYYYY',
  'feedback.withdraw': 'UYYYYYY',
  'feedback.erase': 'UYYYYYY',
  'feedback.list': 'UFYYYFF',
  'feedback.assignees': 'UFYYYFF',
  'feedback.assign': 'UFYYYFF',
  'feedback.reply': 'UFYYYFF',
  'feedback.close': 'UFYYYFF',
  'nomination.getSlate': 'UFYYYFF',
  'nomination.overrideSlate': 'UFYYYFF',
  'nomination.exportSlate': 'UFYYYFF',
  'nomination.exportReport': 'UFYYYFF',
  'nomination.exportForm': 'UFYYYFF',
  'objection.file': 'UYYYYYY',
  'objection.record': 'UFYYYFF',
  'objection.mine': 'UYYYYYY',
  'objection.getMine': 'UYYYYYY',
  'objection.eraseMine': 'UYYYYYY',
  'objection.listCases': 'UFYYYFF',
  'objection.getCase': 'UFYYYFF',
  'objection.assign': 'UFYYYFF',
  'objection.addNote': 'UFYYYFF',
  'objection.handDown': 'UFYYYFF',
  'objection.reportVerification': 'UFYYYFF',
  'objection.conclude': 'UFYYYFF',
  'objection.readIdentity': 'UFYYYFF',
  'objection.unseal': 'UFFFYFF',
  'objection.todo': 'UFYYYFF',
};

describe('the policy matrix', () => {
  it.each(Object.keys(POLICY) as (keyof typeof POLICY)[])('%s', (action) => {
    const row = CALLERS.map(([openid, grants]) => {
      const d = decide(POLICY[action], openid, grants);
      return d.allowed ? 'Y' : d.code === 'UNAUTHENTICATED' ? 'U' : 'F';
    }).join('');
    expect(row).toBe(EXPECTED[action]);
  });

  it('a cadre without the nomination capability does not work on nominations', () => {
    const contentOnly = [grant('cadre', 'middle', ['content.manage'])];
    expect(decide(POLICY['nomination.listNominations'], 'x', contentOnly)).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
    });
    expect(decide(POLICY['nomination.getNomination'], 'x', contentOnly)).toEqual({ allowed: false, code: 'FORBIDDEN' });
  });

  it('an anyOf rule passes on the grants matching any of its rules, and only those', () => {
    const three = [
      grant('departmentReviewer', 'district'),
      grant('cadre', 'middle', ['content.manage']),
      grant('cadre', 'grassroots', ['nomination.review']),
    ];
    const d = decide(POLICY['nomination.todo'], 'x', three);
    expect(d.allowed && d.grants.map((g) => `${g.role}@${g.tier}`)).toEqual([
      'departmentReviewer@district',
      'cadre@grassroots',
    ]);
  });

  it('passes on only the grants that satisfy the rule', () => {
    const both = [grant('cadre', 'district', ['org.manage']), grant('modelWorker', 'grassroots')];
    const d = decide(POLICY['org.addOrg'], 'x', both);
    expect(d.allowed && d.grants.map((g) => g.role)).toEqual(['cadre']);
  });
});
