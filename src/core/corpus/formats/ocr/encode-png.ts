import { crc32, deflateSync } from 'node:zlib';

/** Decoded pixels: `channels` bytes a pixel (1 grey, 3 RGB, 4 RGBA), rows top to bottom, no padding. */
export interface Pixels {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** PNG colour types (PNG spec §11.2.2 IHDR) for 8-bit grey, RGB and RGBA. */
const COLOUR_TYPE = { 1: 0, 3: 2, 4: 6 } as const;

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  out.set(body, 8);
  // The CRC covers the type and the data, not the length (PNG spec §5.3).
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/**
 * Pixels as a PNG file: the one image format every OCR engine here reads from bytes, made
 * without a canvas or any native module. Rows get filter 0 (none): the image goes straight to
 * the OCR engine, so a smaller file is not worth the time a filter search costs.
 */
export function encodePng({ width, height, channels, data }: Pixels): Buffer {
  const stride = width * channels;
  if (data.length < stride * height) throw new RangeError(`Pixel data is ${data.length} bytes; ${width}×${height}×${channels} needs ${stride * height}.`);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = COLOUR_TYPE[channels];
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', new Uint8Array(0))]);
}
