import type { AddFileResult } from '../../shared/api/add-documents';

/** "Encrypted PDF: it needs a password to open." → "Encrypted PDF"; short reasons stay whole. */
export function shortReason(message: string | null): string {
  if (!message) return 'unknown reason';
  const cut = message.split(/[:;(]|\.(?:\s|$)/u)[0]!.trim();
  return cut.length > 0 && cut.length <= 60 ? cut.charAt(0).toLowerCase() + cut.slice(1) : message;
}

function group(results: readonly AddFileResult[], label: string): string | null {
  if (results.length === 0) return null;
  const reasons = [...new Set(results.map((r) => shortReason(r.message)))];
  const why = reasons.length === 1 ? `: ${reasons[0]}` : reasons.length === 2 ? `: ${reasons[0]}; ${reasons[1]}` : '';
  return `${results.length} ${label}${why}`;
}

/** "12 added, 1 skipped: already in the library, 1 failed: encrypted PDF". */
export function summarizeResults(results: readonly AddFileResult[]): string {
  const by = (o: AddFileResult['outcome']) => results.filter((r) => r.outcome === o);
  const added = by('added').length;
  const replaced = by('replaced');
  const unplaced = replaced.reduce((n, r) => n + r.unplaced.length, 0);
  const parts = [
    `${added} added`,
    replaced.length ? `${replaced.length} replaced by a new version${unplaced ? ` (${unplaced} ${unplaced === 1 ? 'note' : 'notes'} could not be placed)` : ''}` : null,
    group(by('skipped'), 'skipped'),
    group(by('failed'), 'failed'),
    by('cancelled').length ? `${by('cancelled').length} cancelled` : null,
  ];
  return parts.filter(Boolean).join(', ');
}
