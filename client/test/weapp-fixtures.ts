/** Seed-shaped replies for the weapp simulator tests (the same people and titles as the local demo seed). */
import type { StoryCard } from '../api/content';
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

export const SERVER_TIME = '2026-05-01T00:00:00.000Z';

export function listStoriesReply(items: StoryCard[] = SEEDED_STORIES, nextCursor: string | null = null) {
  return { ok: true as const, data: { items, nextCursor }, serverTime: SERVER_TIME };
}

export function isListStories(call: CloudCall): boolean {
  return call.name === 'content' && call.data.action === 'listStories';
}
