/**
 * Production adapters: CloudBase database and storage through `@cloudbase/node-sdk`, WeChat
 * server APIs (content check, subscribe messages, phone numbers) through `wx-server-sdk` cloud
 * calls. Both SDKs stay outside the bundle (listed in each function's package.json).
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { finished } from 'node:stream/promises';
import tcb from '@cloudbase/node-sdk';
import { DECLARATION } from '../collections';
import { systemRandom } from '../ids';
import { systemClock, type ContentVerdict, type Ports } from '../ports';
import { cloudbaseStore } from '../store/cloudbase.adapter';
import { isConfigured } from '../templates';

interface WxCloud {
  init(opts: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  openapi: {
    security: {
      msgSecCheck(args: {
        openid: string;
        scene: number;
        version: number;
        content: string;
      }): Promise<{ result?: { suggest?: string } }>;
    };
    subscribeMessage: {
      send(args: {
        touser: string;
        templateId: string;
        page?: string;
        data: Record<string, { value: string }>;
      }): Promise<unknown>;
    };
    phonenumber: { getPhoneNumber(args: { code: string }): Promise<{ phoneInfo?: { purePhoneNumber?: string } }> };
    wxacode: {
      getUnlimited(args: {
        scene: string;
        page: string;
        checkPath?: boolean;
        width?: number;
      }): Promise<{ buffer?: Buffer; contentType?: string }>;
    };
  };
}

let wx: WxCloud | undefined;
function wxCloud(): WxCloud {
  if (!wx) {
    // Loaded on first use: most calls never need it, and it is heavy to require.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    wx = require('wx-server-sdk') as WxCloud;
    wx.init({ env: wx.DYNAMIC_CURRENT_ENV });
  }
  return wx;
}

/**
 * The caller's openid from this invocation's context (WX_OPENID, set by the platform), read per
 * call: one instance may serve several callers over its life.
 */
export function openidFromContext(context: unknown): string | null {
  const ctx = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]) as {
    WX_OPENID?: string;
  };
  return ctx.WX_OPENID || null;
}

export function productionPorts(): Ports {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const ports: Ports = {
    store: cloudbaseStore({ app, declaration: DECLARATION }),
    clock: systemClock,
    random: systemRandom,
    logger: {
      error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
      info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
    },
    files: {
      async stat(fileId) {
        const res = await app.getTempFileURL({ fileList: [fileId] });
        const item = res.fileList?.[0];
        if (!item || item.code !== 'SUCCESS') return null;
        const head = await fetch(item.tempFileURL, { method: 'HEAD' });
        return {
          size: Number(head.headers.get('content-length') ?? 0),
          contentType: head.headers.get('content-type') ?? '',
        };
      },
      async read(fileId, maxBytes) {
        const res = await app.downloadFile({ fileID: fileId });
        const buf = res.fileContent as Buffer;
        if (buf.length > maxBytes) throw new Error('file too large');
        return buf;
      },
      async attach(tempFileId) {
        // Temporary uploads live under tmp/; a function re-uploads a checked file to its home.
        const res = await app.downloadFile({ fileID: tempFileId });
        const path = tempFileId.replace(/^.*?tmp\//, 'files/');
        const up = await app.uploadFile({ cloudPath: path, fileContent: res.fileContent as Buffer });
        return up.fileID;
      },
      urlOf: (fileId) => fileId,
      async write(file, produce) {
        // Streamed to the instance's temporary disk, then streamed up: memory stays flat.
        const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'file';
        const name = `${safe(file.folder)}-${randomUUID()}.${safe(file.ext)}`;
        const tmp = nodePath.join(os.tmpdir(), name);
        try {
          const out = createWriteStream(tmp);
          await produce(out);
          await finished(out);
          const { size } = await fs.stat(tmp);
          const up = await app.uploadFile({ cloudPath: `exports/${name}`, fileContent: createReadStream(tmp) });
          // A temporary URL (an hour): the storage rules need not let the cadre read the file itself.
          const res = await app.getTempFileURL({ fileList: [{ fileID: up.fileID, maxAge: 3600 }] });
          const url = res.fileList?.[0]?.tempFileURL;
          if (!url) throw new Error(`no temporary URL for ${up.fileID}`);
          return { fileId: up.fileID, url, size };
        } finally {
          await fs.rm(tmp, { force: true });
        }
      },
      async delete(fileId) {
        const res = await app.deleteFile({ fileList: [fileId] });
        const code = res.fileList?.[0]?.code;
        // A file already gone counts as deleted (the job that deletes exports may run twice).
        if (code && code !== 'SUCCESS' && code !== 'STORAGE_FILE_NONEXIST') {
          throw new Error(`deleteFile ${fileId}: ${code}`);
        }
      },
    },
    contentCheck: {
      async check(text, openid): Promise<ContentVerdict> {
        if (!openid) return 'review';
        const res = await wxCloud().openapi.security.msgSecCheck({
          openid,
          scene: 2,
          version: 2,
          content: text.slice(0, 2500),
        });
        const suggest = res.result?.suggest;
        return suggest === 'risky' ? 'risky' : suggest === 'review' ? 'review' : 'pass';
      },
    },
    notifier: {
      async send(m) {
        if (!isConfigured(m.template)) {
          ports.logger.info('subscribe message skipped: template not configured', { template: m.template });
          return;
        }
        const data = Object.fromEntries(Object.entries(m.data).map(([k, v]) => [k, { value: v }]));
        await wxCloud().openapi.subscribeMessage.send({
          touser: m.toOpenid,
          templateId: m.template,
          page: m.page,
          data,
        });
      },
    },
    miniCode: {
      // The mini-program code of `page` with `scene` (at most 32 characters), stored in cloud storage.
      async codeFor({ page, scene }) {
        const res = await wxCloud().openapi.wxacode.getUnlimited({
          scene,
          page: page.replace(/^\//, ''),
          checkPath: false,
          width: 430,
        });
        if (!res.buffer) throw new Error('wxacode.getUnlimited returned no image');
        const cloudPath = `codes/${scene.replace(/[^A-Za-z0-9_.-]/g, '-')}.png`;
        const up = await app.uploadFile({ cloudPath, fileContent: res.buffer });
        return up.fileID;
      },
    },
    phone: {
      async verify(code) {
        const res = await wxCloud().openapi.phonenumber.getPhoneNumber({ code });
        const phone = res.phoneInfo?.purePhoneNumber;
        return phone ? { phone } : null;
      },
    },
  };
  return ports;
}
