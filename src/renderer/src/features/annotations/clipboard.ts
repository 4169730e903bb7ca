export interface CopyResult {
  ok: boolean;
  message: string;
}

/** Writes text to the clipboard; never rejects, the message says what happened. */
export async function copyText(text: string, what = 'the quote'): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true, message: `Copied ${what} to the clipboard.` };
  } catch {
    return { ok: false, message: `Could not copy ${what}: the clipboard is not available here. Select the text and press Ctrl+C instead.` };
  }
}
