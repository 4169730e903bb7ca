// Project-written sentences (no text from ../shared). A two-word name that opens a sentence is
// a name the rules cannot type from the lexicon when its first name is not a common English one
// ("Kofi", "Thabo"); the full name must still come out whole, not only its surname typed
// elsewhere in the document ("Annan said", "Mr Asante").
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

const enrich = (...paragraphs: string[]) =>
  enrichDocument({ title: 't', published: '2026-03-14', paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })) });
const people = (r: ReturnType<typeof enrich>) => r.entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a full name at the start of a sentence', () => {
  it.each([
    ['Kofi Annan', ['Kofi Annan met the delegates in Geneva on Tuesday.', 'Annan said the talks had gone well.']],
    ['Angela Merkel', ['Angela Merkel said the talks would continue.', 'Merkel left for Berlin in the evening.']],
    ['Boris Johnson', ['Boris Johnson, the prime minister, spoke to reporters outside.', 'Johnson refused to answer questions.']],
    ['Thabo Mbeki', ['The summit ended late. Thabo Mbeki met the envoys afterwards.', 'Mbeki said little about the deal.']],
    ['Kwame Asante', ['Talks resumed on Monday. Kwame Asante opened the session.', 'Later Mr Asante left the hall.']],
    ['Tendai Moyo', ['"We will not sign," the minister said. Tendai Moyo met him an hour later.', 'Moyo called the offer fair.']],
  ])('keeps %s whole, and the later surname joins it', (name, paragraphs) => {
    const found = people(enrich(...paragraphs));
    expect(found).toContain(name);
    expect(found).not.toContain(name.split(' ')[1]);
  });

  it('does not make a sentence-opening ordinary word part of the name', () => {
    const found = people(enrich('Yesterday Kofi Annan met the delegates.', 'Annan said the talks had gone well.'));
    expect(found).toContain('Kofi Annan');
    expect(found.some((n) => n.startsWith('Yesterday'))).toBe(false);
  });
});
