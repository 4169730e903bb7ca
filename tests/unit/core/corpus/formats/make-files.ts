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
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
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
