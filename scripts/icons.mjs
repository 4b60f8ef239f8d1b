// Draws the add-in's icons as real PNGs with Node alone (zlib for the IDAT stream), so that nothing outside
// npm is needed to regenerate them: `node scripts/icons.mjs`. The motif is Circles' "circles of origin": rings.
// Shapes are signed-distance functions, sampled 4×4 per pixel for smooth edges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BRAND = [15, 108, 189]; // Fluent's brand blue (#0F6CBD)
const TEAL = [0, 153, 136];
const ORANGE = [226, 120, 36];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels as an 8-bit RGBA PNG. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1); each returns a signed distance (negative inside).
const disc = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
};

/** Paints layers ({ shape, colour }) in order, back to front, with 4×4 supersampling. */
function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const { shape, colour } of layers) {
            if (shape(x, y) <= 0) [cr, cg, cb, ca] = [colour[0], colour[1], colour[2], 1];
          }
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

// Thin strokes vanish at 16 px: the stroke width grows as the icon shrinks.
const stroke = (size) => (size <= 16 ? 0.13 : size <= 32 ? 0.1 : 0.08);

const MOTIFS = {
  /** The add-in: a filled badge with three overlapping rings, one per kind of circle. */
  icon: (size) => [
    { shape: disc(0.5, 0.5, 0.48), colour: BRAND },
    { shape: ring(0.38, 0.42, 0.19, stroke(size) * 0.8), colour: WHITE },
    { shape: ring(0.62, 0.42, 0.19, stroke(size) * 0.8), colour: WHITE },
    { shape: ring(0.5, 0.63, 0.19, stroke(size) * 0.8), colour: WHITE },
  ],
  /** "Circles" button: three overlapping coloured rings on transparent ground. */
  circles: (size) => [
    { shape: ring(0.33, 0.36, 0.24, stroke(size)), colour: BRAND },
    { shape: ring(0.67, 0.36, 0.24, stroke(size)), colour: TEAL },
    { shape: ring(0.5, 0.66, 0.24, stroke(size)), colour: ORANGE },
  ],
  /** "Categorise by origin": a ring with a tick, the one-click filing. */
  categorise: (size) => [
    { shape: ring(0.5, 0.5, 0.4, stroke(size)), colour: BRAND },
    { shape: segment(0.3, 0.52, 0.45, 0.67, stroke(size) * 1.1), colour: TEAL },
    { shape: segment(0.45, 0.67, 0.72, 0.36, stroke(size) * 1.1), colour: TEAL },
  ],
  /** "Ambition shortlist": a target (the ambition) with a ranked list beside it. */
  shortlist: (size) => [
    { shape: ring(0.32, 0.5, 0.24, stroke(size)), colour: BRAND },
    { shape: disc(0.32, 0.5, 0.08), colour: ORANGE },
    { shape: segment(0.66, 0.3, 0.9, 0.3, stroke(size)), colour: TEAL },
    { shape: segment(0.66, 0.5, 0.86, 0.5, stroke(size)), colour: TEAL },
    { shape: segment(0.66, 0.7, 0.8, 0.7, stroke(size)), colour: TEAL },
  ],
};

/** Every file the manifest references: the add-in icon at Office's sizes and each button at 16/32/80. */
export const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ motif: 'icon', size })),
  ...['circles', 'categorise', 'shortlist'].flatMap((motif) => [16, 32, 80].map((size) => ({ motif, size }))),
];

export function writeIcons(dir = join(root, 'assets')) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const { motif, size } of ICONS) {
    const file = join(dir, `${motif}-${size}.png`);
    writeFileSync(file, encodePng(size, render(size, MOTIFS[motif](size))));
    files.push(file);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of writeIcons()) console.log(`wrote ${file}`);
}
