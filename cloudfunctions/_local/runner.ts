/**
 * The local runner: the embedded default's stand-in for CloudBase. It serves the H5 build and
 * `POST /fn/<name>` with the same handlers the cloud functions export, lets calls overlap as
 * CloudBase instances do, applies each function's timeout and payload limits, runs timer
 * triggers on their 7-field cron, and in local mode takes identity from a demo persona header
 * (loopback only). Test mode (loopback only) can set the clock and run the scheduler once.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Reply } from '../../shared/envelope';
import type { FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import { runJobs, type JobReport } from '../scheduler/scheduler.jobs';
import { parseCron7 } from './cron';
import type { SettableClock, localFiles } from './local.ports';
import { parseMultipartFile } from './multipart';

/** CloudBase's request limit; the entry then applies the 100 KB callFunction payload limit. */
const MAX_BODY_BYTES = 6 * 1024 * 1024;
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface FunctionConfig {
  timeout: number;
  triggers?: { name: string; type: string; config: string }[];
}

export interface Persona {
  openid: string;
  label: string;
  description: string;
}

export interface RunnerOptions {
  ports: Ports & { files: ReturnType<typeof localFiles> };
  clock: SettableClock;
  functions: Record<string, FunctionHandler>;
  configs: Record<string, FunctionConfig>;
  personas: Persona[];
  host?: string;
  port?: number;
  h5Dir?: string;
  testMode?: boolean;
  /** Run timer triggers (off in tests: they use the test-mode scheduler endpoint). */
  timers?: boolean;
}

export interface Runner {
  url: string;
  close(): Promise<void>;
  runSchedulerOnce(): Promise<JobReport[]>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function withTimeout(p: Promise<Reply<unknown>>, seconds: number): Promise<Reply<unknown>> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<Reply<unknown>>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, code: 'INTERNAL', message: '服务响应超时，请稍后重试' }),
      seconds * 1000,
    );
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function startRunner(opts: RunnerOptions): Promise<Runner> {
  const host = opts.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  // Persona identity and test mode exist only on loopback: on any other address a header
  // naming a persona is ignored and test endpoints are absent.
  const personaMode = loopback;
  const testMode = Boolean(opts.testMode) && loopback;
  const personaIds = new Set(opts.personas.map((p) => p.openid));

  async function handleFn(name: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const handler = opts.functions[name];
    if (!handler) return sendJson(res, 404, { ok: false, code: 'UNKNOWN_ACTION', message: '云函数不存在' });
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large')
      return sendJson(res, 413, { ok: false, code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大，请精简后重试' });
    let event: unknown;
    try {
      event = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 200, { ok: false, code: 'BAD_REQUEST', message: '请求格式错误' });
    }
    const header = req.headers['x-laomo-persona'];
    const persona = typeof header === 'string' && personaMode && personaIds.has(header) ? header : null;
    const timeout = opts.configs[name]?.timeout ?? 10;
    sendJson(res, 200, await withTimeout(handler(event, { openid: persona }), timeout));
  }

  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req, MAX_UPLOAD_BYTES);
    if (body === 'too-large') return sendJson(res, 413, { ok: false, code: 'PAYLOAD_TOO_LARGE', message: '文件过大' });
    const file = parseMultipartFile(body, req.headers['content-type'] ?? '');
    if (!file) return sendJson(res, 400, { ok: false, code: 'BAD_REQUEST', message: '未收到文件' });
    const ext = path
      .extname(file.filename)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')
      .slice(0, 8);
    const fileId = `tmp/${randomUUID()}${ext}`;
    await opts.ports.files.put(fileId, file.bytes, file.contentType);
    sendJson(res, 200, { ok: true, data: { fileId } });
  }

  function serveFile(filePath: string | null, res: http.ServerResponse, contentType?: string): void {
    if (!filePath || !existsSync(filePath) || !statSync(filePath).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': contentType ?? MIME[path.extname(filePath)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=300',
    });
    createReadStream(filePath).pipe(res);
  }

  function serveUserFile(id: string, res: http.ServerResponse): void {
    const p = opts.ports.files.pathOf(id);
    let type: string | undefined;
    if (p && existsSync(`${p}.meta.json`))
      type = (JSON.parse(readFileSync(`${p}.meta.json`, 'utf8')) as { contentType: string }).contentType;
    serveFile(p, res, type);
  }

  function serveStatic(urlPath: string, res: http.ServerResponse): void {
    const root = opts.h5Dir;
    if (!root || !existsSync(root)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('H5 build missing: run npm run build:h5');
      return;
    }
    const rel = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
    const candidate = path.join(root, rel);
    const inside = candidate.startsWith(path.resolve(root));
    serveFile(
      inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : path.join(root, 'index.html'),
      res,
    );
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const p = url.pathname;
    if (req.method === 'POST' && p.startsWith('/fn/')) return handleFn(p.slice(4), req, res);
    if (req.method === 'POST' && p === '/files/upload') return handleUpload(req, res);
    if (req.method === 'GET' && p.startsWith('/files/')) return serveUserFile(decodeURIComponent(p.slice(7)), res);
    if (req.method === 'GET' && p === '/local/personas') {
      return personaMode
        ? sendJson(res, 200, { personas: opts.personas })
        : sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '' });
    }
    if (testMode && req.method === 'POST' && p === '/local/test/clock') {
      const body = JSON.parse((await readBody(req, 10_000)).toString() || '{}') as { now?: string | null };
      // The reply names the instant the clock was set to (it runs on from there, so reading it back
      // a millisecond later could differ).
      const set = body.now ? new Date(body.now) : null;
      if (set) opts.clock.set(set);
      else opts.clock.reset();
      return sendJson(res, 200, { ok: true, now: (set ?? opts.clock.now()).toISOString() });
    }
    if (testMode && req.method === 'POST' && p === '/local/test/scheduler') {
      return sendJson(res, 200, { ok: true, reports: await runJobs(opts.ports) });
    }
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(p === '/' ? 'index.html' : p, res);
    sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '' });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      opts.ports.logger.error('runner error', { error: e instanceof Error ? e.stack : String(e) });
      if (!res.headersSent) sendJson(res, 500, { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' });
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 8080, host, resolve));
  const address = server.address() as AddressInfo;

  const timers: NodeJS.Timeout[] = [];
  if (opts.timers) {
    for (const [name, config] of Object.entries(opts.configs)) {
      for (const trigger of config.triggers ?? []) {
        const due = parseCron7(trigger.config);
        let last = -1;
        timers.push(
          setInterval(() => {
            const now = opts.clock.now();
            const second = Math.floor(now.getTime() / 1000);
            if (second !== last && due(now)) {
              last = second;
              if (name === 'scheduler') void runJobs(opts.ports);
            }
          }, 250),
        );
      }
    }
  }

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    runSchedulerOnce: () => runJobs(opts.ports),
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearInterval);
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
