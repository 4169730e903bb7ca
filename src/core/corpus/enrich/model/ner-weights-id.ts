/** Written by npm run train:ner: changes with the weights, so the pipeline fingerprint does too. */
export const NER_WEIGHTS_ID = '55cd246ddeae8d47';
