import type { AnchoredAnnotation } from '../../../shared/annotations';

/** Where an annotation sits in the current document text, and how it was found. */
export type Anchor = NonNullable<AnchoredAnnotation['anchor']>;
