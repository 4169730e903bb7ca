import { InputError } from './raw-document';

/**
 * One sentence a user understands for a document that could not be processed: the build
 * lists it next to the file name, so a raw exception ("Cannot destructure property
 * 'firstElementChild' of …") would tell them nothing. InputErrors are already sentences.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/iu.test(message)) {
    return 'The file is nested too deeply to read (far more levels of elements than any article has).';
  }
  if (error instanceof RangeError && /invalid string length|array length/iu.test(message)) {
    return 'The file is too large to process in one piece.';
  }
  // A bug of ours rather than of the file: say so, with the detail kept short for a report.
  return `Dossier could not process this file (an internal error: ${message.replace(/\s+/gu, ' ').slice(0, 120)}).`;
}
