import { InputError } from '../../../../../src/core/corpus/raw-document';

/** How a file failed: whether as bad input (an InputError, shown to the user per file) and the message. */
export async function errorOf(p: Promise<unknown>): Promise<{ input: boolean; message: string }> {
  try {
    await p;
  } catch (e) {
    return { input: e instanceof InputError, message: (e as Error).message };
  }
  throw new Error('expected the file to fail');
}
