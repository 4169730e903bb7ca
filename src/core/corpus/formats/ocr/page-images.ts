import { getResolvedPDFJS } from 'unpdf';
import type { Pixels } from './encode-png';

/** pdf.js's ImageKind (src/shared/util.js): how a decoded image's bytes are laid out. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/** Smaller images are logos, rules and bullets, not a scanned page worth reading. */
export const MIN_SCAN_SIDE = 200;
/** A bigger image would need gigabytes in the OCR engine: refused with a message instead. */
export const MAX_SCAN_PIXELS = 60_000_000;

interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray | null;
}

/** The parts of pdf.js's PDFPageProxy this reads (unpdf does not re-export its types by name). */
export interface ImagePage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: { get(id: string, callback: (data: unknown) => void): void };
  commonObjs: { get(id: string, callback: (data: unknown) => void): void };
}

export interface PageImages {
  /** Images large enough to be a scan, in drawing order, as 8-bit grey. */
  images: Pixels[];
  /** Image drawing operations pdf.js kept, including small ones and ones it could not decode. */
  painted: number;
}

/**
 * Decoded pixels of every scan-sized image a page draws. A scanned PDF draws one image XObject
 * per page (sometimes a few strips); pdf.js decodes it while building the operator list (Flate,
 * DCT, CCITT, JBIG2 in JavaScript) and hands the pixels over in page.objs, so no canvas is needed.
 * Images pdf.js cannot decode are dropped by it with a warning and never reach the list.
 */
export async function pageImages(page: ImagePage): Promise<PageImages> {
  const { OPS } = await getResolvedPDFJS();
  const list = await page.getOperatorList();
  const images: Pixels[] = [];
  let painted = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    let image: DecodedImage | null = null;
    if (op === OPS.paintImageXObject || op === OPS.paintImageXObjectRepeat) {
      const id = list.argsArray[i]?.[0];
      if (typeof id !== 'string') continue;
      // Images used on several pages are kept document-wide ("g_" ids) in commonObjs.
      const objs = id.startsWith('g_') ? page.commonObjs : page.objs;
      image = await new Promise<DecodedImage | null>((resolve) => objs.get(id, (data) => resolve((data as DecodedImage | null) ?? null)));
    } else if (op === OPS.paintInlineImageXObject) {
      image = (list.argsArray[i]?.[0] as DecodedImage | undefined) ?? null;
    } else {
      continue;
    }
    painted++;
    if (!image?.data || image.width < MIN_SCAN_SIDE || image.height < MIN_SCAN_SIDE) continue;
    if (image.width * image.height > MAX_SCAN_PIXELS) {
      throw new RangeError(`a page image of ${image.width}×${image.height} pixels is over the ${MAX_SCAN_PIXELS / 1e6} megapixels OCR reads`);
    }
    const grey = toGrey(image);
    if (grey) images.push(grey);
  }
  return { images, painted };
}

/**
 * Any of pdf.js's layouts as 8-bit grey (what the OCR engine binarises anyway; a third of the
 * bytes of RGB). Transparent pixels are put on white paper. Null for a layout it does not know.
 */
export function toGrey({ width, height, kind, data }: DecodedImage): Pixels | null {
  if (!data) return null;
  const n = width * height;
  const out = new Uint8Array(n);
  if (kind === GRAYSCALE_1BPP) {
    // Rows are padded to whole bytes; a set bit is white (pdf.js has applied /Decode already).
    const rowBytes = (width + 7) >> 3;
    if (data.length < rowBytes * height) return null;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) out[y * width + x] = data[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    }
  } else if (kind === RGB_24BPP || kind === RGBA_32BPP) {
    const step = kind === RGB_24BPP ? 3 : 4;
    if (data.length < n * step) return null;
    for (let p = 0, s = 0; p < n; p++, s += step) {
      // ITU-R BT.601 luma, in integers.
      const luma = (data[s]! * 299 + data[s + 1]! * 587 + data[s + 2]! * 114) / 1000;
      const alpha = step === 4 ? data[s + 3]! / 255 : 1;
      out[p] = Math.round(luma * alpha + 255 * (1 - alpha));
    }
  } else {
    return null;
  }
  return { width, height, channels: 1, data: out };
}
