/**
 * A small, bounded HTTP load generator for loopback benchmarks: N concurrent loops over a
 * keep-alive agent, each sending one request at a time, until a deadline or a request cap.
 * Records every request's latency; counts transport errors and replies `isOk` rejects.
 */
import http from 'node:http';
import { nowMs } from './common';

export interface LoadOptions {
  /** `http://127.0.0.1:port` */
  baseUrl: string;
  path: string;
  /** Fixed headers, or the headers of request `i` (with `body(i)`: e.g. a different caller per request). */
  headers?: Record<string, string> | ((i: number) => Record<string, string>);
  /** The POST body of request `i`. */
  body(i: number): string;
  connections: number;
  durationMs: number;
  /** Hard cap on requests, whatever the duration. */
  maxRequests: number;
  /** Whether a reply counts as a success (default: status 200). */
  isOk?(status: number, body: string): boolean;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  elapsedMs: number;
  /** Per request, in completion order. */
  latenciesMs: number[];
}

function post(
  agent: http.Agent,
  url: URL,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const url = new URL(opts.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const isOk = opts.isOk ?? ((status) => status === 200);
  const latenciesMs: number[] = [];
  let issued = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = nowMs();
  const deadline = started + opts.durationMs;

  async function loop(): Promise<void> {
    while (issued < opts.maxRequests && nowMs() < deadline) {
      const i = issued++;
      const t0 = nowMs();
      try {
        const headers = typeof opts.headers === 'function' ? opts.headers(i) : (opts.headers ?? {});
        const r = await post(agent, url, opts.path, headers, opts.body(i));
        if (!isOk(r.status, r.text)) {
          errors++;
          firstError ??= `HTTP ${r.status}: ${r.text.slice(0, 200)}`;
        }
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
      }
      latenciesMs.push(nowMs() - t0);
    }
  }

  try {
    await Promise.all(Array.from({ length: opts.connections }, loop));
  } finally {
    agent.destroy();
  }
  return { requests: latenciesMs.length, errors, firstError, elapsedMs: nowMs() - started, latenciesMs };
}
