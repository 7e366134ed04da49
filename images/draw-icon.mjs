// Draws images/icon.png (128×128): a deliberation page with a checked vote, on the gallery
// banner's blue. No image library: shapes are tested per pixel on a 4× grid (for smooth edges),
// and the PNG is written with zlib. Run: node images/draw-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SUPER = 4;

const BLUE = [0x1f, 0x3a, 0x5f];
const PAGE = [0xf7, 0xf4, 0xec];
const FOLD = [0xd9, 0xd3, 0xc4];
const INK = [0x6b, 0x7a, 0x90];
const TITLE = [0x1f, 0x3a, 0x5f];
const GREEN = [0x2e, 0x9e, 0x5b];
const WHITE = [0xff, 0xff, 0xff];

const insideRoundedRect = (x, y, left, top, right, bottom, radius) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

const distanceToSegment = (x, y, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};

// The page: a sheet with its top-right corner folded.
const PAGE_BOX = { left: 26, top: 16, right: 94, bottom: 112 };
const FOLD_SIZE = 18;
const insidePage = (x, y) => {
  const { left, top, right, bottom } = PAGE_BOX;
  if (!insideRoundedRect(x, y, left, top, right, bottom, 4)) return false;
  return x - (right - FOLD_SIZE) <= y - top; // cut corner
};
// The flap: the triangle under the cut, from the cut's two ends down to its corner.
const insideFold = (x, y) => {
  const { right, top } = PAGE_BOX;
  return insidePage(x, y) && x >= right - FOLD_SIZE && y <= top + FOLD_SIZE;
};

// Text lines on the page: a bold title line, then body lines of varying length.
const LINES = [
  { y: 36, from: 36, to: 70, width: 5, color: TITLE },
  { y: 50, from: 36, to: 84, width: 3, color: INK },
  { y: 60, from: 36, to: 80, width: 3, color: INK },
  { y: 70, from: 36, to: 84, width: 3, color: INK },
  { y: 80, from: 36, to: 62, width: 3, color: INK },
];
const lineColor = (x, y) => {
  for (const line of LINES) {
    if (Math.abs(y - line.y) <= line.width / 2 && x >= line.from && x <= line.to) return line.color;
  }
  return undefined;
};

// The seal: a green disc with a white check mark, overlapping the page's bottom-right corner.
const SEAL = { x: 90, y: 94, radius: 24 };
const CHECK = [
  [78, 95],
  [87, 104],
  [103, 85],
];

function colorAt(x, y) {
  if (!insideRoundedRect(x, y, 0, 0, SIZE, SIZE, 22)) return undefined;
  const sealDistance = Math.hypot(x - SEAL.x, y - SEAL.y);
  if (sealDistance <= SEAL.radius) {
    const onCheck = distanceToSegment(x, y, CHECK[0], CHECK[1]) <= 3.6 || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= 3.6;
    return onCheck ? WHITE : GREEN;
  }
  // A ring of background around the seal, so it reads as a separate stamp.
  if (sealDistance <= SEAL.radius + 3.5) return BLUE;
  if (insideFold(x, y)) return FOLD;
  if (insidePage(x, y)) return lineColor(x, y) ?? PAGE;
  return BLUE;
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPER; sy++) {
        for (let sx = 0; sx < SUPER; sx++) {
          const color = colorAt(px + (sx + 0.5) / SUPER, py + (sy + 0.5) / SUPER);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          covered++;
        }
      }
      const offset = (py * SIZE + px) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round(r / covered);
        rgba[offset + 1] = Math.round(g / covered);
        rgba[offset + 2] = Math.round(b / covered);
      }
      rgba[offset + 3] = Math.round((255 * covered) / (SUPER * SUPER));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) rgba.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(new URL('./icon.png', import.meta.url), png(render()));
