import type { Entity, Mention } from '../../../../shared/corpus';
import { useShortcut } from '../../app/shortcuts';
import { wrapIndex } from './entities';
import { clearEntitySelection, goToMention } from './briefing-store';

interface Props {
  entity: Entity;
  mentions: readonly Mention[];
  index: number;
}

/** "2 of 5" with previous/next for the selected entity's mentions, like the search hit navigator. */
export function MentionNavigator({ entity, mentions, index }: Props) {
  const count = mentions.length;
  const go = (to: number) => {
    const next = wrapIndex(to, count);
    goToMention(next, mentions[next]?.paragraphId);
  };
  useShortcut(']', { description: 'Next mention of the selected entity', group: 'Briefing' }, () => go(index + 1));
  useShortcut('[', { description: 'Previous mention of the selected entity', group: 'Briefing' }, () => go(index - 1));

  return (
    <div className="mention-nav" role="group" aria-label={`Mentions of ${entity.name}`}>
      <span className="mention-nav-name">{entity.name}</span>
      <span className="mention-nav-position" aria-live="polite">
        {count === 0 ? 'No mentions' : `${wrapIndex(index, count) + 1} of ${count}`}
      </span>
      <button type="button" className="icon-button" aria-label="Previous mention" title="Previous mention ([)" disabled={count < 2} onClick={() => go(index - 1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-button" aria-label="Next mention" title="Next mention (])" disabled={count < 2} onClick={() => go(index + 1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="icon-button" aria-label="Clear highlights" title="Clear highlights" onClick={clearEntitySelection}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
