/** A corpus past one of the search index's limits: its build stops with this, never a crash. */
export class IndexLimitError extends Error {}
