/**
 * Deterministic demo data (all invented): a district federation with subdistricts, areas, a
 * functional zone and industry unions, grassroots units under them; a persona for every role;
 * model worker records; a dozen model worker stories with covers served through the files port.
 * Runs once, on an empty database; `npm start -- --reset` rebuilds it.
 */
import { CAPABILITIES, type Capability, type Role } from '../../shared/grants';
import { pathKeyOf, TIER_OF_KIND, type OrgKind } from '../../shared/org';
import type { StoryBlock } from '../../shared/story-blocks';
import { C } from '../_platform/collections';
import { codeHash } from '../_platform/ids';
import type { Ports } from '../_platform/ports';
import { UnitOfWork } from '../_platform/unit-of-work';
import type { localFiles } from './local.ports';
import { seedFeedback } from './feedback-demo';
import { DEMO_CONSENT_PDF, seedNominations, seedOpenNotice } from './nomination-demo';
import type { Persona } from './runner';

export const DEMO_INVITATION_CODE = 'DEMO-JOIN-2026';

interface OrgSeed {
  id: string;
  name: string;
  kind: OrgKind;
  parent: string | null;
}

export const DEMO_ORGS: OrgSeed[] = [
  { id: 'district', name: '示范区总工会', kind: 'districtFederation', parent: null },
  { id: 'sub-east', name: '东湖街道总工会', kind: 'subdistrict', parent: 'district' },
  { id: 'sub-west', name: '西山街道总工会', kind: 'subdistrict', parent: 'district' },
  { id: 'sub-north', name: '北苑街道总工会', kind: 'subdistrict', parent: 'district' },
  { id: 'area-river', name: '滨河地区工会', kind: 'area', parent: 'district' },
  { id: 'area-garden', name: '花园地区工会', kind: 'area', parent: 'district' },
  { id: 'zone-tech', name: '科创功能区工会', kind: 'functionalZone', parent: 'district' },
  { id: 'ind-finance', name: '金融产业工会', kind: 'industryUnion', parent: 'district' },
  { id: 'ind-culture', name: '文化创意产业工会', kind: 'industryUnion', parent: 'district' },
  { id: 'unit-bus', name: '东湖公交客运公司工会', kind: 'grassroots', parent: 'sub-east' },
  { id: 'unit-hospital', name: '东湖社区卫生服务中心工会', kind: 'grassroots', parent: 'sub-east' },
  { id: 'unit-school', name: '西山实验小学工会', kind: 'grassroots', parent: 'sub-west' },
  { id: 'unit-grid', name: '北苑供电所工会', kind: 'grassroots', parent: 'sub-north' },
  { id: 'unit-market', name: '滨河农贸市场工会', kind: 'grassroots', parent: 'area-river' },
  { id: 'unit-property', name: '花园物业服务公司工会', kind: 'grassroots', parent: 'area-garden' },
  { id: 'unit-chip', name: '科创芯片研发中心工会', kind: 'grassroots', parent: 'zone-tech' },
  { id: 'unit-bank', name: '示范银行营业部工会', kind: 'grassroots', parent: 'ind-finance' },
  { id: 'unit-studio', name: '青禾动画工作室工会', kind: 'grassroots', parent: 'ind-culture' },
];

interface PersonaSeed extends Persona {
  grant?: { role: Role; org: string; capabilities: Capability[]; department?: string; modelWorkerId?: string };
}

export const DEMO_PERSONAS: PersonaSeed[] = [
  { openid: 'demo-public', label: '公众（游客）', description: '普通职工或市民：阅读故事、查看公示' },
  {
    openid: 'demo-district',
    label: '区总工会干部',
    description: '示范区总工会经济技术部：复审、审定、组织管理',
    grant: { role: 'cadre', org: 'district', capabilities: [...CAPABILITIES] },
  },
  {
    openid: 'demo-middle',
    label: '街道总工会干部',
    description: '东湖街道总工会：初审、街道公示',
    grant: {
      role: 'cadre',
      org: 'sub-east',
      capabilities: ['grant.invite', 'nomination.review', 'content.manage', 'records.manage'],
    },
  },
  {
    openid: 'demo-middle-west',
    label: '西山街道干部',
    description: '西山街道总工会：只能看到本街道',
    grant: {
      role: 'cadre',
      org: 'sub-west',
      capabilities: ['grant.invite', 'nomination.review', 'content.manage', 'records.manage'],
    },
  },
  {
    openid: 'demo-grassroots',
    label: '基层工会干部',
    description: '东湖公交客运公司工会：民主推荐、单位公示',
    grant: { role: 'cadre', org: 'unit-bus', capabilities: ['nomination.review', 'records.manage'] },
  },
  {
    openid: 'demo-reviewer',
    label: '部门审核人',
    description: '区市场监管局：对企业负责人人选签署意见',
    grant: { role: 'departmentReviewer', org: 'district', capabilities: [], department: '区市场监管局' },
  },
  {
    openid: 'demo-worker',
    label: '劳模',
    description: '区级劳动模范 李建国：查看本人档案',
    grant: { role: 'modelWorker', org: 'unit-bus', capabilities: [], modelWorkerId: 'mw-01' },
  },
];

