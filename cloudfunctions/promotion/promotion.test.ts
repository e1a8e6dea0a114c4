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

  it('a story about a person without a record needs the consent recorded on it to be published', async () => {
    const person = story({ modelWorkerId: undefined, workerName: '何晓梅', title: '社区食堂的掌勺人' });
    delete (person as { modelWorkerId?: string }).modelWorkerId;
    const saved = await call<{ id: string; version: number }>('saveStory', { story: person });
    if (!saved.ok) throw new Error(saved.code);
    expect(await call('publishStory', { id: saved.data.id, version: 1 })).toMatchObject({
      ok: false,
      code: 'STORY_CONSENT_MISSING',
      message: expect.stringContaining('须登记本人的宣传同意'),
    });
    // A half-filled consent never saves: statement, date and signed document together.
    expect(
      await call('saveStory', {
        id: saved.data.id,
        version: 1,
        story: {
          ...person,
          consent: { statement: '本人同意在劳模宣传中公开我的事迹和照片。', signedOn: '2027-03-02' },
        },
      }),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    await app.ports.files.put('tmp/consent.jpg', Buffer.from('jpg'), 'image/jpeg');
    const consent = {
      statement: '本人同意在劳模宣传中公开我的事迹和照片。',
      signedOn: '2027-03-02',
      documentFileId: 'tmp/consent.jpg',
    };
    expect(await call('saveStory', { id: saved.data.id, version: 1, story: { ...person, consent } })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(await app.ports.store.get(C.stories, saved.data.id)).toMatchObject({
      consent: { ...consent, documentFileId: 'files/consent.jpg' },
    });
    const managed = await call<{ story: { consent?: unknown }; images: { fileId: string; url: string }[] }>(
      'getManagedStory',
      { id: saved.data.id },
    );
    if (!managed.ok) throw new Error(managed.code);
    expect(managed.data.story.consent).toEqual({ ...consent, documentFileId: 'files/consent.jpg' });
    expect(managed.data.images).toContainEqual({ fileId: 'files/consent.jpg', url: '/files/files/consent.jpg' });

    expect(await call('publishStory', { id: saved.data.id, version: 2 })).toMatchObject({
      ok: true,
      data: { status: 'published' },
    });
    // Readers never get the consent or its document.
    const read = await app.call<Record<string, unknown>>(
      'content',
      'getStory',
      { id: saved.data.id },
      { openid: null },
    );
    expect(read).toMatchObject({ ok: true });
    expect(JSON.stringify(read)).not.toContain('consent');
    // Once published, the consent cannot be edited away.
    expect(await call('saveStory', { id: saved.data.id, version: 3, story: person })).toMatchObject({
      ok: false,
      code: 'STORY_CONSENT_MISSING',
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

  it('district cadres unpublish the campaign with a reason (audited); home leaves campaign mode at once', async () => {
    app.clock.set(new Date('2027-05-08T02:00:00.000Z'));
    expect(await app.call('content', 'home', {}, { openid: null })).toMatchObject({
      ok: true,
      data: { campaign: { id: 'campaign-2027' } },
    });
    const version = (await app.ports.store.get(C.campaigns, 'campaign-2027'))!.version;
    const input = { id: 'campaign-2027', version, reason: '宣传月方案调整' };
    expect(await call('unpublishCampaign', input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('unpublishCampaign', { ...input, reason: '' }, 'demo-district')).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(await call('unpublishCampaign', { ...input, version: version + 5 }, 'demo-district')).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await call('unpublishCampaign', input, 'demo-district')).toMatchObject({
      ok: true,
      data: { status: 'unpublished', version: version + 1 },
    });
    expect(await app.call('content', 'home', {}, { openid: null })).toMatchObject({
      ok: true,
      data: { campaign: null },
    });
    const audit = await app.ports.store.find(C.audit, { where: { recordKey: 'campaigns/campaign-2027' } });
    expect(audit.items.at(-1)).toMatchObject({ action: 'campaign.unpublish', reason: '宣传月方案调整' });
    // Not published: nothing to unpublish. It shows as 已下线 and can be published again.
    expect(await call('unpublishCampaign', { ...input, version: version + 1 }, 'demo-district')).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    const listed = await call<{ items: { id: string; status: string }[] }>('listCampaigns', {}, 'demo-district');
    expect(listed).toMatchObject({ ok: true, data: { items: [{ id: 'campaign-2027', status: 'unpublished' }] } });
    expect(await call('publishCampaign', { id: 'campaign-2027', version: version + 1 }, 'demo-district')).toMatchObject(
      { ok: true },
    );
    expect(await app.call('content', 'home', {}, { openid: null })).toMatchObject({
      ok: true,
      data: { campaign: { id: 'campaign-2027' } },
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

  it('manages the bases of the caller’s subtree: list, edit, 下线 with a reason and back, audited', async () => {
    type Listed = { items: { id: string; version: number; status: string; name: string; leaderNames: string[] }[] };
    const east = await call<Listed>('listManagedBases', {});
    expect(east).toMatchObject({ ok: true, data: { items: [{ id: 'base-01', status: 'active' }] } });
    expect(await call<Listed>('listManagedBases', {}, 'demo-middle-west')).toMatchObject({
      ok: true,
      data: { items: [] },
    });
    expect(await call('listManagedBases', {}, 'demo-grassroots')).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const base = (await app.ports.store.get(C.bases, 'base-01'))!;
    const edited = await call('saveBase', {
      id: 'base-01',
      version: base.version,
      base: {
        name: '东湖劳模志愿服务基地',
        orgId: 'sub-east',
        leaderModelWorkerIds: ['mw-02', 'mw-10'],
        areas: ['medicine'],
        description: '劳模医护人员定期为社区居民提供健康咨询。',
      },
    });
    expect(edited).toMatchObject({ ok: true, data: { version: base.version + 1, status: 'active' } });
    expect(await app.ports.store.get(C.bases, 'base-01')).toMatchObject({ leaderNames: ['王秀兰', '郑丽华'] });

    const off = { id: 'base-01', version: base.version + 1, reason: '基地场地改造，暂停服务' };
    expect(await call('unpublishBase', off, 'demo-middle-west')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('unpublishBase', off)).toMatchObject({ ok: true, data: { status: 'closed' } });
    expect(await app.call('content', 'getBase', { id: 'base-01' }, { openid: null })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await app.call('content', 'listBases', {}, { openid: null })).toMatchObject({
      ok: true,
      data: { items: [] },
    });
    // Closed bases stay on the managers' list, to be put back.
    expect(await call('listManagedBases', {})).toMatchObject({ ok: true, data: { items: [{ status: 'closed' }] } });
    expect(await call('unpublishBase', { ...off, version: base.version + 2 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await call('publishBase', { id: 'base-01', version: base.version + 2 })).toMatchObject({
      ok: true,
      data: { status: 'active' },
    });
    expect(await app.call('content', 'getBase', { id: 'base-01' }, { openid: null })).toMatchObject({ ok: true });
    const audit = await app.ports.store.find(C.audit, { where: { recordKey: 'bases/base-01' } });
    expect(audit.items.map((e) => e.action)).toEqual(['base.create', 'base.edit', 'base.unpublish', 'base.publish']);
    expect(audit.items[2]).toMatchObject({ reason: '基地场地改造，暂停服务' });
  });

  it('offers the model worker records of the caller’s subtree as leaders; an unknown leader is refused', async () => {
    type Candidates = { items: { id: string; name: string }[] };
    const east = await call<Candidates>('listLeaderCandidates', {});
    if (!east.ok) throw new Error(east.code);
    expect(east.data.items).toContainEqual({ id: 'mw-02', name: '王秀兰' });
    expect(east.data.items.map((w) => w.id)).not.toContain('mw-04');
    const west = await call<Candidates>('listLeaderCandidates', {}, 'demo-middle-west');
    if (!west.ok) throw new Error(west.code);
    expect(west.data.items).toContainEqual({ id: 'mw-04', name: '陈静' });
    expect(west.data.items.map((w) => w.id)).not.toContain('mw-02');
    expect(
      await call('saveBase', {
        base: {
          name: '滨河法律志愿服务基地',
          orgId: 'sub-east',
          leaderModelWorkerIds: ['mw-99'],
          areas: ['law'],
          description: '劳模带头为职工提供法律咨询。',
        },
      }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND', issues: [{ path: ['base', 'leaderModelWorkerIds'] }] });
  });
});
