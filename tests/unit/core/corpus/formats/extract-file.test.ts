import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../../../src/core/corpus/formats';
import { processRawDocument } from '../../../../../src/core/corpus/formats/process-raw';
import { makeDocx, makeEml, makePdf } from './make-files';
import { errorOf } from './input-error';

/** Rewrites the uncompressed size an entry declares, in its local header and the central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  const nameAt = (at: number) => wanted.every((b, i) => zip[at + i] === b);
  for (let i = 0; i + 46 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === wanted.length && nameAt(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === wanted.length && nameAt(i + 46)) view.setUint32(i + 24, size, true);
  }
}


describe('extractFile: text formats', () => {
  it('reads UTF-8, UTF-16 and Windows-1252 text', async () => {
    expect((await extractFile('a.txt', strToU8('Caf\u00e9 opens.'))).content).toBe('Café opens.');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Hi there', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect((await extractFile('a.txt', utf16)).content).toBe('Hi there');
    expect((await extractFile('a.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).content).toBe('Café');
  });

  it('refuses empty files and binaries with a text extension', async () => {
    expect(await errorOf(extractFile('a.txt', new Uint8Array()))).toEqual({ input: true, message: 'Empty file (0 bytes).' });
    expect((await errorOf(extractFile('a.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).message).toMatch(/binary file/u);
    expect((await errorOf(extractFile('a.html', strToU8('  \n\t ')))).message).toMatch(/only whitespace/u);
  });

  it('honours an HTML page charset and never runs its scripts', async () => {
    const page = '<html><head><meta charset="windows-1252"><title>Port</title><script>globalThis.__ran = 1; document.write("INJECTED")</script></head>' +
      '<body><article><h1>Port of Leith</h1><p>The port \u00e9xpanded its quay this year, the authority said in a statement on Monday.</p>' +
      '<p>A second paragraph describes the new cranes and the dredging of the channel in some detail.</p></article></body></html>';
    const bytes = new Uint8Array(Array.from(page, (c) => c.charCodeAt(0)));
    const doc = await processRawDocument({ id: 'p', format: 'html', content: (await extractFile('p.html', bytes)).content, meta: {}, file: 'p.html' });
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined();
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('The port éxpanded its quay');
    expect(text).not.toContain('INJECTED');
    expect(text).not.toContain('globalThis');
  });

  it('names the size limit of a file that is too large', async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    expect((await errorOf(extractFile('big.txt', big))).message).toBe('File is 21.0 MB; the limit for TEXT files is 20.0 MB.');
  });

  it('refuses an unknown extension', async () => {
    expect((await errorOf(extractFile('a.xls', strToU8('x')))).message).toMatch(/Not a supported format/u);
  });
});

describe('extractFile: PDF', () => {
  it('reads the text layer into paragraphs across pages, with title and date from the info dictionary', async () => {
    const pdf = makePdf(
      [
        [['The harbour authority said on Monday that the new', 'container terminal would open in June.'], ['Cranes arrive next week.']],
        [['Dredging starts on page two.']],
      ],
      { title: 'Harbour report' },
    );
    const out = await extractFile('report.pdf', pdf);
    expect(out.content.split('\n\n')).toEqual([
      'The harbour authority said on Monday that the new container terminal would open in June.',
      'Cranes arrive next week.',
      'Dredging starts on page two.',
    ]);
    expect(out.meta).toMatchObject({ title: 'Harbour report', published: '2024-03-15' });
    expect(out.note).toBe("Text from the PDF's text layer (2 pages).");
  });

  it('says an encrypted PDF needs a password', async () => {
    expect((await errorOf(extractFile('locked.pdf', makePdf([[['secret']]], { encrypt: true })))).message).toBe('Encrypted PDF: it needs a password to open.');
  });

  it('says a PDF without a text layer is probably a scan', async () => {
    expect((await errorOf(extractFile('scan.pdf', makePdf([[]])))).message).toMatch(/no text layer/u);
  });

  it('reports corrupt and truncated PDFs, and files that are not PDFs', async () => {
    const pdf = makePdf([[['Some text here.']]]);
    expect((await errorOf(extractFile('cut.pdf', pdf.subarray(0, 60)))).message).toMatch(/^(Corrupt PDF|This PDF has no text layer)/u);
    expect((await errorOf(extractFile('fake.pdf', strToU8('hello, not a pdf')))).message).toBe('Not a PDF file (it does not start with %PDF).');
  });

  it('refuses a PDF over the size limit before parsing it', async () => {
    const huge = new Uint8Array(101 * 1024 * 1024);
    huge.set(strToU8('%PDF-1.4\n'));
    expect((await errorOf(extractFile('huge.pdf', huge))).message).toBe('File is 101.0 MB; the limit for PDF files is 100.0 MB.');
  });
});

describe('extractFile: DOCX', () => {
  it('reads paragraphs, title and author', async () => {
    const out = await extractFile('memo.docx', makeDocx(['Quarterly memo', 'Sales rose 4% in the north & east.'], { title: 'Memo <Q3>', creator: 'Ann Lee' }));
    expect(out.content).toContain('Sales rose 4% in the north & east.');
    expect(out.meta).toMatchObject({ title: 'Memo <Q3>', byline: 'Ann Lee', published: '2024-02-01' });
  });

  it('refuses a zip bomb from its declared sizes, before inflating', async () => {
    // A 1 MB entry whose zip headers declare 300 MB: what a bomb declares, without the test
    // spending seconds deflating 300 MB. The guard must refuse it without inflating anything.
    const bomb = makeDocx(['x'], {}, { word: { 'media.bin': new Uint8Array(1024 * 1024) } as never });
    declareSize(bomb, 'word/media.bin', 300 * 1024 * 1024);
    expect((await errorOf(extractFile('bomb.docx', bomb))).message).toBe('This DOCX would inflate to 300.0 MB; the limit is 200.0 MB (a zip bomb?).');
  });

  it('explains encrypted (OLE) Word files, corrupt zips and zips that are not Word documents', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await errorOf(extractFile('locked.docx', ole))).message).toMatch(/password-protected/u);
    expect((await errorOf(extractFile('cut.docx', makeDocx(['text']).subarray(0, 100)))).message).toMatch(/^Corrupt DOCX/u);
    expect((await errorOf(extractFile('other.docx', zipSync({ 'a.txt': strToU8('hi') })))).message).toMatch(/no word\/document.xml/u);
    expect((await errorOf(extractFile('plain.docx', strToU8('just text')))).message).toMatch(/not a zip archive/u);
  });
});

describe('extractFile: EML', () => {
  it('reads subject, sender, date and the plain-text body', async () => {
    const out = await extractFile(
      'note.eml',
      makeEml({ subject: 'Port figures', from: 'Ann Lee <ann@example.org>', date: 'Tue, 5 Mar 2024 10:00:00 +0000', body: 'Volumes rose.\r\n\r\nMore next week.' }),
    );
    expect(out.meta).toEqual({ title: 'Port figures', byline: 'Ann Lee <ann@example.org>', published: '2024-03-05', source: 'E-mail' });
    expect(out.content).toContain('Volumes rose.');
  });

  it('reads an HTML-only body as a page', async () => {
    const out = await extractFile('h.eml', makeEml({ subject: 'S', from: 'a@example.org', date: 'Tue, 5 Mar 2024 10:00:00 +0000', body: '<p>Hello <b>desk</b></p>', html: true }));
    expect(out.format).toBe('html');
  });

  it('refuses text that is not an e-mail', async () => {
    expect((await errorOf(extractFile('x.eml', strToU8('\n\njust some words')))).message).toMatch(/Not an e-mail message/u);
  });
});

describe('processRawDocument', () => {
  it('runs a PDF through the same clean → segment → enrich pipeline, sidecar metadata first', async () => {
    const pdf = makePdf([[['Ministers in London said on Tuesday that the rail line', 'would reopen in May.']]], { title: 'From the file' });
    const doc = await processRawDocument({ id: 'r', format: 'pdf', content: Buffer.from(pdf).toString('base64'), meta: { title: 'Given title' }, file: 'r.pdf' });
    expect(doc.title).toBe('Given title');
    expect(doc.paragraphs[0]!.text).toContain('would reopen in May');
    expect(doc.entities.some((e) => e.name === 'London')).toBe(true);
  });
});
