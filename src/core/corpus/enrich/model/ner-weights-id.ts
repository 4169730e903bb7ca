/** Written by npm run train:ner: changes with the weights, so the pipeline fingerprint does too. */
export const NER_WEIGHTS_ID = 'bc3c96794165fffa';
