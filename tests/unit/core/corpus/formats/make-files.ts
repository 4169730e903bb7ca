import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Small files of every format, written by the tests themselves (no third-party documents).
 */

function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/gu, (c) => `\\${c}`)})`;
}

export interface PdfOptions {
  title?: string;
  /** Extra trailer entries, e.g. an /Encrypt reference, and extra objects. */
  encrypt?: boolean;
}

/**
 * A minimal valid PDF 1.4: one page per entry, each paragraph a block of 12-pt lines with a
 * blank line between paragraphs, Helvetica, a correct xref table.
 */
export function makePdf(pages: string[][][], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const paragraphs of pages) {
    let ops = 'BT /F1 12 Tf 14 TL 72 720 Td\n';
    paragraphs.forEach((lines, i) => {
      if (i > 0) ops += 'T*\n';
      for (const line of lines) ops += `${pdfString(line)} Tj T*\n`;
    });
    ops += 'ET';
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Title ${pdfString(options.title ?? '')} /CreationDate (D:20240315093000Z) >>`);
  let encrypt = 0;
  if (options.encrypt) {
    // Standard security handler, RC4 40-bit, with O/U values that match no password.
    const hex32 = '<' + 'ab'.repeat(32) + '>';
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O ${hex32} /U ${hex32} /P -4 >>`);
  }
  const id = '<0123456789abcdef0123456789abcdef>';
  return writePdf(objects, catalog, ` /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''}`);
}

/** A PDF file of numbered objects (object k is objects[k - 1]) with its cross-reference table. */
function writePdf(objects: readonly string[], root: number, trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out, true);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

function xmlEscape(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** A DOCX (Office Open XML) with one w:p per paragraph and core properties. */
export function makeDocx(paragraphs: string[], core: { title?: string; creator?: string } = {}, extra: Zippable = {}): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const coreXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${core.title ? `<dc:title>${xmlEscape(core.title)}</dc:title>` : ''}${core.creator ? `<dc:creator>${xmlEscape(core.creator)}</dc:creator>` : ''}
<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-01T10:00:00Z</dcterms:created></cp:coreProperties>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    _rels: { '.rels': strToU8(RELS) },
    word: { 'document.xml': strToU8(document) },
    docProps: { 'core.xml': strToU8(coreXml) },
    ...extra,
  });
}

export function makeEml(o: { subject: string; from: string; date: string; body: string; html?: boolean }): Uint8Array {
  return strToU8(
    [
      `From: ${o.from}`,
      'To: desk@example.org',
      `Subject: ${o.subject}`,
      `Date: ${o.date}`,
      'MIME-Version: 1.0',
      `Content-Type: ${o.html ? 'text/html' : 'text/plain'}; charset=utf-8`,
      'Content-Transfer-Encoding: 8bit',
      '',
      o.body,
    ].join('\r\n'),
  );
}

/** An image XObject's stream as it goes in the PDF. */
export interface PdfImage {
  width: number;
  height: number;
  /** 'DeviceGray' 8-bit unless set. */
  colorSpace?: 'DeviceGray' | 'DeviceRGB';
  filter: 'FlateDecode' | 'DCTDecode';
  /** e.g. `<< /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns 640 >>` for PNG-filtered rows. */
  decodeParms?: string;
  data: Uint8Array;
}

/** One page of a scan: its image drawn over the whole page, and optionally a text layer. */
export interface ScanPage {
  image?: PdfImage;
  lines?: string[];
}

const latin1 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
};

/**
 * The image data of a non-interlaced 8-bit grey or RGB PNG, ready to be an image XObject: the
 * IDAT stream is zlib data of PNG-filtered rows, which is what FlateDecode with /Predictor 15
 * reads (PDF 32000-1 §7.4.4.4), so nothing is decoded or re-encoded.
 */
export function pngAsPdfImage(png: Uint8Array): PdfImage {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const colourType = png[25];
  if (png[24] !== 8 || (colourType !== 0 && colourType !== 2) || png[28] !== 0) throw new Error('pngAsPdfImage takes 8-bit grey or RGB PNGs without interlacing.');
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  idat.reduce((at, c) => (data.set(c, at), at + c.length), 0);
  const colors = colourType === 0 ? 1 : 3;
  return {
    width,
    height,
    colorSpace: colors === 1 ? 'DeviceGray' : 'DeviceRGB',
    filter: 'FlateDecode',
    decodeParms: `<< /Predictor 15 /Colors ${colors} /BitsPerComponent 8 /Columns ${width} >>`,
    data,
  };
}

/**
 * A PDF whose pages are images (a scan), each drawn over the whole US Letter page, with a
 * text layer where a page has `lines`: what a scanner without OCR, or with it, writes.
 */
export function makeScanPdf(pages: ScanPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    let ops = '';
    let xobject = '';
    if (page.image) {
      const im = page.image;
      const parms = im.decodeParms ? ` /DecodeParms ${im.decodeParms}` : '';
      const id = add(`<< /Type /XObject /Subtype /Image /Width ${im.width} /Height ${im.height} /ColorSpace /${im.colorSpace ?? 'DeviceGray'} /BitsPerComponent 8 /Filter /${im.filter}${parms} /Length ${im.data.length} >>\nstream\n${latin1(im.data)}\nendstream`);
      ops += 'q 612 0 0 792 0 0 cm /Im1 Do Q\n';
      xobject = ` /XObject << /Im1 ${id} 0 R >>`;
    }
    if (page.lines?.length) ops += `BT /F1 12 Tf 14 TL 72 720 Td\n${page.lines.map((l) => `${pdfString(l)} Tj T*`).join('\n')}\nET\n`;
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>${xobject} >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return writePdf(objects, 1);
}
