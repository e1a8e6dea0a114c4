/** Seed-shaped replies for the weapp simulator tests (the same people and titles as the local demo seed). */
import type { Campaign, EventCard, StoryCard } from '../api/content';
import type { CloudCall } from './weapp-harness';

const SEED = [
  ['李建国', '东湖公交客运公司', '交通运输', '二十年安全行车零事故，一条线路连起万家'],
  ['王秀兰', '东湖社区卫生服务中心', '医疗卫生', '社区里的“家庭医生”：守护三千户居民健康'],
  ['张海峰', '北苑供电所', '电力', '深夜抢修的人：让万家灯火不熄'],
  ['陈静', '西山实验小学', '教育', '把课堂搬进生活：一位语文老师的坚守'],
  ['刘志强', '科创芯片研发中心', '高新技术', '十年磨一芯：自主研发的攻坚者'],
  ['赵美玲', '滨河农贸市场', '现代服务业', '菜篮子背后的“大管家”'],
  ['孙浩', '示范银行营业部', '金融', '把金融服务送到小微企业门口'],
  ['周晓雯', '青禾动画工作室', '文化创意', '用画笔讲好中国故事'],
  ['吴德明', '花园物业服务公司', '现代服务业', '随叫随到的“万能修理工”'],
  ['郑丽华', '东湖社区卫生服务中心', '医疗卫生', '病房里的温暖守护者'],
] as const;

/** Ten published stories, newest first, as `content.listStories` returns them. */
export const SEEDED_STORIES: StoryCard[] = SEED.map(([workerName, unitName, trade, title], i) => ({
  id: `story-${String(i + 1).padStart(2, '0')}`,
  title,
  summary: `${unitName}工会${workerName}的故事。`,
  coverUrl: `cloud://laomo-dev.6c61-laomo-dev-1300000000/demo/cover-mw-${String(i + 1).padStart(2, '0')}.svg`,
  workerName,
  unitName,
  tags: [trade, '区级劳模', '2026'],
  likes: (i * 7) % 23,
  publishedAt: new Date(Date.UTC(2026, 3, 21 - i * 2, 2, 0, 0)).toISOString(),
}));

/** An older story, not on the first page, that the campaign features. */
export const STORY_12: StoryCard = {
  id: 'story-12',
  title: '调度台前的“最强大脑”',
  summary: '东湖公交客运公司工会林小燕的故事。',
  coverUrl: 'cloud://laomo-dev.6c61-laomo-dev-1300000000/demo/cover-mw-12.svg',
  workerName: '林小燕',
  unitName: '东湖公交客运公司',
  tags: ['交通运输', '区级劳模', '2025'],
  likes: 9,
  publishedAt: '2025-03-01T02:00:00.000Z',
};

export const SERVER_TIME = '2026-05-01T00:00:00.000Z';

export function listStoriesReply(items: StoryCard[] = SEEDED_STORIES, nextCursor: string | null = null) {
  return { ok: true as const, data: { items, nextCursor }, serverTime: SERVER_TIME };
}

export function isListStories(call: CloudCall): boolean {
  return call.name === 'content' && call.data.action === 'listStories';
}

/** The Promotion Month running at `SERVER_TIME` (May 2026 in Shanghai), as `content.home` returns it. */
export const SEEDED_CAMPAIGN: Campaign = {
  id: 'campaign-2026',
  theme: '2026年劳模宣传月：劳动最光荣',
  startsAt: '2026-04-30T16:00:00.000Z',
  endsAt: '2026-05-31T16:00:00.000Z',
  bannerUrl: 'cloud://laomo-dev.6c61-laomo-dev-1300000000/demo/campaign-2026.svg',
  spirit: ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'],
  // The reply brings the featured stories as cards, story-12 among them though it is not on the first page.
  featuredStories: [STORY_12, SEEDED_STORIES[4]!, SEEDED_STORIES[1]!],
  schedule: [
    { date: '2026-05-01', title: '启动仪式暨劳模故事发布' },
    { date: '2026-05-12', title: '劳模进校园：开学第一课' },
    { date: '2026-05-20', title: '劳模大讲堂：匠心与创新' },
  ],
};

/** The next three upcoming events. */
export const SEEDED_EVENTS: EventCard[] = [
  {
    id: 'event-02',
    kind: 'campus',
    title: '劳模进校园：开学第一课',
    startsAt: '2026-05-12T01:00:00.000Z',
    endsAt: '2026-05-12T03:00:00.000Z',
    place: '西山实验小学礼堂',
    capacity: 200,
    signedUp: 37,
    orgName: '西山实验小学工会',
  },
  {
    id: 'event-01',
    kind: 'lecture',
    title: '劳模大讲堂：匠心与创新',
    startsAt: '2026-05-20T06:00:00.000Z',
    endsAt: '2026-05-20T08:00:00.000Z',
    place: '示范区职工之家报告厅',
    capacity: 120,
    signedUp: 120,
    orgName: '示范区总工会',
  },
  {
    id: 'event-05',
    kind: 'volunteer',
    title: '劳模进社区：家电义务维修',
    startsAt: '2026-05-23T01:00:00.000Z',
    endsAt: '2026-05-23T03:00:00.000Z',
    place: '东湖街道社区服务中心',
    capacity: 30,
    signedUp: 4,
    orgName: '东湖街道总工会',
    hours: 3,
  },
];

/** `content.home`: the campaign (or none), the first page of stories, the upcoming events. */
export function homeReply(
  stories: StoryCard[] = SEEDED_STORIES,
  {
    campaign = SEEDED_CAMPAIGN,
    events = SEEDED_EVENTS,
    nextCursor = null,
  }: { campaign?: Campaign | null; events?: EventCard[]; nextCursor?: string | null } = {},
) {
  return { ok: true as const, data: { campaign, stories, nextCursor, events }, serverTime: SERVER_TIME };
}

export function isHome(call: CloudCall): boolean {
  return call.name === 'content' && call.data.action === 'home';
}
