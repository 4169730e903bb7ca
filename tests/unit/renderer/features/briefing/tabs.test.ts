import { describe, expect, it } from 'vitest';
import { leadParagraph } from '../../../../../src/renderer/src/features/briefing/overview';
import { briefingStore, selectEntity, selectTab } from '../../../../../src/renderer/src/features/briefing/briefing-store';
import { keepsEntityHighlights, TABS, tabIndexForKey } from '../../../../../src/renderer/src/features/briefing/tabs';

describe('briefing tabs keyboard', () => {
  it('arrows wrap, Home and End jump, other keys are not handled', () => {
    expect(tabIndexForKey('ArrowRight', 0, 7)).toBe(1);
    expect(tabIndexForKey('ArrowRight', 6, 7)).toBe(0);
    expect(tabIndexForKey('ArrowLeft', 0, 7)).toBe(6);
    expect(tabIndexForKey('Home', 4, 7)).toBe(0);
    expect(tabIndexForKey('End', 1, 7)).toBe(6);
    expect(tabIndexForKey('Enter', 1, 7)).toBeNull();
    expect(tabIndexForKey('ArrowDown', 1, 7)).toBeNull();
  });

  it('has the issue’s seven tabs in order', () => {
    expect(TABS.map((t) => t.label)).toEqual(['Overview', 'People', 'Organisations', 'Places', 'Quotes', 'Timeline', 'Notes']);
  });
});

describe('entity highlights and tabs', () => {
  it('are kept only on the tab that lists that type of entity', () => {
    expect(keepsEntityHighlights('people', 'person')).toBe(true);
    expect(keepsEntityHighlights('places', 'place')).toBe(true);
    expect(keepsEntityHighlights('organisations', 'organization')).toBe(true);
    expect(keepsEntityHighlights('places', 'person')).toBe(false);
    for (const tab of ['overview', 'quotes', 'timeline', 'notes'] as const) expect(keepsEntityHighlights(tab, 'person')).toBe(false);
  });

  it('leaving the entity’s tab clears the selection; re-selecting its own tab keeps it', () => {
    selectTab('people');
    selectEntity('doc-1', 'person', 'Dmitry Peskov');
    selectTab('people');
    expect(briefingStore.get().selection?.name).toBe('Dmitry Peskov');
    selectTab('quotes');
    expect(briefingStore.get().selection).toBeNull();
    expect(briefingStore.get().tab).toBe('quotes');

    selectTab('places');
    selectEntity('doc-1', 'place', 'Kursk');
    selectTab('people');
    expect(briefingStore.get().selection).toBeNull();
  });
});

describe('lead paragraph', () => {
  it('skips short non-lead lines and falls back to the first paragraph', () => {
    const lead = leadParagraph([
      { id: 'a', text: 'Here’s what we know.' },
      { id: 'b', text: 'There is growing intelligence that North Korea has been readying itself for a more direct role.' },
    ]);
    expect(lead?.id).toBe('b');
    expect(leadParagraph([{ id: 'x', text: 'Short.' }])?.id).toBe('x');
    expect(leadParagraph([])).toBeNull();
  });
});
