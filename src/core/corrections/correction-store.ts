import { randomUUID } from 'node:crypto';
import type { StatementSync } from 'node:sqlite';
import { correctionIdSchema, correctionInputSchema, correctionSchema } from '../../shared/api/corrections';
import type { EntityType } from '../../shared/corpus';
import { MAX_CORRECTIONS, type Correction, type CorrectionChange, type CorrectionInput } from '../../shared/corrections';
import { DossierError } from '../../shared/result';
import { parseInput } from '../annotations/parse-input';
import type { StoreDatabase } from '../annotations/store';

/**
 * Corrections in the annotation database (migration 0004). Input is parsed with the contract's
 * schemas here too, so direct callers (import, tests) get the refusals IPC gives. Each method
 * is one transaction: returned means committed, thrown means nothing changed.
 */
export interface CorrectionStore {
  /** Newest first. */
  list(): Correction[];
  add(input: CorrectionInput): CorrectionChange;
  remove(id: string): Correction;
  /** Puts a correction back with its id and date, replacing one of the same kind and target. */
  restore(correction: Correction): CorrectionChange;
  /** Import (newest first, as list() gives them): adds those whose kind and target are not corrected yet; returns how many. */
  merge(corrections: readonly Correction[]): number;
  /** Called after every committed change (the services drop what they derived from the list). */
  onChange(listener: () => void): void;
}

export interface CorrectionStoreOptions {
  now?: () => Date;
  randomId?: () => string;
}

interface Row {
  id: string;
  kind: string;
  target: string;
  value: string | null;
  label: string;
  created: string;
}

/**
 * What `value` holds per kind: the new type (retype), the other entity (merge, split), the
 * speaker or claimant (null: unattributed). A row of a kind this version does not know
 * (written by a newer one) is kept but not read: null.
 */
function fromRow(row: Row): Correction | null {
  const base = { id: row.id, target: row.target, label: row.label, created: row.created };
  switch (row.kind) {
    case 'reject-entity':
      return { ...base, kind: 'reject-entity' };
    case 'retype-entity':
      return { ...base, kind: 'retype-entity', type: row.value as EntityType };
    case 'merge-entity':
    case 'split-alias':
      return row.value === null ? null : { ...base, kind: row.kind, other: row.value };
    case 'quote-speaker':
    case 'figure-claimant':
      return { ...base, kind: row.kind, attribution: row.value };
    default:
      return null;
  }
}

const known = (row: Row): Correction => {
  const c = fromRow(row);
  if (!c) throw new DossierError('conflict', `A correction of kind "${row.kind}" was made by a newer Dossier; this one cannot change it.`);
  return c;
};

function valueOf(c: CorrectionInput): string | null {
  if (c.kind === 'retype-entity') return c.type ?? null;
  if (c.kind === 'merge-entity' || c.kind === 'split-alias') return c.other ?? null;
  if (c.kind === 'quote-speaker' || c.kind === 'figure-claimant') return c.attribution ?? null;
  return null;
}

function refuseSelfMerge(c: CorrectionInput): void {
  if (c.kind === 'merge-entity' && c.other === c.target) throw new DossierError('invalid-argument', 'An entity cannot be merged into itself. Nothing was saved.');
}

type Sql = (text: string) => StatementSync;

/** Inserts, replacing one of the same kind and target; returns the replaced one. */
function put(sql: Sql, c: Correction): Correction | null {
  const old = sql('DELETE FROM corrections WHERE kind = ? AND target = ? RETURNING *').get(c.kind, c.target) as unknown as Row | undefined;
  if (!old) {
    const { n } = sql('SELECT count(*) AS n FROM corrections').get() as { n: number };
    if (n >= MAX_CORRECTIONS) throw new DossierError('too-large', `At most ${MAX_CORRECTIONS.toLocaleString('en')} corrections; remove some first. Nothing was saved.`);
  }
  sql('INSERT INTO corrections (id, kind, target, value, label, created) VALUES (?, ?, ?, ?, ?, ?)').run(c.id, c.kind, c.target, valueOf(c), c.label, c.created);
  return old ? known(old) : null;
}

export function createCorrectionStore(db: StoreDatabase, options: CorrectionStoreOptions = {}): CorrectionStore {
  const now = options.now ?? (() => new Date());
  const randomId = options.randomId ?? randomUUID;
  const listeners: (() => void)[] = [];
  const changed = <T>(value: T): T => {
    for (const l of listeners) l();
    return value;
  };

  return {
    list() {
      const rows = db.read('list corrections', (sql) => sql('SELECT * FROM corrections ORDER BY created DESC, rowid DESC').all() as unknown as Row[]);
      return rows.flatMap((row) => fromRow(row) ?? []);
    },

    add(input) {
      const valid = parseInput(correctionInputSchema, input);
      refuseSelfMerge(valid);
      const correction = { ...valid, id: randomId(), created: now().toISOString() } as Correction;
      return changed(db.write('save the correction', (sql) => ({ correction, replaced: put(sql, correction) })));
    },

    remove(id) {
      const valid = parseInput(correctionIdSchema, id);
      return changed(
        db.write('remove the correction', (sql) => {
          const row = sql('DELETE FROM corrections WHERE id = ? RETURNING *').get(valid) as unknown as Row | undefined;
          if (!row) throw new DossierError('not-found', 'This correction no longer exists.');
          return known(row);
        }),
      );
    },

    restore(input) {
      const correction = parseInput(correctionSchema, input);
      refuseSelfMerge(correction);
      return changed(
        db.write('restore the correction', (sql) => {
          if (sql('SELECT 1 FROM corrections WHERE id = ?').get(correction.id)) {
            throw new DossierError('conflict', 'This correction is already there.');
          }
          return { correction, replaced: put(sql, correction) };
        }),
      );
    },

    merge(corrections) {
      const valid = corrections.map((c) => parseInput(correctionSchema, c)).filter((c) => !(c.kind === 'merge-entity' && c.other === c.target));
      if (valid.length === 0) return 0;
      return changed(
        db.write('import the corrections', (sql) => {
          let added = 0;
          // Oldest first, so corrections made in the same millisecond list in the order they came (newest, then rowid, first).
          for (const c of [...valid].reverse()) {
            if (sql('SELECT 1 FROM corrections WHERE id = ? OR (kind = ? AND target = ?)').get(c.id, c.kind, c.target)) continue;
            put(sql, c);
            added += 1;
          }
          return added;
        }),
      );
    },

    onChange(listener) {
      listeners.push(listener);
    },
  };
}
