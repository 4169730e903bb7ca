import { useMemo } from 'react';
import { isUncertain, type EntityType, type ProcessedDocument } from '../../../../shared/corpus';
import { useStore } from '../../app/store';
import { settingsStore } from '../settings/settings-store';
import { revealParagraph } from '../reader/reader-store';
import { briefingStore, selectEntity } from './briefing-store';
import { entitiesOfType, mentionsInReadingOrder } from './entities';
import { MentionNavigator } from './MentionNavigator';
import { CorrectionControls } from '../corrections';
import { HiddenNote, UncertainMark } from './UncertainMark';

const NOUNS: Record<EntityType, string> = { person: 'people', organization: 'organisations', place: 'places' };

/** People, organisations or places with mention counts; choosing one highlights and walks its mentions. */
export function EntityTab({ doc, type }: { doc: ProcessedDocument; type: EntityType }) {
  const showUncertain = useStore(settingsStore, (s) => s.showUncertain);
  const entities = useMemo(() => entitiesOfType(doc.entities, type, showUncertain), [doc.entities, type, showUncertain]);
  const hidden = doc.entities.filter((e) => e.type === type).length - entities.length;
  const selection = useStore(briefingStore, (s) => s.selection);
  const selected = selection && selection.documentId === doc.id && selection.type === type ? selection : null;
  const selectedEntity = selected ? entities.find((e) => e.name === selected.name) : undefined;
  const mentions = useMemo(() => (selectedEntity ? mentionsInReadingOrder(doc, selectedEntity.mentions) : []), [doc, selectedEntity]);

  const hiddenNote = <HiddenNote count={hidden} one="uncertain name" many="uncertain names" />;
  if (entities.length === 0)
    return (
      <>
        <p className="empty">No {NOUNS[type]} found in this document.</p>
        {hiddenNote}
      </>
    );

  return (
    <div className="entity-tab">
      {selectedEntity && selected ? <MentionNavigator entity={selectedEntity} mentions={mentions} index={selected.index} /> : null}
      {selectedEntity?.corpusId ? <CorrectionControls target={selectedEntity.corpusId} name={selectedEntity.name} type={selectedEntity.type} /> : null}
      <ul className="entity-list">
        {entities.map((entity) => {
          const pressed = selectedEntity?.name === entity.name;
          const count = entity.mentions.length;
          return (
            <li key={entity.name}>
              <button
                type="button"
                className="briefing-item entity"
                aria-pressed={pressed}
                onClick={() => {
                  selectEntity(doc.id, type, entity.name);
                  const first = mentionsInReadingOrder(doc, entity.mentions)[0];
                  if (!pressed && first) revealParagraph(first.paragraphId);
                }}
              >
                <span className="entity-name">
                  {entity.name}
                  {isUncertain(entity) ? <UncertainMark what="this name or its type" /> : null}
                </span>{' '}
                <span className="entity-count">
                  {count}
                  <span className="visually-hidden">{count === 1 ? ' mention' : ' mentions'}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {hiddenNote}
    </div>
  );
}
