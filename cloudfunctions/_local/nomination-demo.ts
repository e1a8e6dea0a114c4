/**
 * Demo selection data (all invented): the round 2027年区级劳动模范评选, open, and two nominations of
 * 东湖街道 units at different stages. The tests use the same round and forms.
 */
import type { NominationForm } from '../../shared/actions/nomination.schema';
import { computeNoticePeriod, chineseDaysCalendar } from '../../shared/calendar/notice-period';
import { maskIdNumber } from '../../shared/selection/id-number';
import { defaultRoundConfig, type SelectionRoundConfig } from '../../shared/selection/round';
import { C } from '../_platform/collections';
import type { Ports } from '../_platform/ports';
import type { UnitOfWork } from '../_platform/unit-of-work';
import type { NominationDoc, NoticeRecord, RoundDoc } from '../nomination/nomination.records';
import { planPeriod } from '../notice/notice.calendar';
import { NOTICE_PAGE } from '../notice/notice.open';
import type { NoticeDoc } from '../notice/notice.records';

export const DEMO_ROUND_ID = 'round-2027';
export const DEMO_TITLE = '示范区劳动模范';

/**
 * The department names must be those of the reviewers' grants: the demo reviewer persona is
 * 区市场监管局, the only department an enterprise head needs in this demo round.
 */
export function demoRoundConfig(): SelectionRoundConfig {
  const config = defaultRoundConfig({
    name: '2027年区级劳动模范评选',
    year: 2027,
    targetLevel: 'district',
    titles: [
      { name: DEMO_TITLE, kind: 'modelWorker' },
      { name: '示范区先进工作者', kind: 'advancedWorker' },
    ],
    quotas: [
      { orgId: 'sub-east', seats: 3, allowMoreCandidates: false },
      { orgId: 'sub-west', seats: 2, allowMoreCandidates: false },
    ],
  });
  return {
    ...config,
    compositionRules: [{ flag: 'frontLineWorker', measure: 'share', min: 0.4 }],
    consultationDepartments: {
      enterpriseHead: ['区市场监管局'],
      stateEnterpriseHead: ['区审计局', '区纪委监委'],
      privateEnterpriseHead: ['区委统战部', '区工商联'],
      leadingCadre: ['区纪委监委', '区委组织部'],
    },
  };
}

/** Invented ID numbers with valid check characters (GB 11643). */
export const DEMO_ID_NUMBERS = {
  a: '110105198503120020',
  b: '110101199001011237',
  c: '110105197806050045',
} as const;

/** A complete form for a nominee born on the date their ID number carries. */
export function demoForm(over: Partial<NominationForm> = {}): NominationForm {
  return {
    name: '赵红梅',
    gender: 'female',
    ethnicity: '汉族',
    birthDate: '1985-03-12',
    politicalStatus: 'cpcMember',
    education: 'associate',
    unitName: '东湖公交客运公司',
    position: '公交驾驶员、线路队长',
    professionalTitle: '高级工',
    flags: ['frontLineWorker', 'woman'],
    consultationCategories: [],
    industry: '交通运输',
    priorHonors: [{ title: '东湖街道优秀职工', level: 'other', year: 2024, issuer: '东湖街道总工会' }],
    titleSought: DEMO_TITLE,
    shortDeeds: '扎根公交一线十八年，安全行车八十万公里零事故，带领线路队创建“红梅服务岗”。',
    longDeeds:
      '赵红梅同志扎根公交一线十八年，安全行车八十万公里零事故。她总结“平稳起步、礼让行人”工作法，在全公司推广；带领线路队创建“红梅服务岗”，为老年乘客提供上下车帮扶，线路满意度连续三年居全公司第一。',
    publicationConsent: {
      notice: true,
      stories: true,
      photo: false,
      signer: '赵红梅',
      date: '2026-08-20',
      fileId: 'demo/consent-demo.pdf',
    },
    ...over,
  };
}

/** The office receiving objections on the demo notices (invented). */
export const DEMO_OFFICE = {
  name: '示范区总工会评选工作办公室',
  phone: '010-12345678',
  address: '示范区民主路1号职工之家305室',
  email: 'pingxuan@example.org',
} as const;

const AT = '2026-10-09T02:00:00.000Z';

