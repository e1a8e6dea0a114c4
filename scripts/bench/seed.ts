/**
 * The large benchmark database: the demo seed (with its open district notice) plus 10,000 stories,
 * 4,000 open invitations (submissions consume them), 2,000 nominations through the stages of the
 * demo round, the open public notices they sit in, 100,000 objections to their nominees (each
 * objector's identity apart, as the product stores it), and a pool of nominations awaiting
 * 东湖街道's preliminary review (review decisions consume them). Written straight through the store
 * in batched commits (see `seed-selection.ts`). Seeded once into `.bench-cache/bench.db` and
 * reseeded when the collection declaration, the demo seed, the stored shapes or these files change.
 * Groups work on copies, so a run never changes the cached database.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { C, DECLARATION } from '../../cloudfunctions/_platform/collections';
import { codeHash } from '../../cloudfunctions/_platform/ids';
import { openSqliteStore } from '../../cloudfunctions/_platform/store/sqlite.adapter';
import { UnitOfWork } from '../../cloudfunctions/_platform/unit-of-work';
import { localPorts } from '../../cloudfunctions/_local/local.ports';
import { seedDemo } from '../../cloudfunctions/_local/seed';
import { CACHE, hashOf, nowMs, ROOT, type BenchContext } from './common';
import {
  NOMINATION_COUNT,
  OBJECTION_COUNT,
  REVIEW_POOL,
  SEED_NOW,
  seedSelection,
  SELECTION_SOURCES,
  type SelectionSeed,
} from './seed-selection';

export { BENCH_NOW, benchObjectionInput, reviewPoolId } from './seed-selection';

/** Bump to reseed when the generated data changes in a way the file hash would not show. */
export const SEED_VERSION = '2';
export const STORY_COUNT = 10_000;
export const INVITATION_COUNT = 4_000;
export const BENCH_DB = path.join(CACHE, 'bench.db');
const KEY_FILE = `${BENCH_DB}.key`;
const FILES_DIR = path.join(CACHE, 'bench-files');
const BATCH = 500;

export const storyId = (i: number) => `bench-story-${String(i).padStart(5, '0')}`;
/** 19 of every 20 stories are published; the rest are drafts, which readers never see. */
export const isPublished = (i: number) => i % 20 !== 7;
/** `BNCH-0000-0042`: the invitation code format (12 letters or digits). */
export const invitationCode = (i: number) => {
  const n = String(i).padStart(8, '0');
  return `BNCH-${n.slice(0, 4)}-${n.slice(4)}`;
};

export function publishedStoryIds(): string[] {
  const ids: string[] = [];
  for (let i = 0; i < STORY_COUNT; i++) if (isPublished(i)) ids.push(storyId(i));
  return ids;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '建国',
  '秀兰',
  '海峰',
  '静',
  '志强',
  '美玲',
  '浩',
  '晓雯',
  '德明',
  '丽华',
  '伟',
  '小燕',
  '红梅',
  '春生',
];
const PARAGRAPH =
  '多年来扎根一线、爱岗敬业，把平凡的岗位干出了不平凡的成绩。每天清晨总是第一个到岗，认真检查每一个环节，' +
  '遇到难题从不退缩，带领班组攻坚克难，先后提出多项合理化建议，为单位节约成本、提升效率作出了突出贡献。';

type Template = Record<string, unknown> & { id: string };

/**
 * Story `i`, cloned from demo story `i mod n`: whatever fields the demo seed writes (the story
 * shape is still growing), the bench stories have too; only names, dates and text vary.
 */
export function storyFrom(template: Template, i: number): Template {
  const { version: _v, auditHead: _h, auditSeq: _s, ...base } = template;
  const name = SURNAMES[i % SURNAMES.length]! + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
  const publishedAt = new Date(Date.UTC(2026, 3, 20) - i * 7 * 3600_000);
  const story: Template = {
    ...base,
    id: storyId(i),
    status: isPublished(i) ? 'published' : 'draft',
    title: `${name}：岗位上的第${(i % 30) + 1}个春天`,
    workerName: name,
    // One story every seven hours, back from 20 April 2026: about eight years of stories.
    publishedAt: publishedAt.toISOString(),
  };
  if (typeof base.summary === 'string') story.summary = `${String(base.unitName ?? '')}${name}的故事。`;
  if (typeof base.likes === 'number') story.likes = (i * 37) % 997;
  if (typeof base.year === 'number') story.year = publishedAt.getUTCFullYear();
  if ('modelWorkerId' in base) delete story.modelWorkerId;
  if (Array.isArray(base.blocks)) {
    // The demo blocks with longer paragraphs: about 1.3 KB of text per story.
    story.blocks = (base.blocks as { type: string; text?: string }[]).map((b) =>
      b.type === 'paragraph' ? { ...b, text: `${name}${PARAGRAPH}` } : b,
    );
  }
  return story;
}

function seedKey(): string {
  return hashOf(
    [
      path.join(ROOT, 'cloudfunctions', '_platform', 'collections.ts'),
      path.join(ROOT, 'cloudfunctions', '_local', 'seed.ts'),
      path.join(ROOT, 'cloudfunctions', 'content', 'story.records.ts'),
      ...SELECTION_SOURCES,
      __filename,
    ],
    [
      SEED_VERSION,
      String(STORY_COUNT),
      String(INVITATION_COUNT),
      String(NOMINATION_COUNT),
      String(OBJECTION_COUNT),
      String(REVIEW_POOL),
    ],
  );
}

