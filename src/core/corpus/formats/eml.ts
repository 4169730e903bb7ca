import PostalMime, { type Address } from 'postal-mime';
import { InputError } from '../raw-document';
import { decodeFileText } from './decode-text';
import type { ExtractedText } from './extracted';

function mailbox(from: Address | undefined): string | null {
  if (!from) return null;
  if ('address' in from && from.address) return from.name ? `${from.name} <${from.address}>` : from.address;
  return from.name || null;
}

/** The headers an RFC 5322 message starts with: at least one "Name: value" line before the body. */
const HEADER_LINE = /^[A-Za-z][\w-]*:[ \t]?\S/mu;

/**
 * An e-mail (.eml): subject as the title, sender as the byline, sending date as the
 * publication date, the plain-text body (or the HTML body, cleaned like a web page).
 * Attachments are not read.
 */
export async function extractEml(bytes: Uint8Array): Promise<ExtractedText> {
  const head = decodeFileText(bytes.subarray(0, 16384)).split(/\r?\n\r?\n/u)[0] ?? '';
  if (!HEADER_LINE.test(head)) throw new InputError('Not an e-mail message: it has no headers (From:, Subject:, Date:).');
  let email;
  try {
    email = await PostalMime.parse(bytes, { maxNestingDepth: 64 });
  } catch (e) {
    throw new InputError(`Corrupt e-mail: ${(e as Error).message}`);
  }
  const date = email.date && /^\d{4}-\d{2}-\d{2}/u.test(email.date) ? email.date.slice(0, 10) : null;
  const meta = { title: email.subject?.trim() || '(no subject)', byline: mailbox(email.from), published: date, source: 'E-mail' };
  if (email.text?.trim()) return { format: 'text', content: email.text, meta, note: null };
  if (email.html?.trim()) return { format: 'html', content: email.html, meta, note: null };
  throw new InputError('This e-mail has no text body.');
}
