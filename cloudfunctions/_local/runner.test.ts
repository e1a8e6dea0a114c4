/**
 * The runner over real HTTP: functions behind POST /fn/<name>, persona identity on loopback only,
 * payload limits, test-mode clock, uploads and files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalApp, type LocalApp } from './local-app';
import { isLoopback } from './runner';

let app: LocalApp;
let dir: string;
const quiet = { error: () => undefined, info: () => undefined };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'laomo-runner-'));
  app = await startLocalApp({ dataDir: dir, port: 0, testMode: true, timers: false, logger: quiet });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(
  fn: string,
  body: unknown,
  persona?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${app.runner.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(persona ? { 'x-laomo-persona': persona } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /fn/<name>', () => {
  it('serves a function reply with server time', async () => {
    const { json } = await post('content', { action: 'listStories', data: { limit: 3 } });
    expect(json).toMatchObject({ ok: true, serverTime: expect.any(String) });
    expect((json.data as { items: unknown[] }).items).toHaveLength(3);
  });

  it('an unknown function → UNKNOWN_ACTION', async () => {
    expect((await post('nope', { action: 'x' })).json).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });

  it('a body that is not JSON → BAD_REQUEST', async () => {
    expect((await post('content', '{not json')).json).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });

  it('a 200 KB body → PAYLOAD_TOO_LARGE', async () => {
    const { json } = await post('identity', { action: 'me', data: { pad: 'x'.repeat(200 * 1024) } });
    expect(json).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('identity comes from the persona header, and an unknown persona is nobody', async () => {
    expect((await post('identity', { action: 'me', data: {} }, 'demo-district')).json).toMatchObject({
      ok: true,
      data: { signedIn: true, grants: [{ tier: 'district' }] },
    });
    expect((await post('identity', { action: 'me', data: {} }, 'forged-openid')).json).toMatchObject({
      ok: true,
      data: { signedIn: false },
    });
  });
});

describe('local mode', () => {
  it('lists personas on loopback', async () => {
    const res = await fetch(`${app.runner.url}/local/personas`);
    const body = (await res.json()) as { personas: { openid: string }[] };
    expect(body.personas.map((p) => p.openid)).toContain('demo-district');
  });

  it('on a non-loopback address, persona identity and test mode are off', async () => {
    const other = await startLocalApp({
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'laomo-any-')),
      host: '0.0.0.0',
      port: 0,
      testMode: true,
      timers: false,
      logger: quiet,
    });
    try {
      const port = new URL(other.runner.url).port;
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/local/personas`)).status).toBe(404);
      expect((await fetch(`${base}/local/test/scheduler`, { method: 'POST' })).status).toBe(404);
      const res = await fetch(`${base}/fn/identity`, {
        method: 'POST',
        headers: { 'x-laomo-persona': 'demo-district' },
        body: JSON.stringify({ action: 'me', data: {} }),
      });
      expect(await res.json()).toMatchObject({ ok: true, data: { signedIn: false } });
    } finally {
      await other.close();
    }
  });

  it('knows which hosts are loopback', () => {
    expect(['127.0.0.1', 'localhost', '::1', '127.0.0.2'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', '10.0.0.1'].some(isLoopback)).toBe(false);
  });

  it('test mode sets the clock, and functions read it', async () => {
    await fetch(`${app.runner.url}/local/test/clock`, {
      method: 'POST',
      body: JSON.stringify({ now: '2027-05-01T02:00:00.000Z' }),
    });
    const { json } = await post('identity', { action: 'me', data: {} });
    expect(String(json.serverTime).slice(0, 10)).toBe('2027-05-01');
    await fetch(`${app.runner.url}/local/test/clock`, { method: 'POST', body: JSON.stringify({ now: null }) });
  });

  it('test mode runs the scheduler once', async () => {
    const res = await fetch(`${app.runner.url}/local/test/scheduler`, { method: 'POST' });
    const body = (await res.json()) as { ok: boolean; reports: { job: string; changed: number }[] };
    expect(body.ok).toBe(true);
    expect(body.reports.map((r) => r.job)).toEqual(
      expect.arrayContaining(['expireInvitations', 'remindNominationDeadlines']),
    );
  });
});

describe('files', () => {
  it('uploads to a temporary area and serves files', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('名称,类型')], { type: 'text/csv' }), 'orgs.csv');
    const res = await fetch(`${app.runner.url}/files/upload`, { method: 'POST', body: form });
    const body = (await res.json()) as { data: { fileId: string } };
    expect(body.data.fileId).toMatch(/^tmp\/[0-9a-f-]+\.csv$/);
    expect(await app.ports.files.stat(body.data.fileId)).toEqual({
      size: Buffer.byteLength('名称,类型'),
      contentType: 'text/csv',
    });
    const cover = await fetch(`${app.runner.url}/files/demo/cover-mw-01.svg`);
    expect(cover.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('refuses paths outside the files area', async () => {
    expect((await fetch(`${app.runner.url}/files/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});
