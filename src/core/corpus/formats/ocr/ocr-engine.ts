import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What OCR read from one image. */
export interface OcrText {
  text: string;
  /** Tesseract's mean word confidence, 0..100. */
  confidence: number;
}

export interface OcrEngine {
  /** `image`: the bytes of a PNG (or JPEG, BMP) file. */
  recognize(image: Uint8Array): Promise<OcrText>;
  close(): Promise<void>;
}

/** The only language installed (`@tesseract.js-data/eng`); other scripts come out as noise. */
export const OCR_LANGUAGE = 'eng';

/**
 * The folder holding eng.traineddata.gz inside the installed `@tesseract.js-data/eng`
 * package: the LSTM-only "best_int" model, the one tesseract.js itself uses for OEM 1.
 */
export function languageDataFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * A tesseract.js engine that never touches the network or the disk beyond the installed
 * packages: the language data is read from the package folder (a local langPath is read with
 * fs, a URL would be fetched: tesseract.js's default is a CDN), nothing is cached (its default
 * writes eng.traineddata into the working folder), and the WebAssembly core is the installed
 * `tesseract.js-core`. tesseract.js runs it in a worker thread of its own, started from this
 * thread (the document worker), so it ends when this worker is stopped.
 */
export async function createOcrEngine(): Promise<OcrEngine> {
  // A CommonJS package: its API is the default export under ESM (and in the bundle).
  const { createWorker, OEM } = (await import('tesseract.js')).default;
  // Without an errorHandler tesseract.js rethrows a failed job inside its message listener,
  // an uncaught exception that would take the whole document worker down with it.
  const worker = await createWorker(OCR_LANGUAGE, OEM.LSTM_ONLY, {
    langPath: languageDataFolder(),
    cacheMethod: 'none',
    gzip: true,
    errorHandler: () => {},
  });
  return {
    async recognize(image) {
      const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
      return { text: data.text, confidence: data.confidence };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
