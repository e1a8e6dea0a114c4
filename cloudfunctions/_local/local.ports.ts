/**
 * Local adapters: the embedded default. SQLite for the store, a folder for files, a word list
 * for the content check, an outbox table for messages, a stub for phone verification, and a
 * clock that test mode (loopback only) can set.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, promises as fs } from 'node:fs';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import { toString as qrString } from 'qrcode';
import { C, DECLARATION } from '../_platform/collections';
import { systemRandom } from '../_platform/ids';
import type { Clock, ContentVerdict, FilesPort, Logger, MiniCodePort, Ports } from '../_platform/ports';
import { openSqliteStore } from '../_platform/store/sqlite.adapter';
import type { Store } from '../_platform/store/store.port';

export class SettableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** Moves the clock so that `now()` reads `to` at this moment, then runs on from there. */
  set(to: Date): void {
    this.offsetMs = to.getTime() - Date.now();
  }
  reset(): void {
    this.offsetMs = 0;
  }
}

const SAFE_ID = /^(tmp|files|demo)\/[A-Za-z0-9_.-]{1,120}$/;

export function localFiles(root: string): FilesPort & {
  put(id: string, bytes: Buffer, contentType: string): Promise<void>;
  pathOf(id: string): string | null;
} {
  mkdirSync(path.join(root, 'tmp'), { recursive: true });
  mkdirSync(path.join(root, 'files'), { recursive: true });
  mkdirSync(path.join(root, 'demo'), { recursive: true });
  const pathOf = (id: string) => (SAFE_ID.test(id) ? path.join(root, id) : null);
  const meta = async (id: string) => {
    const p = pathOf(id);
    if (!p) return null;
    try {
      return JSON.parse(await fs.readFile(`${p}.meta.json`, 'utf8')) as { size: number; contentType: string };
    } catch {
      return null;
    }
  };
  return {
    pathOf,
    async put(id, bytes, contentType) {
      const p = pathOf(id);
      if (!p) throw new Error(`unsafe file id ${id}`);
      await fs.writeFile(p, bytes);
      await fs.writeFile(`${p}.meta.json`, JSON.stringify({ size: bytes.length, contentType }));
    },
    stat: meta,
    async read(id, maxBytes) {
      const m = await meta(id);
      if (!m) throw new Error(`no file ${id}`);
      if (m.size > maxBytes) throw new Error('file too large');
      return fs.readFile(pathOf(id)!);
    },
    async attach(tempId) {
      const m = await meta(tempId);
      if (!m || !tempId.startsWith('tmp/')) throw new Error(`no temporary file ${tempId}`);
      const id = `files/${tempId.slice(4)}`;
      await fs.rename(pathOf(tempId)!, pathOf(id)!);
      await fs.rename(`${pathOf(tempId)!}.meta.json`, `${pathOf(id)!}.meta.json`);
      return id;
    },
    urlOf: (id) => `/files/${id}`,
    // Exports are written straight into the files folder, under an unguessable name.
    async write(file, produce) {
      const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'file';
      const id = `files/${safe(file.folder)}-${randomUUID()}.${safe(file.ext)}`;
      const p = pathOf(id)!;
      const out = createWriteStream(p);
      try {
        await produce(out);
        await finished(out);
      } catch (e) {
        out.destroy();
        await fs.rm(p, { force: true });
        throw e;
      }
      const { size } = await fs.stat(p);
      await fs.writeFile(`${p}.meta.json`, JSON.stringify({ size, contentType: file.contentType }));
      return { fileId: id, url: `/files/${id}`, size };
    },
    async delete(id) {
      const p = pathOf(id);
      if (!p) throw new Error(`unsafe file id ${id}`);
      await fs.rm(p, { force: true });
      await fs.rm(`${p}.meta.json`, { force: true });
    },
  };
}

/**
 * Locally a poster's code is a QR code of the H5 page (hash router) on `publicUrl`, stored as an SVG
 * file (sharp at any print size, and cheap to make).
 * Set LAOMO_PUBLIC_URL to an address phones on the network can reach.
 */
export function localMiniCode(files: ReturnType<typeof localFiles>, publicUrl: string | (() => string)): MiniCodePort {
  return {
    async codeFor({ scene, h5Path }) {
      const id = `files/code-${scene.replace(/[^A-Za-z0-9_.-]/g, '-')}.svg`;
      const origin = typeof publicUrl === 'function' ? publicUrl() : publicUrl;
      const url = `${origin.replace(/\/+$/, '')}/#/${h5Path.replace(/^\/+/, '')}`;
      const svg = await qrString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      await files.put(id, Buffer.from(svg), 'image/svg+xml');
      return id;
    },
  };
}

/** A small word list standing in for WeChat's msgSecCheck. */
const RISKY = ['赌博', '色情', '毒品', '枪支'];
const REVIEW = ['投诉', '举报', '曝光'];
export function wordListContentCheck() {
  return {
    async check(text: string): Promise<ContentVerdict> {
      if (RISKY.some((w) => text.includes(w))) return 'risky';
      if (REVIEW.some((w) => text.includes(w))) return 'review';
      return 'pass';
    },
  };
}

export function consoleLogger(quiet = false): Logger {
  return {
    error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
    info: (message, fields) => {
      if (!quiet) console.log(JSON.stringify({ level: 'info', message, ...fields }));
    },
  };
}

export interface LocalPortsOptions {
  dataDir: string;
  /** ':memory:' for tests that need no file. */
  dbFile?: string;
  clock?: Clock;
  logger?: Logger;
  store?: Store;
  random?: Ports['random'];
  /**
   * Where the H5 app is reached, for poster codes (default LAOMO_PUBLIC_URL, else
   * http://127.0.0.1:PORT); a function is asked each time (the runner's address once it listens).
   */
  publicUrl?: string | (() => string);
}

export function localPorts(opts: LocalPortsOptions): Ports & { files: ReturnType<typeof localFiles> } {
  mkdirSync(opts.dataDir, { recursive: true });
  const store =
    opts.store ??
    openSqliteStore({ file: opts.dbFile ?? path.join(opts.dataDir, 'laomo.db'), declaration: DECLARATION });
  const clock = opts.clock ?? new SettableClock();
  const files = localFiles(path.join(opts.dataDir, 'files'));
  const publicUrl = opts.publicUrl ?? process.env.LAOMO_PUBLIC_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8080}`;
  return {
    store,
    clock,
    files,
    miniCode: localMiniCode(files, publicUrl),
    contentCheck: wordListContentCheck(),
    notifier: {
      async send(m) {
        const now = clock.now().toISOString();
        await store.insert(C.outbox, { id: systemRandom.id(), ...m, createdAt: now });
      },
    },
    phone: {
      // Locally the "code" is the phone number itself, prefixed: `phone:13800000000`.
      async verify(code) {
        const m = /^phone:(1\d{10})$/.exec(code);
        return m ? { phone: m[1]! } : null;
      },
    },
    logger: opts.logger ?? consoleLogger(),
    random: opts.random ?? systemRandom,
  };
}