/** The round (open, frozen by nomination-demo-2's submission) and two nominations of 东湖. */
export function seedNominations(uow: UnitOfWork, paths: Map<string, string>, orgNames: Map<string, string>): void {
  const round: Omit<RoundDoc, 'version'> = {
    id: DEMO_ROUND_ID,
    status: 'open',
    config: demoRoundConfig(),
    createdAt: '2026-09-25T02:00:00.000Z',
    createdBy: 'demo-district',
    openedAt: '2026-09-28T02:00:00.000Z',
    frozenAt: AT,
    amendments: [],
  };
  uow.insertAudited(C.selectionRounds, round, { action: 'round.create', reason: 'demo seed' });

  const base = (id: string, orgId: string, form: NominationForm, idNumber: string) => ({
    id,
    roundId: DEMO_ROUND_ID,
    orgId,
    orgPathKey: paths.get(orgId)!,
    orgName: orgNames.get(orgId)!,
    deadlineAt: null,
    form,
    name: form.name ?? '',
    titleSought: form.titleSought ?? '',
    idNumberMasked: maskIdNumber(idNumber),
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
    createdAt: '2026-09-30T02:00:00.000Z',
    updatedAt: AT,
  });

  // A draft of 东湖公交: the democratic recommendation is still to be held, the consent to be signed.
  const { publicationConsent: _unsigned, ...draftForm } = demoForm();
  const draft: Omit<NominationDoc, 'version'> = {
    ...base('nomination-demo-1', 'unit-bus', draftForm, DEMO_ID_NUMBERS.a),
    state: { stageIndex: 0, status: 'draft' },
    stageIndex: 0,
    status: 'draft',
    stageKind: 'democraticRecommendation',
    stageTier: 'grassroots',
    stageEnteredAt: '2026-09-30T02:00:00.000Z',
    recommendation: null,
  };

  // 东湖社区卫生服务中心: recommended, noticed in the unit, consented; awaiting the preliminary review.
  const noticeRule = { kind: 'workingDays', days: 5 } as const;
  const period = computeNoticePeriod({
    start: new Date('2026-10-12T01:00:00.000Z'),
    rule: noticeRule,
    calendar: chineseDaysCalendar,
  });
  if (!period.ok) throw new Error('the demo notice period needs the 2026 calendar');
  const reviewing: Omit<NominationDoc, 'version'> = {
    ...base(
      'nomination-demo-2',
      'unit-hospital',
      demoForm({
        name: '钱立新',
        gender: 'male',
        birthDate: '1990-01-01',
        education: 'master',
        unitName: '东湖社区卫生服务中心',
        position: '全科医生',
        professionalTitle: '副主任医师',
        flags: ['technicalStaff'],
        industry: '医疗卫生',
        priorHonors: [],
        shortDeeds: '签约服务居民三千余户，牵头建立社区慢病管理小组，辖区高血压控制率提升二十个百分点。',
        longDeeds:
          '钱立新同志扎根社区卫生服务十余年，签约服务居民三千余户。他牵头建立社区慢病管理小组，开展入户随访和健康讲座，辖区高血压规范管理率和控制率分别提升十五和二十个百分点。',
        publicationConsent: {
          notice: true,
          stories: true,
          photo: true,
          signer: '钱立新',
          date: '2026-09-29',
          fileId: 'demo/consent-demo.pdf',
        },
      }),
      DEMO_ID_NUMBERS.b,
    ),
    state: { stageIndex: 3, status: 'submitted' },
    stageIndex: 3,
    status: 'submitted',
    stageKind: 'preliminaryReview',
    stageTier: 'middle',
    stageEnteredAt: '2026-10-20T02:00:00.000Z',
    updatedAt: '2026-10-20T02:00:00.000Z',
    recommendation: {
      form: 'workersCongress',
      date: '2026-10-09',
      delegatesTotal: 60,
      present: 52,
      votesFor: 47,
      recordedAt: AT,
    },
    notices: [
      {
        stageIndex: 1,
        tier: 'grassroots',
        rule: noticeRule,
        opensAt: period.opensAt,
        closesAt: period.closesAt,
        firstDay: period.firstDay,
        lastDay: period.lastDay,
        days: period.days,
        outcome: 'closed',
        endedAt: '2026-10-19T02:00:00.000Z',
        statement: 'noObjection',
      },
    ],
    partyConsents: [
      {
        stageIndex: 2,
        tier: 'grassroots',
        signer: '东湖社区卫生服务中心党支部',
        date: '2026-10-20',
        documentFileId: 'demo/consent-demo.pdf',
        recordedAt: '2026-10-20T02:00:00.000Z',
      },
    ],
  };

  for (const [doc, idNumber] of [
    [draft, DEMO_ID_NUMBERS.a],
    [reviewing, DEMO_ID_NUMBERS.b],
  ] as const) {
    uow.insertAudited(C.nominations, doc, { action: 'nomination.create', reason: 'demo seed' });
    uow.insert(C.nomineeIdentities, { id: doc.id, idNumber, updatedAt: doc.createdAt });
  }
}

