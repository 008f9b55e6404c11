// The add-in's icons, drawn at build time as PNGs (no binary files in the repository): three white bars
// rising like a podium on a red rounded square — ranking, the heart of thi đua.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (size × size × 4 bytes) as a PNG. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Draws the icon at `size` pixels and returns the PNG. */
export function iconPng(size) {
  const px = Buffer.alloc(size * size * 4);
  const set = (x, y, [r, g, b, a]) => px.set([r, g, b, a], (y * size + x) * 4);
  const red = [200, 16, 46, 255];
  const white = [255, 255, 255, 255];
  const radius = Math.max(2, Math.round(size * 0.18));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
      const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) set(x, y, red);
    }
  }
  // Three bars, heights 45 %, 70 %, 55 % of the inner box: second place, first, third.
  const inner = size * 0.64;
  const left = (size - inner) / 2;
  const bottom = Math.round(size * 0.8);
  const barWidth = inner / 3;
  [0.45, 0.7, 0.55].forEach((h, i) => {
    const x0 = Math.round(left + i * barWidth + barWidth * 0.12);
    const x1 = Math.round(left + (i + 1) * barWidth - barWidth * 0.12);
    const y0 = Math.round(bottom - h * inner);
    for (let y = y0; y < bottom; y++) for (let x = x0; x < x1; x++) set(x, y, white);
  });
  return encodePng(size, px);
}
