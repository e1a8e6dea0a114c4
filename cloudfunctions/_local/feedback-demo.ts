/**
 * Demo feedback and leads (all invented): what 公众（游客） sent, so 我的反馈 and the cadres' queue are
 * not empty in the demo. The contact is an invented number that no public reply may ever carry
 * (the PII scan checks it); 我的反馈 shows it masked.
 */
import { C } from '../_platform/collections';
import type { UnitOfWork } from '../_platform/unit-of-work';
import { senderKeyOf, type FeedbackDoc } from '../feedback/feedback.records';

export const DEMO_FEEDBACK_CONTACT = '13912345678';

export function seedFeedback(uow: UnitOfWork, paths: Map<string, string>, orgNames: Map<string, string>): void {
  const base = (
    id: string,
    orgId: string,
    createdAt: string,
  ): Omit<FeedbackDoc, 'version' | 'kind' | 'content' | 'lead'> => ({
    id,
    status: 'received',
    orgId,
    orgName: orgNames.get(orgId)!,
    orgPathKey: paths.get(orgId)!,
    contact: null,
    senderKey: senderKeyOf('demo-public'),
    checkStatus: 'pass',
    assigneeId: null,
    assigneeName: null,
    assigneeGrantId: null,
    replies: [],
    createdAt,
    updatedAt: createdAt,
    closedAt: null,
    erasedAt: null,
  });
  const items: Omit<FeedbackDoc, 'version'>[] = [
    {
      ...base('feedback-demo-1', 'district', '2026-11-20T02:00:00.000Z'),
      kind: 'feedback',
      content: '希望劳模故事能增加语音朗读，方便老年职工收听。',
      lead: null,
      contact: DEMO_FEEDBACK_CONTACT,
    },
    {
      ...base('feedback-demo-2', 'unit-hospital', '2026-11-22T02:00:00.000Z'),
      kind: 'lead',
      content: null,
      lead: {
        name: '孙慧敏',
        unit: '东湖社区卫生服务中心',
        reason: '坚持为辖区独居老人上门送药十二年，组织志愿者队伍开展健康随访，居民口碑很好。',
      },
      status: 'processing',
      assigneeId: 'demo-middle',
      assigneeName: '街道总工会干部',
      assigneeGrantId: 'grant-demo-middle',
      replies: [
        {
          at: '2026-11-24T02:00:00.000Z',
          text: '感谢推荐，我们已请单位工会了解孙慧敏同志的情况。',
          byOrg: '东湖街道总工会',
          byName: '街道总工会干部',
          byId: 'demo-middle',
        },
      ],
      updatedAt: '2026-11-24T02:00:00.000Z',
    },
  ];
  for (const item of items)
    uow.insertAudited(C.feedback, item, { action: `feedback.send.${item.kind}`, reason: 'demo seed' });
}
