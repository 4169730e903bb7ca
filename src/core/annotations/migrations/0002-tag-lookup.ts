import type { Migration } from './migration';

/**
 * Tag completion and "all annotations tagged X" read tags by name across annotations;
 * without this index both scan the whole tag table. NOCASE matches the case-insensitive
 * tag rule for ASCII (the app deduplicates the rest before writing).
 */
export const migration0002: Migration = {
  version: 2,
  name: '0002-tag-lookup',
  up: `
    CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag COLLATE NOCASE);
    CREATE UNIQUE INDEX annotation_tags_unique ON annotation_tags (annotation_id, tag COLLATE NOCASE);
  `,
};
