/** Written by npm run train:ner: changes with the weights, so the pipeline fingerprint does too. */
export const NER_WEIGHTS_ID = '1512b0ffa5d8b997';
