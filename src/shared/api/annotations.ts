import { z } from 'zod';
import type { ArgSchemas } from './contract';

/**
 * Annotations API. Owned by the annotations feature (issue 5): extend this interface and
 * `annotationsArgs` together; the composed contract in ./index.ts picks them up.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnnotationsApi {}

export const annotationsArgs = {} satisfies ArgSchemas<AnnotationsApi>;
void z;
