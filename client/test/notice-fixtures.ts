/** Notice test data shaped by the shared schemas (client tests only). */
import type { AdminNotice, NoticeCard, PublicNotice } from '../api/notice';

export function noticeCard(n: number, over: Partial<NoticeCard> = {}): NoticeCard {
  return {
    id: `notice-${n}`,
    title: `2027年区级劳动模范评选推荐人选公示（第${n}批）`,
    tier: 'district',
    orgId: 'district',
    orgName: '示范区总工会',
    roundName: '2027年区级劳动模范评选',
    opensAt: '2025-04-28T01:00:00.000Z',
    closesAt: '2025-05-02T16:00:00.000Z',
    firstDay: '2025-04-28',
    lastDay: '2025-05-02',
    periodZh: '2025年4月28日（星期一）至2025年5月2日（星期五）',
    status: 'open',
    nomineeCount: 2,
    ...over,
  };
}

export function publicNotice(over: Partial<PublicNotice> = {}): PublicNotice {
  return {
    ...noticeCard(1),
    rule: { kind: 'workingDays', days: 5 },
    ruleZh: '5个工作日',
    days: ['2025-04-28', '2025-04-29', '2025-04-30', '2025-05-01', '2025-05-02'],
    office: {
      name: '示范区总工会评选工作办公室',
      phone: '010-12345678',
      address: '示范区民主路1号',
      email: 'a@example.org',
    },
    entries: [
      {
        nominationId: 'nom-1',
        name: '孙雅琴',
        gender: 'female',
        unitName: '西山实验小学',
        position: '语文教师',
        titleSought: '示范区劳动模范',
        shortDeeds: '从教二十五年，创设“阅读种子”课程。',
      },
      {
        nominationId: 'nom-2',
        name: '周启航',
        gender: 'male',
        unitName: '科创芯片研发中心',
        position: '芯片设计工程师',
        titleSought: '示范区劳动模范',
        shortDeeds: '带领团队攻克低功耗芯片关键设计难题。',
      },
    ],
    codeUrl: '/files/files/code-notice-1.svg',
    lateObjections: false,
    ...over,
  };
}

export function adminNotice(over: Partial<AdminNotice> = {}): AdminNotice {
  const base = publicNotice();
  return {
    ...base,
    version: 1,
    roundId: 'round-2027',
    stageIndex: 1,
    periodSource: 'calendar',
    entries: base.entries.map((e) => ({ ...e, status: 'listed' as const, statement: null })),
    posting: null,
    settledAt: null,
    createdAt: '2025-04-28T01:00:00.000Z',
    ...over,
  };
}