const WORKERS = [
  ['mw-01', '李建国', 'unit-bus', '公交驾驶员', '交通运输'],
  ['mw-02', '王秀兰', 'unit-hospital', '社区全科医生', '医疗卫生'],
  ['mw-03', '张海峰', 'unit-grid', '配电运维班长', '电力'],
  ['mw-04', '陈静', 'unit-school', '小学语文教师', '教育'],
  ['mw-05', '刘志强', 'unit-chip', '芯片设计工程师', '高新技术'],
  ['mw-06', '赵美玲', 'unit-market', '市场管理员', '现代服务业'],
  ['mw-07', '孙浩', 'unit-bank', '营业部客户经理', '金融'],
  ['mw-08', '周晓雯', 'unit-studio', '动画导演', '文化创意'],
  ['mw-09', '吴德明', 'unit-property', '物业维修技师', '现代服务业'],
  ['mw-10', '郑丽华', 'unit-hospital', '护士长', '医疗卫生'],
  ['mw-11', '黄伟', 'unit-grid', '带电作业技师', '电力'],
  ['mw-12', '林小燕', 'unit-bus', '调度员', '交通运输'],
] as const;

const TITLES = [
  '二十年安全行车零事故，一条线路连起万家',
  '社区里的“家庭医生”：守护三千户居民健康',
  '深夜抢修的人：让万家灯火不熄',
  '把课堂搬进生活：一位语文老师的坚守',
  '十年磨一芯：自主研发的攻坚者',
  '菜篮子背后的“大管家”',
  '把金融服务送到小微企业门口',
  '用画笔讲好中国故事',
  '随叫随到的“万能修理工”',
  '病房里的温暖守护者',
  '高压线上的“绣花功夫”',
  '调度台前的“最强大脑”',
];

const PALETTE = ['#C8102E', '#B5452B', '#8C2F39', '#A23E48', '#7A1F2B', '#C44536'];

