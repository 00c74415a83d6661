// Draws resources/icons/icon.png (512×512): the four dialogue rooms as four rounded tiles in
// their colours (shared/rooms.ts), clarifying → developing → negotiating → acting, clockwise.
// Plain Node (zlib), so it runs anywhere without ImageMagick: `node resources/icons/makeIcon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const GAP = 24;
const MARGIN = 24;
const RADIUS = 56;
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the rounded corners
const tiles = [
  { colour: '#0072B2', col: 0, row: 0 },
  { colour: '#009E73', col: 1, row: 0 },
  { colour: '#D55E00', col: 0, row: 1 },
  { colour: '#E69F00', col: 1, row: 1 },
];
const tileSize = (SIZE - 2 * MARGIN - GAP) / 2;
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function insideRoundedRect(x, y, left, top, size, radius) {
  if (x < left || y < top || x > left + size || y > top + size) return false;
  const cx = Math.min(Math.max(x, left + radius), left + size - radius);
  const cy = Math.min(Math.max(y, top + radius), top + size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const rowStart = y * (SIZE * 4 + 1);
  pixels[rowStart] = 0; // PNG filter: none
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        const tile = tiles.find((t) =>
          insideRoundedRect(
            px,
            py,
            MARGIN + t.col * (tileSize + GAP),
            MARGIN + t.row * (tileSize + GAP),
            tileSize,
            RADIUS,
          ),
        );
        if (!tile) continue;
        const [r, g, b] = rgb(tile.colour);
        sum[0] += r;
        sum[1] += g;
        sum[2] += b;
        sum[3] += 255;
      }
    }
    const n = SAMPLES * SAMPLES;
    const covered = sum[3] / 255;
    const offset = rowStart + 1 + x * 4;
    // Colour averaged over the covered samples only; coverage goes into alpha.
    for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
    pixels[offset + 3] = Math.round(sum[3] / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
