import { z } from 'zod';
import type { ArgSchemas } from './contract';

/**
 * Search API. Owned by the search feature (issue 4): extend this interface and
 * `searchArgs` together; the composed contract in ./index.ts picks them up.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SearchApi {}

export const searchArgs = {} satisfies ArgSchemas<SearchApi>;
void z;