/** A simple, legible cover (an SVG: no bundled images, served through the files port). */
export function coverSvg(index: number, name: string, trade: string): string {
  const color = PALETTE[index % PALETTE.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="#2b0a0f"/></linearGradient></defs><rect width="640" height="360" fill="url(#g)"/><circle cx="540" cy="80" r="120" fill="#ffffff" opacity="0.08"/><text x="48" y="200" font-family="Noto Sans CJK SC, sans-serif" font-size="72" fill="#fff" font-weight="700">${name}</text><text x="52" y="260" font-family="Noto Sans CJK SC, sans-serif" font-size="32" fill="#ffe9c7">${trade} · 劳动模范</text></svg>`;
}

function storyBlocks(name: string, job: string, coverId: string): StoryBlock[] {
  return [
    {
      type: 'paragraph',
      text: `${name}是一名${job}。多年来，${name}扎根一线、爱岗敬业，把平凡的岗位干出了不平凡的成绩。`,
    },
    { type: 'heading', text: '扎根一线' },
    { type: 'paragraph', text: `每天清晨，${name}总是第一个到岗。同事们说，只要有${name}在，大家心里就踏实。` },
    { type: 'quote', text: '把每一件小事做好，就是对岗位最好的回答。', cite: name },
    { type: 'image', fileId: coverId, alt: `${name}在工作岗位上`, caption: `${name}在岗位上` },
    { type: 'heading', text: '传帮带' },
    { type: 'paragraph', text: `${name}带出了一批业务骨干，把经验总结成操作手册，在全单位推广。` },
  ];
}

/** Seeds an empty database. Returns false (and does nothing) when it is already seeded. */
export async function seedDemo(
  ports: Ports & { files: ReturnType<typeof localFiles> },
  /** `openNotice`: also an open district notice (npm start, e2e; service tests count the demo files without it). */
  opts: { openNotice?: boolean } = {},
): Promise<boolean> {
  if (await ports.store.get(C.meta, 'seed')) return false;
  const now = ports.clock.now();
  const uow = new UnitOfWork('seed', now);
  const paths = new Map<string, string>();
  for (const o of DEMO_ORGS) {
    const pathKey = pathKeyOf(o.parent ? paths.get(o.parent)! : null, o.id);
    paths.set(o.id, pathKey);
    uow.insertAudited(
      C.orgs,
      { id: o.id, name: o.name, kind: o.kind, parentId: o.parent, pathKey, status: 'active' },
      { action: 'org.add', reason: 'demo seed' },
    );
  }
  const orgById = new Map(DEMO_ORGS.map((o) => [o.id, o]));
  for (const p of DEMO_PERSONAS) {
    if (!p.grant) continue;
    const holderName = p.label;
    uow.insertAudited(
      C.users,
      { id: p.openid, displayName: holderName, createdAt: now.toISOString() },
      { action: 'user.create', reason: 'demo seed' },
    );
    const org = orgById.get(p.grant.org)!;
    uow.insertAudited(
      C.grants,
      {
        id: `grant-${p.openid}`,
        userId: p.openid,
        holderName,
        status: 'active',
        role: p.grant.role,
        orgId: org.id,
        orgPathKey: paths.get(org.id)!,
        orgName: org.name,
        tier: TIER_OF_KIND[org.kind],
        capabilities: p.grant.capabilities,
        ...(p.grant.department ? { department: p.grant.department } : {}),
        ...(p.grant.modelWorkerId ? { modelWorkerId: p.grant.modelWorkerId } : {}),
        grantedBy: 'seed',
        grantedAt: now.toISOString(),
      },
      { action: 'grant.create', reason: 'demo seed' },
    );
  }
  for (const [i, [id, name, orgId, job, trade]] of WORKERS.entries()) {
    const org = orgById.get(orgId)!;
    uow.insertAudited(
      C.modelWorkers,
      { id, name, orgId, orgPathKey: paths.get(orgId)!, status: 'active', publicationConsent: true },
      { action: 'modelWorker.create', reason: 'demo seed' },
    );
    const coverId = `demo/cover-${id}.svg`;
    await ports.files.put(coverId, Buffer.from(coverSvg(i, name, trade)), 'image/svg+xml');
    const publishedAt = new Date(Date.UTC(2026, 3, 1 + i * 2, 2, 0, 0)).toISOString();
    uow.insertAudited(
      C.stories,
      {
        id: `story-${String(i + 1).padStart(2, '0')}`,
        status: 'published',
        title: TITLES[i]!,
        summary: `${org.name}${job}${name}的故事。`,
        coverFileId: coverId,
        modelWorkerId: id,
        workerName: name,
        unitName: org.name.replace(/工会$/, ''),
        orgId,
        orgPathKey: paths.get(orgId)!,
        industry: trade,
        category: i % 4 === 3 ? '五一劳动奖章' : '劳动模范',
        year: i < 8 ? 2026 : 2025,
        publishedAt,
        blocks: storyBlocks(name, job, coverId),
      },
      { action: 'story.publish', reason: 'demo seed' },
    );
  }
  uow.insertAudited(
    C.invitations,
    {
      id: codeHash(DEMO_INVITATION_CODE),
      role: 'cadre',
      orgId: 'unit-hospital',
      orgPathKey: paths.get('unit-hospital')!,
      orgName: orgById.get('unit-hospital')!.name,
      tier: 'grassroots',
      capabilities: ['nomination.review'],
      createdBy: 'demo-middle',
      createdAt: now.toISOString(),
      expiresAt: new Date(Date.UTC(2099, 0, 1)).toISOString(),
      status: 'open',
    },
    { action: 'invitation.create', reason: 'demo seed' },
  );
  for (let i = 0; i < WORKERS.length; i++) {
    uow.insert(C.storyStats, {
      id: `story-${String(i + 1).padStart(2, '0')}`,
      likes: (i * 7) % 23,
      views: 40 + i * 13,
    });
  }
  await seedPromotion(uow, paths, ports);
  await ports.files.put('demo/consent-demo.pdf', Buffer.from(DEMO_CONSENT_PDF), 'application/pdf');
  seedNominations(uow, paths, new Map(DEMO_ORGS.map((o) => [o.id, o.name])));
  if (opts.openNotice) await seedOpenNotice(uow, ports, paths, new Map(DEMO_ORGS.map((o) => [o.id, o.name])));
  seedFeedback(uow, paths, new Map(DEMO_ORGS.map((o) => [o.id, o.name])));
  uow.insert(C.meta, { id: 'seed', seededAt: now.toISOString() });
  await ports.store.commit(uow.ops);
  return true;
}

/** The Promotion Month of May 2027 (the clock can be set into it in test mode) and some events. */
async function seedPromotion(
  uow: UnitOfWork,
  paths: Map<string, string>,
  ports: Ports & { files: ReturnType<typeof localFiles> },
): Promise<void> {
  const bannerId = 'demo/campaign-2027.svg';
  await ports.files.put(bannerId, Buffer.from(bannerSvg()), 'image/svg+xml');
  uow.insertAudited(
    C.campaigns,
    {
      id: 'campaign-2027',
      status: 'published',
      theme: '2027年劳模宣传月：劳动最光荣',
      startsAt: '2027-04-30T16:00:00.000Z',
      endsAt: '2027-05-31T16:00:00.000Z',
      bannerFileId: bannerId,
      spirit: ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'],
      featuredStoryIds: ['story-12', 'story-05', 'story-02'],
      schedule: [
        { date: '2027-05-01', title: '启动仪式暨劳模故事发布' },
        { date: '2027-05-12', title: '劳模进校园：开学第一课' },
        { date: '2027-05-20', title: '劳模大讲堂：匠心与创新' },
      ],
    },
    { action: 'campaign.publish', reason: 'demo seed' },
  );
  const events: [string, EventSeed][] = [
    [
      'event-01',
      {
        kind: 'lecture',
        title: '劳模大讲堂：匠心与创新',
        org: 'district',
        place: '示范区职工之家报告厅',
        startsAt: '2027-05-20T06:00:00.000Z',
        capacity: 120,
      },
    ],
    [
      'event-02',
      {
        kind: 'campus',
        title: '劳模进校园：开学第一课',
        org: 'unit-school',
        place: '西山实验小学礼堂',
        startsAt: '2027-05-12T01:00:00.000Z',
        capacity: 200,
      },
    ],
    [
      'event-03',
      {
        kind: 'enterprise',
        title: '劳模进企业：安全行车经验分享',
        org: 'unit-bus',
        place: '东湖公交客运公司培训中心',
        startsAt: '2027-01-15T06:00:00.000Z',
        capacity: 10,
      },
    ],
    [
      'event-04',
      {
        kind: 'volunteer',
        title: '劳模进社区：家电义务维修',
        org: 'sub-east',
        place: '东湖街道社区服务中心',
        startsAt: '2026-12-19T01:00:00.000Z',
        capacity: 30,
        hours: 3,
        baseId: 'base-01',
      },
    ],
  ];
  for (const [id, e] of events) {
    const org = DEMO_ORGS.find((o) => o.id === e.org)!;
    uow.insertAudited(
      C.events,
      {
        id,
        status: 'published',
        kind: e.kind,
        title: e.title,
        description: `${e.title}。欢迎职工和市民报名参加，名额有限，报满即止。`,
        startsAt: e.startsAt,
        endsAt: new Date(new Date(e.startsAt).getTime() + 2 * 3600_000).toISOString(),
        place: e.place,
        capacity: e.capacity,
        signedUp: 0,
        orgId: org.id,
        orgPathKey: paths.get(org.id)!,
        orgName: org.name,
        checkinCode: String(100000 + Number(id.slice(-2)) * 12345).slice(0, 6),
        ...(e.hours ? { hours: e.hours } : {}),
        ...(e.baseId ? { baseId: e.baseId } : {}),
      },
      { action: 'event.publish', reason: 'demo seed' },
    );
  }
  uow.insertAudited(
    C.bases,
    {
      id: 'base-01',
      status: 'active',
      name: '东湖劳模志愿服务基地',
      orgId: 'sub-east',
      orgPathKey: paths.get('sub-east')!,
      orgName: '东湖街道总工会',
      leaderModelWorkerIds: ['mw-09', 'mw-02'],
      leaderNames: ['吴德明', '王秀兰'],
      areas: ['dailyLife', 'medicine'],
      description: '由劳模带头，定期为社区居民提供家电维修、健康咨询等志愿服务。',
    },
    { action: 'base.create', reason: 'demo seed' },
  );
}

interface EventSeed {
  kind: 'lecture' | 'campus' | 'enterprise' | 'community' | 'volunteer';
  title: string;
  org: string;
  place: string;
  startsAt: string;
  capacity: number;
  hours?: number;
  baseId?: string;
}

function bannerSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="750" height="320" viewBox="0 0 750 320"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#C8102E"/><stop offset="1" stop-color="#8C1B1B"/></linearGradient></defs><rect width="750" height="320" fill="url(#g)"/><text x="48" y="150" font-family="Noto Sans CJK SC, sans-serif" font-size="60" fill="#fff" font-weight="700">劳模宣传月</text><text x="50" y="220" font-family="Noto Sans CJK SC, sans-serif" font-size="32" fill="#ffe9c7">劳动最光荣 · 劳动最崇高 · 劳动最伟大 · 劳动最美丽</text></svg>`;
}

export const DEMO_PERSONA_LIST: Persona[] = DEMO_PERSONAS.map(({ openid, label, description }) => ({
  openid,
  label,
  description,
}));
