/**
 * Generates the tab bar icons (81×81 PNG, grey and union red) into client/assets/tabbar/.
 * Drawn from signed distance functions, so no image editor or download is needed.
 * Run: node config/tab-icons.mjs   (the PNGs are committed; run again only to change them)
 */
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const STROKE = 5.5;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'client', 'assets', 'tabbar');
const COLORS = { '': [0x7a, 0x7a, 0x7a], '-active': [0xc8, 0x10, 0x2e] };

// --- signed distance primitives (negative inside) ---
const segment = (px, py, ax, ay, bx, by) => {
  const pax = px - ax,
    pay = py - ay,
    bax = bx - ax,
    bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h);
};
const circle = (px, py, cx, cy, r) => Math.hypot(px - cx, py - cy) - r;
const roundBox = (px, py, cx, cy, hw, hh, r) => {
  const qx = Math.abs(px - cx) - hw + r,
    qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const line = (d) => d - STROKE / 2; // a stroked centre line
const outline = (d) => Math.abs(d) - STROKE / 2; // a stroked shape border
const union = (...ds) => Math.min(...ds);

const ICONS = {
  // A house: roof, walls, door.
  home: (x, y) =>
    union(
      line(segment(x, y, 12, 38, 40.5, 13)),
      line(segment(x, y, 40.5, 13, 69, 38)),
      line(segment(x, y, 20, 33, 20, 68)),
      line(segment(x, y, 61, 33, 61, 68)),
      line(segment(x, y, 20, 68, 61, 68)),
      outline(roundBox(x, y, 40.5, 57, 7, 11, 2)),
    ),
  // An open book.
  stories: (x, y) =>
    union(
      line(segment(x, y, 40.5, 22, 40.5, 66)),
      line(segment(x, y, 11, 17, 40.5, 22)),
      line(segment(x, y, 70, 17, 40.5, 22)),
      line(segment(x, y, 11, 17, 11, 61)),
      line(segment(x, y, 70, 17, 70, 61)),
      line(segment(x, y, 11, 61, 40.5, 66)),
      line(segment(x, y, 70, 61, 40.5, 66)),
    ),
  // A notice sheet with lines of text.
  notices: (x, y) =>
    union(
      outline(roundBox(x, y, 40.5, 40.5, 24, 29, 5)),
      line(segment(x, y, 28, 28, 53, 28)),
      line(segment(x, y, 28, 40.5, 53, 40.5)),
      line(segment(x, y, 28, 53, 44, 53)),
    ),
  // A person: head and shoulders.
  me: (x, y) => union(outline(circle(x, y, 40.5, 26, 12)), outline(shoulders(x, y))),
};

function shoulders(x, y) {
  // A rounded box cut off at y = 68: an arch over the shoulders with a flat base.
  return Math.max(roundBox(x, y, 40.5, 70, 25.5, 22, 20), y - 68);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(draw, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y += 1) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x += 1) {
      const coverage = Math.max(0, Math.min(1, 0.5 - draw(x + 0.5, y + 0.5)));
      const o = y * (SIZE * 4 + 1) + 1 + x * 4;
      if (coverage > 0) {
        raw[o] = r;
        raw[o + 1] = g;
        raw[o + 2] = b;
        raw[o + 3] = Math.round(coverage * 255);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, draw] of Object.entries(ICONS)) {
  for (const [suffix, color] of Object.entries(COLORS)) {
    const file = join(OUT, `${name}${suffix}.png`);
    const data = png(draw, color);
    writeFileSync(file, data);
    process.stdout.write(`${file} ${data.length} B\n`);
  }
}