/** A one-page PDF standing in for scanned signatures in the demo. */
export const DEMO_CONSENT_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

/**
 * `npm start` only (the service tests seed without it: their 待办 and lists count the demo files):
 * two nominees of 西山 and 科创 units at the district notice, and that notice open from the moment
 * of seeding (decision 0004: 5 working days; for a year the calendar lacks, the proposed days,
 * marked `confirmed`), so the 公示 tab is not empty.
 */
export async function seedOpenNotice(
  uow: UnitOfWork,
  ports: Pick<Ports, 'clock' | 'miniCode' | 'logger'>,
  paths: Map<string, string>,
  orgNames: Map<string, string>,
): Promise<void> {
  const now = ports.clock.now();
  const config = demoRoundConfig();
  const stageIndex = config.stages.findIndex((s) => s.kind === 'notice' && s.tier === 'district');
  const stage = config.stages[stageIndex]!;
  if (stage.kind !== 'notice') throw new Error('the demo round has no district notice');
  const plan = planPeriod(now, stage.noticeRule, []);
  const period = plan.ok ? plan.period : plan.proposal;
  const noticeId = 'notice-demo-district';
  let codeFileId: string | null = null;
  try {
    codeFileId = await ports.miniCode.codeFor({
      page: NOTICE_PAGE,
      scene: noticeId,
      h5Path: `${NOTICE_PAGE}?id=${noticeId}`,
    });
  } catch (e) {
    ports.logger.error('demo poster code failed', { error: e instanceof Error ? e.message : String(e) });
  }
  const closedNotice = (index: number, tier: 'grassroots' | 'middle', opens: string): NoticeRecord => {
    const p = computeNoticePeriod({ start: new Date(opens), rule: stage.noticeRule, calendar: chineseDaysCalendar });
    if (!p.ok) throw new Error('the demo history needs the 2026 calendar');
    const { opensAt, closesAt, firstDay, lastDay, days } = p;
    return {
      stageIndex: index,
      tier,
      rule: stage.noticeRule,
      ...{ opensAt, closesAt, firstDay, lastDay, days },
      outcome: 'closed',
      endedAt: closesAt,
      statement: 'noObjection',
    };
  };
  const nominees: [string, string, NominationForm, string][] = [
    [
      'nomination-demo-3',
      'unit-school',
      demoForm({
        name: '孙雅琴',
        gender: 'female',
        birthDate: '1978-06-05',
        education: 'bachelor',
        unitName: '西山实验小学',
        position: '语文教师、年级组长',
        professionalTitle: '高级教师',
        flags: ['frontLineWorker', 'woman'],
        industry: '教育',
        shortDeeds: '从教二十五年，创设“阅读种子”课程，带动全校学生年均阅读量翻番，多次送教到乡村学校。',
        longDeeds:
          '孙雅琴同志从教二十五年，始终坚守教学一线。她创设“阅读种子”课程，带动全校学生年均阅读量翻番；连续五年送教到对口乡村学校，培养青年教师十余名。',
        publicationConsent: {
          notice: true,
          stories: true,
          photo: false,
          signer: '孙雅琴',
          date: '2026-08-25',
          fileId: 'demo/consent-demo.pdf',
        },
      }),
      DEMO_ID_NUMBERS.c,
    ],
    [
      'nomination-demo-4',
      'unit-chip',
      demoForm({
        name: '周启航',
        gender: 'male',
        birthDate: '1990-01-01',
        education: 'master',
        unitName: '科创芯片研发中心',
        position: '芯片设计工程师',
        professionalTitle: '高级工程师',
        flags: ['technicalStaff'],
        industry: '高新技术',
        shortDeeds: '带领团队攻克低功耗芯片关键设计难题，取得发明专利六项，产品应用于城市智能电表。',
        longDeeds:
          '周启航同志带领团队攻克低功耗芯片关键设计难题，取得发明专利六项；产品应用于城市智能电表，年节约电能逾千万千瓦时。',
        publicationConsent: {
          notice: true,
          stories: true,
          photo: false,
          signer: '周启航',
          date: '2026-08-26',
          fileId: 'demo/consent-demo.pdf',
        },
      }),
      DEMO_ID_NUMBERS.b,
    ],
  ];
  const at = now.toISOString();
  for (const [id, orgId, form, idNumber] of nominees) {
    const doc: Omit<NominationDoc, 'version'> = {
      id,
      roundId: DEMO_ROUND_ID,
      orgId,
      orgPathKey: paths.get(orgId)!,
      orgName: orgNames.get(orgId)!,
      state: { stageIndex, status: 'inNotice' },
      stageIndex,
      status: 'inNotice',
      stageKind: 'notice',
      stageTier: 'district',
      stageEnteredAt: at,
      deadlineAt: period.closesAt,
      form,
      name: form.name ?? '',
      titleSought: form.titleSought ?? '',
      idNumberMasked: maskIdNumber(idNumber),
      recommendation: {
        form: 'workersCongress',
        date: '2026-09-01',
        delegatesTotal: 80,
        present: 70,
        votesFor: 61,
        recordedAt: AT,
      },
      partyConsents: [],
      notices: [
        closedNotice(1, 'grassroots', '2026-09-02T01:00:00.000Z'),
        closedNotice(4, 'middle', '2026-09-21T01:00:00.000Z'),
        {
          noticeId,
          stageIndex,
          tier: 'district',
          rule: stage.noticeRule,
          opensAt: period.opensAt,
          closesAt: period.closesAt,
          firstDay: period.firstDay,
          lastDay: period.lastDay,
          days: period.days,
          outcome: null,
          endedAt: null,
          statement: null,
        },
      ],
      consultation: null,
      inspection: {
        date: '2026-10-26',
        inspectors: ['王志远', '李楠'],
        summary: '赴单位实地考察，听取职工意见，事迹属实。',
        fileIds: [],
        recordedAt: '2026-10-26T02:00:00.000Z',
      },
      determination: null,
      conferral: null,
      submission: null,
      replaces: null,
      replacedBy: null,
      holdsSeat: true,
      createdAt: '2026-08-30T02:00:00.000Z',
      updatedAt: at,
    };
    uow.insertAudited(C.nominations, doc, { action: 'nomination.create', reason: 'demo seed' });
    uow.insert(C.nomineeIdentities, { id, idNumber, updatedAt: doc.createdAt });
  }
  const notice: Omit<NoticeDoc, 'version'> = {
    id: noticeId,
    roundId: DEMO_ROUND_ID,
    roundName: config.name,
    stageIndex,
    tier: 'district',
    onTab: true,
    lateObjections: config.objectionPolicy.lateObjectionsUntilConferral,
    orgId: 'district',
    orgName: orgNames.get('district')!,
    orgPathKey: paths.get('district')!,
    title: `${config.name}推荐人选公示`,
    rule: stage.noticeRule,
    opensAt: period.opensAt,
    closesAt: period.closesAt,
    firstDay: period.firstDay,
    lastDay: period.lastDay,
    days: period.days,
    periodSource: plan.ok ? plan.source : 'confirmed',
    office: { ...DEMO_OFFICE },
    entries: nominees.map(([id, , f]) => ({
      nominationId: id,
      name: f.name ?? '',
      gender: f.gender ?? null,
      unitName: f.unitName ?? '',
      position: f.position ?? '',
      titleSought: f.titleSought ?? '',
      shortDeeds: f.shortDeeds ?? '',
      status: 'listed',
      statement: null,
    })),
    posting: null,
    settledAt: null,
    codeFileId,
    createdAt: at,
    createdBy: 'demo-district',
    updatedAt: at,
  };
  uow.insertAudited(C.notices, notice, { action: 'notice.open', reason: 'demo seed' });
}
