/**
 * The entry against real SQLite: every error code is reached, bad input never writes, identity
 * never comes from the payload, submissions are idempotent and concurrent edits conflict.
 */
import { PLATFORM_CODES } from '../../shared/errors';
import { rid, startTestApp, type TestApp } from '../_local/testing';
import { contentActions } from '../../shared/actions/content.schema';
import { contentRoutes } from '../content/content.function';
import { ViewBuffer } from '../content/story-stats';
import { C } from './collections';
import { createHandler } from './entry';
import type { RouteTable } from './route';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

const reached = new Set<string>();
function expectCode(reply: { ok: boolean; code?: string }, code: string): void {
  expect(reply).toMatchObject({ ok: false, code });
  reached.add(code);
}

describe('bad input at the entry writes nothing', () => {
  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an array', [1, 2]],
    ['action missing', { data: {} }],
    ['action of the wrong type', { action: 42 }],
    [
      'an unknown envelope key (forged identity)',
      { action: 'redeemInvitation', data: { code: 'DEMO-JOIN-2026' }, requestId: 'abcdefgh1', openid: 'demo-district' },
    ],
    ['a malformed request id', { action: 'redeemInvitation', data: { code: 'DEMO-JOIN-2026' }, requestId: 'x' }],
  ])('%s → BAD_REQUEST', async (_name, event) => {
    const before = app.snapshot();
    expectCode(await app.raw('identity', event), 'BAD_REQUEST');
    expect(app.snapshot()).toBe(before);
  });

  it('an unknown action → UNKNOWN_ACTION', async () => {
    const before = app.snapshot();
    expectCode(await app.raw('identity', { action: 'dropDatabase', data: {} }), 'UNKNOWN_ACTION');
    expectCode(await app.raw('identity', { action: '__proto__', data: {} }), 'UNKNOWN_ACTION');
    expect(app.snapshot()).toBe(before);
  });

  it('wrong types → BAD_REQUEST with the field paths', async () => {
    const before = app.snapshot();
    const reply = await app.call(
      'org',
      'addOrg',
      { parentId: 5, name: 'x', kind: 'castle' },
      { openid: 'demo-district', requestId: rid() },
    );
    expectCode(reply, 'BAD_REQUEST');
    if (reply.ok) throw new Error('unreachable');
    expect(reply.issues?.map((i) => i.path.join('.')).sort()).toEqual(['kind', 'name', 'parentId']);
    expect(reply.issues?.every((i) => /[\u4e00-\u9fa5]/.test(i.message))).toBe(true);
    expect(app.snapshot()).toBe(before);
  });

  it('a 200 KB body → PAYLOAD_TOO_LARGE', async () => {
    const before = app.snapshot();
    const reply = await app.raw('identity', {
      action: 'redeemInvitation',
      data: { code: 'DEMO-JOIN-2026', displayName: 'x'.repeat(200 * 1024) },
      requestId: rid(),
    });
    expectCode(reply, 'PAYLOAD_TOO_LARGE');
    expect(app.snapshot()).toBe(before);
  });

  it('an openid forged in the data → BAD_REQUEST (strict inputs), nothing written', async () => {
    const before = app.snapshot();
    const reply = await app.call(
      'identity',
      'redeemInvitation',
      { code: 'DEMO-JOIN-2026', openid: 'demo-district' },
      { openid: 'demo-public', requestId: rid() },
    );
    expectCode(reply, 'BAD_REQUEST');
    expect(app.snapshot()).toBe(before);
  });

  it('the platform userInfo key is ignored: identity is the platform context', async () => {
    const reply = await app.raw(
      'identity',
      { action: 'me', data: {}, userInfo: { openId: 'demo-district' } },
      'demo-public',
    );
    expect(reply).toMatchObject({ ok: true, data: { signedIn: true, grants: [] } });
  });
});

describe('identity and authorization', () => {
  it('no identity on a signed-in action → UNAUTHENTICATED', async () => {
    expectCode(
      await app.call('identity', 'redeemInvitation', { code: 'DEMO-JOIN-2026' }, { openid: null, requestId: rid() }),
      'UNAUTHENTICATED',
    );
  });

  it('a member of the public on a cadre action → FORBIDDEN', async () => {
    const before = app.snapshot();
    expectCode(
      await app.call(
        'org',
        'addOrg',
        { parentId: 'sub-east', name: '新单位工会', kind: 'grassroots' },
        { requestId: rid() },
      ),
      'FORBIDDEN',
    );
    expect(app.snapshot()).toBe(before);
  });

  it('a missing record → NOT_FOUND', async () => {
    expectCode(await app.call('content', 'getStory', { id: 'no-such-story' }), 'NOT_FOUND');
  });
});

