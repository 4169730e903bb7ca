import { z } from 'zod';
import { LIMITS } from '../../shared/annotations';
import { IMPORT_MAX_ANNOTATIONS } from './import-guards';

/**
 * Zod schemas for what Dossier reads from a W3C Web Annotation file. Loose where the model
 * allows variety (single value or array, extra keys ignored), strict on types and sizes
 * (LIMITS), so nothing unbounded reaches the store. Selectors are checked per known type in
 * a second step so a bad TextQuoteSelector is reported, not silently ignored.
 */
const IRI_MAX = 2048;
const iri = z.string().min(1).max(IRI_MAX, `an IRI is longer than ${IRI_MAX} characters`);
/** xsd:dateTime as the model requires (§3.3.1), with a timezone. */
const dateTime = z
  .string()
  .max(64)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/u, 'a date is not an ISO 8601 date-time with timezone')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a date is not a real date');

const oneOrMany = <T extends z.ZodType>(item: T, max: number) => z.union([item, z.array(item).max(max)]);

const typeName = z.string().max(100);

export const bodySchema = z.union([
  iri, // an external body resource: nothing Dossier can show
  z.looseObject({
    type: oneOrMany(typeName, 10).optional(),
    purpose: oneOrMany(z.string().max(100), 10).optional(),
    value: z.string().max(LIMITS.noteChars, `a note is longer than ${LIMITS.noteChars} characters`).optional(),
    format: z.string().max(100).optional(),
  }),
]);

export const selectorShape = z.looseObject({ type: typeName });

export const targetSchema = z.union([
  iri,
  z.looseObject({
    id: iri.optional(),
    source: iri.optional(),
    selector: oneOrMany(selectorShape, 20).optional(),
    styleClass: oneOrMany(z.string().max(100), 20).optional(),
  }),
]);

export const w3cAnnotationSchema = z.looseObject({
  id: iri,
  type: oneOrMany(typeName, 10),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  body: oneOrMany(bodySchema, LIMITS.tags + 20).optional(),
  bodyValue: z.string().max(LIMITS.noteChars, `a note is longer than ${LIMITS.noteChars} characters`).optional(),
  target: oneOrMany(targetSchema, 20),
});
export type W3cAnnotationInput = z.infer<typeof w3cAnnotationSchema>;

export const quoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'the quote is empty').max(LIMITS.quoteChars, `the quote is longer than ${LIMITS.quoteChars} characters`),
  prefix: z.string().max(LIMITS.quoteChars).optional(),
  suffix: z.string().max(LIMITS.quoteChars).optional(),
});

export const positionSelectorSchema = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0).max(1_000_000_000),
    end: z.number().int().min(0).max(1_000_000_000),
  })
  .refine((s) => s.end >= s.start, 'the position selector ends before it starts')
  .refine((s) => s.end - s.start <= LIMITS.quoteChars, `the selection is longer than ${LIMITS.quoteChars} characters`);

const items = z.array(z.unknown()).max(IMPORT_MAX_ANNOTATIONS, `The file holds more than ${IMPORT_MAX_ANNOTATIONS} annotations.`);

/** The containers Dossier accepts: a collection with embedded pages, a page, an annotation, or a plain list. */
export const pageSchema = z.looseObject({
  type: oneOrMany(typeName, 10),
  items,
  next: z.unknown().optional(),
});

export const collectionSchema = z.looseObject({
  type: oneOrMany(typeName, 10),
  first: z.union([iri, pageSchema]).optional(),
});

export function hasType(value: { type?: unknown }, name: string): boolean {
  return value.type === name || (Array.isArray(value.type) && value.type.includes(name));
}