const decl = (name: string) => DECLARATION.find((d) => d.name === name);

export interface BenchDb {
  file: string;
  seeded: boolean;
  seconds: number;
  /** What the selection part of the seed wrote (read back from the seed marker when cached). */
  selection: SelectionSeed;
}

/** Seeds `.bench-cache/bench.db` unless a database with the current key exists. */
export async function ensureBenchDb(ctx: BenchContext): Promise<BenchDb> {
  const key = seedKey();
  if (existsSync(BENCH_DB) && existsSync(KEY_FILE) && readFileSync(KEY_FILE, 'utf8') === key) {
    const selection = await readSelectionMarker();
    if (selection) return { file: BENCH_DB, seeded: false, seconds: 0, selection };
  }
  const started = nowMs();
  ctx.log(
    `  seeding ${STORY_COUNT.toLocaleString('en-US')} stories, ${NOMINATION_COUNT.toLocaleString('en-US')} ` +
      `nominations and ${OBJECTION_COUNT.toLocaleString('en-US')} objections into .bench-cache/bench.db (once)…`,
  );
  for (const suffix of ['', '-wal', '-shm', '.key']) rmSync(`${BENCH_DB}${suffix}`, { force: true });
  rmSync(FILES_DIR, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const sqlite = openSqliteStore({ file: BENCH_DB, declaration: DECLARATION });
  const ports = localPorts({
    dataDir: FILES_DIR,
    store: sqlite,
    clock: { now: () => SEED_NOW },
    logger: { error: () => undefined, info: () => undefined },
  });
  let selection: SelectionSeed;
  try {
    // The demo's open district notice too: its shape is what the bench notices are cloned from.
    await seedDemo(ports, { openNotice: true });
    const org = await sqlite.get<{ id: string; version: number; name: string; pathKey: string }>(
      C.orgs,
      'unit-hospital',
    );
    if (!org) throw new Error('the demo seed has no unit-hospital organization');
    let uow = new UnitOfWork('bench-seed', SEED_NOW);
    const flush = async () => {
      if (uow.ops.length) await sqlite.commit(uow.ops);
      uow = new UnitOfWork('bench-seed', SEED_NOW);
    };
    const templates = (
      await sqlite.find<Template & { version: number }>(C.stories, {
        where: { status: 'published' },
        orderBy: [{ field: 'publishedAt', direction: 'asc' }],
        limit: 100,
      })
    ).items;
    if (!templates.length) throw new Error('the demo seed has no published story to clone');
    // Documents other collections keep per story, keyed by the story id (e.g. counters): cloned too.
    const companions: { collection: string; doc: Template }[] = [];
    for (const decl of DECLARATION) {
      if (decl.name === C.stories || decl.name === C.audit) continue;
      const doc = await sqlite.get<Template & { version: number }>(decl.name, templates[0]!.id);
      if (doc) companions.push({ collection: decl.name, doc });
    }
    for (let i = 0; i < STORY_COUNT; i++) {
      const story = storyFrom(templates[i % templates.length]!, i);
      uow.insertAudited(C.stories, story, { action: 'story.publish', reason: 'bench seed' });
      for (const c of companions) {
        const { version: _v, auditHead: _h, auditSeq: _s, ...doc } = c.doc;
        const companion = { ...doc, id: story.id };
        if (decl(c.collection)?.audited) uow.insertAudited(c.collection, companion, { action: 'bench.seed' });
        else uow.insert(c.collection, companion);
      }
      if ((i + 1) % BATCH === 0) await flush();
    }
    await flush();
    for (let i = 0; i < INVITATION_COUNT; i++) {
      uow.insertAudited(
        C.invitations,
        {
          id: codeHash(invitationCode(i)),
          role: 'cadre',
          orgId: org.id,
          orgPathKey: org.pathKey,
          orgName: org.name,
          tier: 'grassroots',
          capabilities: ['nomination.review'],
          createdBy: 'demo-middle',
          createdAt: SEED_NOW.toISOString(),
          expiresAt: new Date(Date.UTC(2099, 0, 1)).toISOString(),
          status: 'open',
        },
        { action: 'invitation.create', reason: 'bench seed' },
      );
      if ((i + 1) % BATCH === 0) await flush();
    }
    await flush();
    selection = await seedSelection(sqlite, ctx);
    uow.insert(C.meta, {
      id: 'bench-seed',
      key,
      stories: STORY_COUNT,
      invitations: INVITATION_COUNT,
      selection,
      seededAt: SEED_NOW.toISOString(),
    });
    await flush();
    // One self-contained file: copies need no -wal/-shm.
    sqlite.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  writeFileSync(KEY_FILE, key);
  return { file: BENCH_DB, seeded: true, seconds: (nowMs() - started) / 1000, selection };
}

/** The selection seed's summary, from the cached database's seed marker (null when absent). */
async function readSelectionMarker(): Promise<SelectionSeed | null> {
  const sqlite = openSqliteStore({ file: BENCH_DB, declaration: DECLARATION });
  try {
    const marker = await sqlite.get<{ id: string; version: number; selection?: SelectionSeed }>(C.meta, 'bench-seed');
    return marker?.selection ?? null;
  } finally {
    sqlite.close();
  }
}

/** Copies the cached database to `<dir>/laomo.db` (the runner's file name) and returns its path. */
export function copyBenchDb(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const dest = path.join(dir, 'laomo.db');
  copyFileSync(BENCH_DB, dest);
  return dest;
}