describe('versions, idempotency and limits', () => {
  it('a stale version → CONFLICT with the current record', async () => {
    const ok = await app.call(
      'org',
      'renameOrg',
      { id: 'unit-bus', version: 1, name: '东湖公交集团工会', reason: '单位更名' },
      { openid: 'demo-district', requestId: rid() },
    );
    expect(ok.ok).toBe(true);
    const stale = await app.call(
      'org',
      'renameOrg',
      { id: 'unit-bus', version: 1, name: '别的名字', reason: '单位更名' },
      { openid: 'demo-district', requestId: rid() },
    );
    expectCode(stale, 'CONFLICT');
    expect(stale).toMatchObject({ current: { id: 'unit-bus', name: '东湖公交集团工会', version: 2 } });
  });

  it('a stale write to a record with private fields → CONFLICT with its id and version only', async () => {
    const grants = await app.ports.store.find<{ id: string; version: number; userId: string }>('grants', {
      where: { userId: 'demo-grassroots', status: 'active' },
    });
    const grant = grants.items[0]!;
    const revoke = (version: number) =>
      app.call(
        'identity',
        'revokeGrant',
        { grantId: grant.id, version, reason: '岗位调整' },
        { openid: 'demo-district', requestId: rid() },
      );
    // Bump the version behind the caller's back, then revoke at the version they saw.
    await app.ports.store.commit([
      { kind: 'update', collection: 'grants', id: grant.id, expectedVersion: grant.version, set: { note: 'x' } },
    ]);
    const stale = await revoke(grant.version);
    expectCode(stale, 'CONFLICT');
    // Not the stored grant (it holds the holder's openid as `userId`): its id and version only.
    expect(stale).toMatchObject({ current: { id: grant.id, version: grant.version + 1 } });
    expect(Object.keys((stale as { current: object }).current).sort()).toEqual(['id', 'version']);
  });

  it('two cadres renaming at once: one wins, the other gets CONFLICT, nothing half done', async () => {
    const rename = (name: string) =>
      app.call(
        'org',
        'renameOrg',
        { id: 'unit-school', version: 1, name, reason: '并发测试' },
        { openid: 'demo-district', requestId: rid() },
      );
    const replies = await Promise.all([rename('甲名称工会'), rename('乙名称工会')]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(1);
    const audit = await app.ports.store.find(C.audit, { where: { recordKey: 'orgs/unit-school' }, limit: 10 });
    expect(audit.items.map((e) => e.action)).toEqual(['org.add', 'org.rename']);
  });

  it('a retried submission replays its reply and never creates a second record', async () => {
    const requestId = rid();
    const first = await app.call(
      'identity',
      'redeemInvitation',
      { code: 'DEMO-JOIN-2026', displayName: '新干部' },
      { openid: 'demo-public', requestId },
    );
    const again = await app.call(
      'identity',
      'redeemInvitation',
      { code: 'DEMO-JOIN-2026', displayName: '新干部' },
      { openid: 'demo-public', requestId },
    );
    expect(first.ok).toBe(true);
    expect(again).toEqual({ ...first, serverTime: expect.any(String) });
    expect(await app.ports.store.count(C.grants, { userId: 'demo-public', status: 'active' })).toBe(1);
  });

  it('the same retry sent twice at once still creates one record', async () => {
    const requestId = rid();
    const send = () =>
      app.call('identity', 'redeemInvitation', { code: 'DEMO-JOIN-2026' }, { openid: 'demo-public', requestId });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.ok && b.ok).toBe(true);
    expect(await app.ports.store.count(C.grants, { userId: 'demo-public', status: 'active' })).toBe(1);
  });

  it('a submission without a requestId → BAD_REQUEST', async () => {
    expectCode(await app.call('identity', 'redeemInvitation', { code: 'DEMO-JOIN-2026' }), 'BAD_REQUEST');
  });

  it('guessing invitation codes → RATE_LIMITED after ten tries an hour', async () => {
    for (let i = 0; i < 10; i++) {
      expectCode(
        await app.call(
          'identity',
          'redeemInvitation',
          { code: `AAAA-BBBB-CC${String(i).padStart(2, '0')}` },
          { requestId: rid() },
        ),
        'INVITATION_INVALID',
      );
    }
    expectCode(
      await app.call('identity', 'redeemInvitation', { code: 'DEMO-JOIN-2026' }, { requestId: rid() }),
      'RATE_LIMITED',
    );
    app.clock.set(new Date(Date.now() + 3600_000));
    expect((await app.call('identity', 'redeemInvitation', { code: 'DEMO-JOIN-2026' }, { requestId: rid() })).ok).toBe(
      true,
    );
  });
});

describe('failures inside a function', () => {
  const realContentRoutes = contentRoutes(new ViewBuffer(() => Date.now()));

  it('an unexpected error → INTERNAL with a call id, no stack or SQL, logged with the same id', async () => {
    const routes: RouteTable<'content'> = {
      ...realContentRoutes,
      listStories: {
        handle: () => {
          throw new Error('SQLITE_ERROR near "SELECT * FROM stories": syntax error');
        },
      },
    };
    const reply = await createHandler(
      'content',
      contentActions,
      routes,
      app.ports,
    )({ action: 'listStories', data: {} }, { openid: null });
    expectCode(reply, 'INTERNAL');
    const text = JSON.stringify(reply);
    expect(text).not.toMatch(/SELECT|SQLITE|at .*\.ts/);
    if (reply.ok) throw new Error('unreachable');
    expect(reply.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(app.logs.find((l) => l.level === 'error')?.fields).toMatchObject({ callId: reply.requestId });
  });

  it('an output that does not match its schema is refused, not sent', async () => {
    const routes: RouteTable<'content'> = {
      ...realContentRoutes,
      listStories: { handle: async () => ({ items: [{ id: 1 }], nextCursor: null }) as never },
    };
    expectCode(
      await createHandler(
        'content',
        contentActions,
        routes,
        app.ports,
      )({ action: 'listStories', data: {} }, { openid: null }),
      'INTERNAL',
    );
  });
});

afterAll(() => {
  // Every code the platform itself returns is reached above; domain codes in their services' tests.
  expect(PLATFORM_CODES.filter((c) => !reached.has(c))).toEqual([]);
});
