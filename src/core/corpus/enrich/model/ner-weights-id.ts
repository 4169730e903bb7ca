/** Written by npm run train:ner: changes with the weights, so the pipeline fingerprint does too. */
export const NER_WEIGHTS_ID = '68e4768978a78be8';
