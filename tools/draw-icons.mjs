// Draws the lookup app's icons (crates/site/app/icon*.png and icon.svg): a magnifying glass on a
// rounded square in the element's accent blue. Run by hand after changing the drawing
// (`node tools/draw-icons.mjs`); the PNGs are committed, so builds need nothing but them.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../crates/site/app/', import.meta.url);
const BLUE = [0x1f, 0x5f, 0xbf];
const WHITE = [0xff, 0xff, 0xff];

/** The glass, in a unit square: a ring and a handle, scaled by `scale` about the centre. */
function glass(x, y, scale) {
  const [u, v] = [(x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5];
  const ring = Math.hypot(u - 0.44, v - 0.44);
  if (ring <= 0.25 && ring >= 0.165) return true;
  // The handle: a capsule from the ring outwards, down and to the right.
  const t = Math.max(0, Math.min(1, ((u - 0.63) * 0.15 + (v - 0.63) * 0.15) / (2 * 0.15 * 0.15)));
  return Math.hypot(u - (0.63 + 0.15 * t), v - (0.63 + 0.15 * t)) <= 0.06;
}

/** Inside the rounded square (corner radius `radius`), or anywhere when the icon is maskable. */
function square(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return Math.hypot(dx, dy) <= radius;
}

function pixels(size, { maskable }) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [background, mark] = [0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [x, y] = [(px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size];
          if (maskable || square(x, y, 0.2)) background++;
          if (glass(x, y, maskable ? 0.72 : 1)) mark++;
        }
      }
      const total = samples * samples;
      const cover = mark / total;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++) rgba[offset + channel] = Math.round(BLUE[channel] * (1 - cover) + WHITE[channel] * cover);
      rgba[offset + 3] = Math.round((Math.max(background, mark) / total) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, options) {
  const rgba = pixels(size, options);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync(new URL('icon-192.png', OUT), png(192, { maskable: false }));
writeFileSync(new URL('icon-512.png', OUT), png(512, { maskable: false }));
writeFileSync(new URL('icon-maskable-512.png', OUT), png(512, { maskable: true }));
writeFileSync(new URL('icon.svg', OUT), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="20" fill="#1f5fbf"/>
<circle cx="44" cy="44" r="20.75" fill="none" stroke="#fff" stroke-width="8.5"/>
<line x1="63" y1="63" x2="78" y2="78" stroke="#fff" stroke-width="12" stroke-linecap="round"/>
</svg>
`);
