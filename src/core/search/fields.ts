/** The index's fields, in the order of its postings (index-data.ts). */
export const FIELDS = ['title', 'body', 'person', 'org', 'place'] as const;
export type FieldName = (typeof FIELDS)[number];

/** 16-bit where the values allow it (the loaded file), 32-bit when built in memory. */
export type UintArray = Uint16Array | Uint32Array;
