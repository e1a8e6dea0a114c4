/**
 * Content management by cadres: subtree rules, content check, images through the files port,
 * consent before publication, unpublishing everything about a person, campaign by the district.
 */
import { C } from '../_platform/collections';
import { rid, startTestApp, type TestApp } from '../_local/testing';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

const story = (over: Record<string, unknown> = {}) => ({
  title: '扎根社区的好医生',
  summary: '东湖社区卫生服务中心全科医生王秀兰的故事。',
  coverFileId: 'demo/cover-mw-02.svg',
  modelWorkerId: 'mw-02',
  workerName: '王秀兰',
  unitName: '东湖社区卫生服务中心',
  orgId: 'unit-hospital',
  industry: '医疗卫生',
  category: '劳动模范',
  year: 2026,
  blocks: [{ type: 'paragraph', text: '她把居民当家人。' }],
  ...over,
});
const call = <T = Record<string, unknown>>(action: string, data: Record<string, unknown>, openid = 'demo-middle') =>
  app.call<T>('promotion', action, data, { openid, requestId: rid() });

describe('stories', () => {
  it('a cadre outside the organization’s subtree cannot write there', async () => {
    expect(await call('saveStory', { story: story() }, 'demo-middle-west')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await call('saveStory', { story: story() }, 'demo-grassroots')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('refuses risky text and scripts in the body; flags text for review', async () => {
    expect(await call('saveStory', { story: story({ summary: '这里有赌博网站的广告内容。' }) })).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
    });
    expect(
      await call('saveStory', { story: story({ blocks: [{ type: 'html', html: '<script>alert(1)</script>' }] }) }),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(
      await call('saveStory', { story: story({ blocks: [{ type: 'paragraph', text: 'x', onclick: 'alert(1)' }] }) }),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await call('saveStory', { story: story({ summary: '欢迎群众举报身边的先进事迹线索。' }) })).toMatchObject({
      ok: true,
      data: { needsReview: true },
    });
  });

  it('checks and attaches an uploaded cover; refuses a non-image', async () => {
    await app.ports.files.put('tmp/cover.png', Buffer.from('png'), 'image/png');
    await app.ports.files.put('tmp/notes.txt', Buffer.from('txt'), 'text/plain');
    expect(await call('saveStory', { story: story({ coverFileId: 'tmp/notes.txt' }) })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: ['story', 'coverFileId'] }],
    });
    const saved = await call<{ id: string }>('saveStory', { story: story({ coverFileId: 'tmp/cover.png' }) });
    if (!saved.ok) throw new Error(saved.code);
    expect(await app.ports.store.get(C.stories, saved.data.id)).toMatchObject({
      coverFileId: 'files/cover.png',
      status: 'draft',
    });
  });

  it('drafts are not public; publishing needs the person’s consent; it then appears for readers', async () => {
    const saved = await call<{ id: string; version: number }>('saveStory', { story: story() });
    if (!saved.ok) throw new Error(saved.code);
    expect(await app.call('content', 'getStory', { id: saved.data.id }, { openid: null })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const worker = (await app.ports.store.get(C.modelWorkers, 'mw-02'))!;
    await app.ports.store.update(C.modelWorkers, 'mw-02', worker.version, { publicationConsent: false });
    expect(await call('publishStory', { id: saved.data.id, version: 1 })).toMatchObject({
      ok: false,
      code: 'CONSENT_MISSING',
    });
    await app.ports.store.update(C.modelWorkers, 'mw-02', worker.version + 1, { publicationConsent: true });
    expect(await call('publishStory', { id: saved.data.id, version: 1 })).toMatchObject({
      ok: true,
      data: { status: 'published' },
    });
    expect(await app.call('content', 'getStory', { id: saved.data.id }, { openid: null })).toMatchObject({
      ok: true,
      data: { title: '扎根社区的好医生' },
    });
    const audit = await app.ports.store.find(C.audit, { where: { recordKey: `stories/${saved.data.id}` } });
    expect(audit.items.map((e) => e.action)).toEqual(['story.create', 'story.publish']);
  });

  it('unpublishes every story about a person in one step', async () => {
    const reply = await call<{ unpublished: number }>('unpublishStoriesOfPerson', {
      modelWorkerId: 'mw-01',
      reason: '本人撤回宣传同意',
    });
    expect(reply).toMatchObject({ ok: true, data: { unpublished: 1 } });
    expect(await app.call('content', 'getStory', { id: 'story-01' }, { openid: null })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('gives the editor the URL of every image of a story, for the preview', async () => {
    const saved = await call<{ id: string }>('saveStory', {
      story: story({
        blocks: [
          { type: 'paragraph', text: '她把居民当家人。' },
          { type: 'image', fileId: 'demo/cover-mw-01.svg', alt: '义诊现场' },
        ],
      }),
    });
    if (!saved.ok) throw new Error(saved.code);
    const reply = await call<{ images: { fileId: string; url: string }[] }>('getManagedStory', { id: saved.data.id });
    expect(reply).toMatchObject({
      ok: true,
      data: {
        images: [
          { fileId: 'demo/cover-mw-02.svg', url: '/files/demo/cover-mw-02.svg' },
          { fileId: 'demo/cover-mw-01.svg', url: '/files/demo/cover-mw-01.svg' },
        ],
      },
    });
  });

  it('lists only the stories of the caller’s subtree', async () => {
    const reply = await call<{ items: { unitName: string }[] }>('listManagedStories', {}, 'demo-middle-west');
    if (!reply.ok) throw new Error(reply.code);
    expect(reply.data.items.map((s) => s.unitName)).toEqual(['西山实验小学']);
  });
});

describe('campaign, events and bases', () => {
  const campaign = {
    theme: '2028年劳模宣传月',
    startsAt: '2028-04-30T16:00:00.000Z',
    endsAt: '2028-05-31T16:00:00.000Z',
    bannerFileId: 'demo/campaign-2027.svg',
    spirit: ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'],
    featuredStoryIds: ['story-01'],
    schedule: [{ date: '2028-05-01', title: '启动仪式' }],
  };

  it('only district cadres manage the campaign; it shows on home during its dates once published', async () => {
    expect(await call('saveCampaign', { campaign })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const saved = await call<{ id: string }>('saveCampaign', { campaign }, 'demo-district');
    if (!saved.ok) throw new Error(saved.code);
    app.clock.set(new Date('2028-05-10T00:00:00.000Z'));
    expect(await app.call('content', 'home', {}, { openid: null })).toMatchObject({
      ok: true,
      data: { campaign: null },
    });
    expect(await call('publishCampaign', { id: saved.data.id, version: 1 }, 'demo-district')).toMatchObject({
      ok: true,
    });
    expect(await app.call('content', 'home', {}, { openid: null })).toMatchObject({
      ok: true,
      data: { campaign: { theme: '2028年劳模宣传月' } },
    });
  });

  it('a cadre creates an event in their subtree with a check-in code; readers see it once published', async () => {
    const event = {
      kind: 'community',
      title: '劳模进社区：健康义诊',
      description: '劳模医生为社区居民免费义诊。',
      startsAt: '2027-03-01T01:00:00.000Z',
      endsAt: '2027-03-01T04:00:00.000Z',
      place: '东湖社区广场',
      capacity: 40,
      orgId: 'unit-hospital',
    };
    expect(await call('saveEvent', { event }, 'demo-middle-west')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const saved = await call<{ id: string; checkinCode: string }>('saveEvent', { event });
    if (!saved.ok) throw new Error(saved.code);
    expect(saved.data.checkinCode).toMatch(/^\d{6}$/);
    expect(await app.call('content', 'getEvent', { id: saved.data.id }, { openid: null })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await call('publishEvent', { id: saved.data.id, version: 1 })).toMatchObject({ ok: true });
    expect(await app.call('content', 'getEvent', { id: saved.data.id }, { openid: null })).toMatchObject({
      ok: true,
      data: { capacity: 40, signedUp: 0 },
    });
  });

  it('lists the events of the caller’s subtree with status and check-in code: 西山 never sees 东湖', async () => {
    type Listed = { items: { id: string; orgName: string; status: string; checkinCode: string }[] };
    const draft = await call<{ id: string; checkinCode: string }>('saveEvent', {
      event: {
        kind: 'community',
        title: '劳模进社区：健康义诊',
        description: '劳模医生为社区居民免费义诊。',
        startsAt: '2027-06-01T01:00:00.000Z',
        endsAt: '2027-06-01T04:00:00.000Z',
        place: '东湖社区广场',
        capacity: 40,
        orgId: 'unit-hospital',
      },
    });
    if (!draft.ok) throw new Error(draft.code);

    const west = await call<Listed>('listManagedEvents', {}, 'demo-middle-west');
    if (!west.ok) throw new Error(west.code);
    expect(west.data.items.map((e) => e.id)).toEqual(['event-02']);
    expect(west.data.items[0]).toMatchObject({ orgName: '西山实验小学工会', status: 'published' });

    const east = await call<Listed>('listManagedEvents', {});
    if (!east.ok) throw new Error(east.code);
    // Latest start first; the new draft (and its code) is there, 西山's event is not.
    expect(east.data.items.map((e) => e.id)).toEqual([draft.data.id, 'event-03', 'event-04']);
    expect(east.data.items[0]).toMatchObject({ status: 'draft', checkinCode: draft.data.checkinCode });
    expect(east.data.items.every((e) => /^\d{6}$/.test(e.checkinCode))).toBe(true);

    const all = await call<Listed>('listManagedEvents', {}, 'demo-district');
    if (!all.ok) throw new Error(all.code);
    expect(all.data.items.map((e) => e.id).sort()).toEqual(
      [draft.data.id, 'event-01', 'event-02', 'event-03', 'event-04'].sort(),
    );
    expect(await call('listManagedEvents', {}, 'demo-grassroots')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lists the campaigns, drafts too, for district cadres only', async () => {
    expect(await call('listCampaigns', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const saved = await call<{ id: string }>('saveCampaign', { campaign }, 'demo-district');
    if (!saved.ok) throw new Error(saved.code);
    const reply = await call<{ items: { id: string; status: string; bannerUrl: string }[] }>(
      'listCampaigns',
      {},
      'demo-district',
    );
    if (!reply.ok) throw new Error(reply.code);
    expect(reply.data.items.map((c) => [c.id, c.status])).toEqual([
      [saved.data.id, 'draft'],
      ['campaign-2027', 'published'],
    ]);
    expect(reply.data.items[1]!.bannerUrl).toBe('/files/demo/campaign-2027.svg');
  });

  it('volunteer bases are led by model workers and list their activities', async () => {
    const base = {
      name: '滨河法律志愿服务基地',
      orgId: 'sub-east',
      leaderModelWorkerIds: ['mw-02'],
      areas: ['law'],
      description: '劳模带头为职工提供法律咨询。',
    };
    const saved = await call<{ id: string }>('saveBase', { base });
    expect(saved).toMatchObject({ ok: true });
    const bases = await app.call<{ items: { name: string; leaderNames: string[] }[] }>(
      'content',
      'listBases',
      {},
      { openid: null },
    );
    expect(bases).toMatchObject({ ok: true });
    if (!bases.ok) throw new Error(bases.code);
    expect(bases.data.items.map((b) => b.name)).toEqual(['东湖劳模志愿服务基地', '滨河法律志愿服务基地']);
    const activities = await app.call<{ items: { id: string; hours?: number }[] }>(
      'content',
      'listEvents',
      { baseId: 'base-01' },
      { openid: null },
    );
    expect(activities).toMatchObject({ ok: true, data: { items: [{ id: 'event-04', hours: 3 }] } });
  });
});
