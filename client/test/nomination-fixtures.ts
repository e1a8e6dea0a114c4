/** Nomination test data shaped by the shared schemas (rounds, files, rows, grants). */
import type { NominationRow, NominationView, RoundView } from '../api/nomination';
import { defaultRoundConfig } from '../../shared/selection/round';
import { ok } from './fixtures';

export function grant(id: string, tier: 'district' | 'middle' | 'grassroots', extra: Record<string, unknown> = {}) {
  const org = {
    district: ['district', '/district/', '示范区总工会'],
    middle: ['sub-east', '/district/sub-east/', '东湖街道总工会'],
    grassroots: ['unit-bus', '/district/sub-east/unit-bus/', '东湖公交客运公司工会'],
  }[tier];
  return {
    id,
    role: 'cadre',
    orgId: org[0],
    orgPathKey: org[1],
    orgName: org[2],
    tier,
    capabilities: ['nomination.review'],
    grantedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

export const meWith = (...grants: Record<string, unknown>[]) => ok({ signedIn: true, displayName: '干部', grants });

export function round(over: Partial<RoundView> = {}): RoundView {
  return {
    id: 'round-2026',
    version: 2,
    status: 'open',
    config: defaultRoundConfig({
      name: '2026年度区劳动模范评选',
      year: 2026,
      targetLevel: 'district',
      titles: [{ name: '区劳动模范', kind: 'modelWorker' }],
    }),
    frozenAt: null,
    amendments: [],
    createdAt: '2026-03-01T00:00:00Z',
    openedAt: '2026-03-02T00:00:00Z',
    ...over,
  };
}

export function row(n: number, over: Partial<NominationRow> = {}): NominationRow {
  return {
    id: `nom-${n}`,
    version: 1,
    roundId: 'round-2026',
    name: `李${n}`,
    orgId: 'unit-bus',
    orgName: '东湖公交客运公司工会',
    titleSought: '区劳动模范',
    flags: ['frontLineWorker'],
    state: { stageIndex: 1, status: 'inNotice' },
    stage: { index: 1, kind: 'notice', tier: 'grassroots' },
    deadlineAt: '2026-10-13T10:00:00.000Z',
    updatedAt: '2026-10-08T00:00:00.000Z',
    ...over,
  };
}

export function file(over: Partial<NominationView> = {}): NominationView {
  return {
    id: 'nom-1',
    version: 4,
    roundId: 'round-2026',
    orgId: 'unit-bus',
    orgName: '东湖公交客运公司工会',
    state: { stageIndex: 0, status: 'draft' },
    stage: { index: 0, kind: 'democraticRecommendation', tier: 'grassroots' },
    form: {
      name: '李师傅',
      gender: 'male',
      unitName: '东湖公交客运公司',
      titleSought: '区劳动模范',
      shortDeeds: '安全行车三十年。',
      flags: ['frontLineWorker'],
    },
    idNumberMasked: '110***********1234',
    recommendation: null,
    partyConsents: [],
    notices: [],
    consultation: null,
    inspection: null,
    determination: null,
    conferral: null,
    submission: null,
    replaces: null,
    replacedBy: null,
    holdsSeat: true,
    deadlineAt: null,
    createdAt: '2026-09-01T00:00:00Z',
    updatedAt: '2026-09-02T00:00:00Z',
    fileUrls: {},
    availableEvents: ['saveDraft', 'submit', 'replace', 'withdraw'],
    ...over,
  };
}
