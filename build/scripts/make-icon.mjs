// Draws the app icon (the shapes of build/icon.svg) into dist/icon/icon.png, 512×512, with plain
// Node (zlib): electron-builder turns it into the Windows .ico and the Linux icons. Run by
// `npm run dist:win` / `dist:linux`; nothing generated is committed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 samples per pixel for smooth edges

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

/** Signed distance to a rounded rectangle (negative inside). */
function roundRect(px, py, x, y, w, h, r) {
  const cx = x + w / 2;
  const cy = y + h / 2;
  const qx = Math.abs(px - cx) - (w / 2 - r);
  const qy = Math.abs(py - cy) - (h / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to a segment stroked with round caps. */
function stroke(px, py, ax, ay, bx, by, width) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy) - width / 2;
}

// Painted in order; the last shape containing a point gives its colour (same as the SVG).
const rows = [200, 280, 360];
const shapes = [
  { color: hex('#3b4cca'), d: (x, y) => roundRect(x, y, 32, 32, 448, 448, 96) },
  { color: hex('#ffffff'), d: (x, y) => roundRect(x, y, 120, 96, 272, 336, 28) },
  { color: hex('#f5b400'), d: (x, y) => roundRect(x, y, 196, 72, 120, 56, 20) },
  ...rows.map((r) => ({
    color: hex('#2f9e44'),
    d: (x, y) => Math.min(stroke(x, y, 152, r, 174, r + 22, 18), stroke(x, y, 174, r + 22, 214, r - 22, 18)),
  })),
  ...rows.map((r) => ({ color: hex('#9aa3d8'), d: (x, y) => stroke(x, y, 246, r, 356, r, 20) })),
];

export function drawIcon() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          let color = null;
          for (const s of shapes) if (s.d(x, y) <= 0) color = s.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 255;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const covered = a / 255;
      const i = (py * SIZE + px) * 4;
      rgba[i] = covered ? Math.round(r / covered) : 0;
      rgba[i + 1] = covered ? Math.round(g / covered) : 0;
      rgba[i + 2] = covered ? Math.round(b / covered) : 0;
      rgba[i + 3] = Math.round(a / n);
    }
  }
  return encodePng(SIZE, SIZE, rgba);
}

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
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // no filter
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function writeIcon(file = path.join('dist', 'icon', 'icon.png')) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, drawIcon());
  return file;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('make-icon.mjs')) {
  console.log(`Đã vẽ biểu tượng: ${writeIcon()}`);
}
