import { z } from 'zod';
import type { ArgSchemas } from './contract';

/**
 * Export/import API. Owned by the export feature (issue 6): extend this interface and
 * `exportArgs` together; the composed contract in ./index.ts picks them up.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExportApi {}

export const exportArgs = {} satisfies ArgSchemas<ExportApi>;
void z;
