import type { EntityType } from '../../../../shared/corpus';
import type { Correction, CorrectionStatus } from '../../../../shared/corrections';
import { dossier, errorMessage } from '../../app/dossier';
import { createStore } from '../../app/store';
import { runCommand, showNotice, whenCorrectionsImported } from '../annotations/annotations-store';
import { corpusStore, refreshClaims, refreshEntities, refreshTimeline, selectCorpusEntity } from '../corpus/corpus-store';
import { TYPE_LABEL } from '../corpus/entity-labels';
import { libraryStore, openDocument } from '../library/library-store';
import { addCorrectionCommand, removeCorrectionCommand } from './correction-commands';

export interface CorrectionsState {
  list: CorrectionStatus[] | null;
  error: string | null;
}

export const correctionsStore = createStore<CorrectionsState>({ list: null, error: null });

export async function refreshCorrections(): Promise<void> {
  try {
    correctionsStore.set({ list: await dossier().listCorrections(), error: null });
  } catch (error) {
    correctionsStore.set({ error: errorMessage(error) });
  }
}

/** After a correction (or its undo): everything showing entities asks again. */
async function corpusChanged(): Promise<void> {
  const { selectedId, timeline, claims } = corpusStore.get();
  const current = libraryStore.get().currentId;
  await Promise.all([
    refreshCorrections(),
    refreshEntities(),
    selectedId ? selectCorpusEntity(selectedId) : Promise.resolve(),
    timeline ? refreshTimeline() : Promise.resolve(),
    claims ? refreshClaims() : Promise.resolve(),
    current ? openDocument(current) : Promise.resolve(),
  ]);
}

// An imported file's corrections show at once, in the briefing as in the corpus view.
whenCorrectionsImported(corpusChanged);

async function run(command: Parameters<typeof runCommand>[0], text: string): Promise<void> {
  try {
    await runCommand(command, { kind: 'status', text, undo: true });
  } catch (error) {
    showNotice({ kind: 'alert', text: `The correction was not saved: ${errorMessage(error)}` });
  }
}

/** "Chelsea is not an entity": gone from the briefing, the corpus view and person: search. */
export async function rejectEntity(target: string, name: string): Promise<void> {
  if (corpusStore.get().selectedId === target) await selectCorpusEntity(null);
  await run(addCorrectionCommand(dossier(), { kind: 'reject-entity', target, label: name }, `reject ${name}`, corpusChanged), `Rejected “${name}”: it is no longer listed as an entity.`);
}

/**
 * Gives an entity another type. Choosing the type extraction gave takes the retype back
 * (`existing` is the correction that made it), so no correction says "a person is a person".
 */
export async function retypeEntity(target: string, name: string, type: EntityType, existing: Correction | null, extracted: EntityType | null): Promise<void> {
  if (existing && type === extracted) {
    await run(removeCorrectionCommand(dossier(), existing, `type of ${name}`, corpusChanged), `“${name}” is a ${TYPE_LABEL[type].toLowerCase()} again, as extracted.`);
    return;
  }
  await run(
    addCorrectionCommand(dossier(), { kind: 'retype-entity', target, type, label: name }, `type of ${name}`, corpusChanged),
    `“${name}” is now listed as a ${TYPE_LABEL[type].toLowerCase()}.`,
  );
}

/** "Dubya is George W Bush": one entity from now on, everywhere. */
export async function mergeEntity(target: string, name: string, into: string, intoName: string): Promise<void> {
  if (corpusStore.get().selectedId === target) await selectCorpusEntity(into);
  await run(
    addCorrectionCommand(dossier(), { kind: 'merge-entity', target, other: into, label: name }, `merge ${name}`, corpusChanged),
    `Merged “${name}” into “${intoName}”.`,
  );
}

/**
 * "Blair here is not Tony Blair": the name stands alone. A name the analyst merged in is split
 * off by taking that merge back, so no correction undoes another.
 */
export async function splitAlias(aliasId: string, aliasName: string, fromId: string, fromName: string): Promise<void> {
  const merge = correctionsStore.get().list?.find((c) => c.kind === 'merge-entity' && c.target === aliasId) ?? null;
  if (merge) {
    await run(removeCorrectionCommand(dossier(), merge, `merge of ${aliasName}`, corpusChanged), `“${aliasName}” is its own entity again.`);
    return;
  }
  await run(
    addCorrectionCommand(dossier(), { kind: 'split-alias', target: aliasId, other: fromId, label: aliasName }, `split ${aliasName}`, corpusChanged),
    `Split “${aliasName}” off “${fromName}”: it is its own entity now.`,
  );
}

/** Sets who said a quote or who claims a figure (null: unattributed); replaces an earlier one. */
export async function setAttribution(kind: AttributionKind, target: string, label: string, attribution: string | null): Promise<void> {
  const what = kind === 'quote-speaker' ? 'speaker' : 'claimant';
  const said = attribution === null ? 'unattributed' : `“${attribution}”`;
  await run(addCorrectionCommand(dossier(), { kind, target, attribution, label }, `${what} of ${label}`, corpusChanged), `The ${what} of ${label} is now ${said}.`);
}

/** Back to what extraction said. */
export async function takeBackAttribution(correction: Correction): Promise<void> {
  const what = correction.kind === 'quote-speaker' ? 'speaker' : 'claimant';
  await run(removeCorrectionCommand(dossier(), correction, `${what} of ${correction.label}`, corpusChanged), `The ${what} of ${correction.label} is as extracted again.`);
}

export type AttributionKind = 'quote-speaker' | 'figure-claimant';

/** The correction of this kind and target, if any. */
export function correctionFor(kind: Correction['kind'], target: string): CorrectionStatus | null {
  return correctionsStore.get().list?.find((c) => c.kind === kind && c.target === target) ?? null;
}

/** Takes back any correction from the list of corrections. */
export async function removeCorrection(correction: Correction): Promise<void> {
  await run(removeCorrectionCommand(dossier(), correction, `correction of ${correction.label}`, corpusChanged), `Took back the correction of “${correction.label}”.`);
}

/** The retype correction of an entity, if any (to know the type extraction gave). */
export function retypeOf(target: string): CorrectionStatus | null {
  return correctionsStore.get().list?.find((c) => c.kind === 'retype-entity' && c.target === target) ?? null;
}
