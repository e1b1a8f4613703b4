/**
 * A small PNG for `GET /public-locks/images/{sharedLockId}`: a solid square whose colour comes
 * from the shared lock's id, so each shared lock has its own picture and the same one each time.
 */
import { deflateSync } from 'node:zlib';

const SIDE = 16;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) {
    value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  }
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array([...Buffer.from(type, 'ascii'), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);

  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

function colourOf(seed: string): [number, number, number] {
  let hash = 0x811c9dc5;
  for (const character of seed) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
  return [(hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff];
}

/** A 16 by 16 RGB PNG in one colour picked from `seed`. */
export function solidPng(seed: string): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, SIDE);
  view.setUint32(4, SIDE);
  header.set([8, 2, 0, 0, 0], 8);

  // Each scanline: filter type 0, then the pixels.
  const row = [0, ...Array.from({ length: SIDE }, () => colourOf(seed)).flat()];
  const pixels = new Uint8Array(Array.from({ length: SIDE }, () => row).flat());

  return new Uint8Array([
    ...SIGNATURE,
    ...chunk('IHDR', header),
    ...chunk('IDAT', deflateSync(pixels)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}
