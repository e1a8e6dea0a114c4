/** The slate's pure rules: where a tier goes up, composition counts in integers, the quota. */
import { DEFAULT_STAGES, defaultStages, type Quota } from './round';
import { evaluateComposition, overrideCovers, ruleKey, sendingTier, wouldExceedQuota } from './slate';

describe('sendingTier', () => {
  it('is the lower tier on a move into a higher tier’s stage, the district on its final act, nothing else', () => {
    const s = DEFAULT_STAGES;
    expect(sendingTier(s, 2, 3, false)).toBe('grassroots'); // unit Party consent → preliminary review
    expect(sendingTier(s, 5, 6, false)).toBe('middle'); // middle Party consent → consultation
    expect(sendingTier(s, 5, 7, false)).toBe('middle'); // … when the consultation completes on arrival
    expect(sendingTier(s, 10, 10, true)).toBe('district'); // the conferral
    expect(sendingTier(defaultStages('city'), 10, 10, true)).toBe('district'); // the submission upward
    expect(sendingTier(s, 3, 4, false)).toBeNull(); // within the middle tier
    expect(sendingTier(s, 7, 5, false)).toBeNull(); // a return goes down
    expect(sendingTier(s, 0, 1, false)).toBeNull();
  });
});

describe('evaluateComposition', () => {
  it('counts overlapping flags, shares in integers (0.3 × 10 is 3), minima and maxima', () => {
    const ten = [...Array(3).fill(['woman', 'frontLineWorker']), ...Array(7).fill(['technicalStaff'])];
    const [woman, heads, front] = evaluateComposition(
      [
        { flag: 'woman', measure: 'share', min: 0.3 },
        { flag: 'enterpriseHead', measure: 'share', max: 0.1 },
        { flag: 'frontLineWorker', measure: 'count', min: 4 },
      ],
      ten,
    );
    expect(woman).toMatchObject({
      count: 3,
      total: 10,
      minCount: 3,
      met: true,
      summaryZh: '女性不少于30%（现为 3/10）',
    });
    expect(heads).toMatchObject({ count: 0, maxCount: 1, met: true });
    expect(front).toMatchObject({ count: 3, minCount: 4, met: false, summaryZh: '一线职工不少于4人（现为 3/10）' });
  });

  it('an empty slate meets share rules, not a head-count minimum', () => {
    const [share, count] = evaluateComposition(
      [
        { flag: 'woman', measure: 'share', min: 0.5 },
        { flag: 'woman', measure: 'count', min: 1 },
      ],
      [],
    );
    expect(share!.met).toBe(true);
    expect(count!.met).toBe(false);
  });
});

describe('quota and override', () => {
  const quota: Quota = { orgId: 'o', seats: 2, allowMoreCandidates: false };
  it('blocks the one past the seats, unless more candidates than seats are allowed', () => {
    expect(wouldExceedQuota(quota, 1)).toBe(false);
    expect(wouldExceedQuota(quota, 2)).toBe(true);
    expect(wouldExceedQuota({ ...quota, allowMoreCandidates: true }, 5)).toBe(false);
    expect(wouldExceedQuota(undefined, 100)).toBe(false);
  });
  it('an override covers the rules it names only', () => {
    const rule = { flag: 'woman', measure: 'share', min: 0.3 } as const;
    const [unmet] = evaluateComposition([rule], [[]]);
    expect(ruleKey(rule)).toBe('woman:share:0.3:');
    expect(overrideCovers(null, [unmet!])).toBe(false);
    expect(overrideCovers(['woman:share:0.3:'], [unmet!])).toBe(true);
    expect(overrideCovers(['woman:share:0.4:'], [unmet!])).toBe(false);
    expect(overrideCovers(null, [])).toBe(true);
  });
});
