/** Written by npm run train:ner: changes with the weights, so the pipeline fingerprint does too. */
export const NER_WEIGHTS_ID = '5480e8cb0a85ff19';
