/**
 * Values of the contract the renderer needs at run time. Kept free of zod: the schema
 * modules beside it build schemas at load time, which no bundler can tree-shake, so a
 * renderer import from them would ship all of zod to the page.
 */
export const EXPORT_FORMATS = ['markdown', 'jsonld', 'csv', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** IPC guard only: longer queries than the engine's 2,000-character limit still get an inline explanation up to here. */
export const MAX_QUERY_IPC_LENGTH = 10_000;
