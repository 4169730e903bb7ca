import type { DossierApi } from '../../../shared/api';

/** The bridge, looked up once; every feature imports it from here so tests can see one seam. */
export function dossier(): DossierApi {
  return window.dossier;
}

/** A message fit to show the user for a rejected bridge call. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message.replace(/^Error invoking remote method '[^']+': (\w+Error: )?/u, '');
  return 'Something went wrong.';
}
