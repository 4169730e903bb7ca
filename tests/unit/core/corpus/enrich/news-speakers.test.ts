import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';

/** Who says each quote of a short news story (paragraphs as given), in order. */
function speakers(...paragraphs: string[]): (string | null)[] {
  const e = enrichDocument({ title: '', published: '2005-02-01', paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text })) });
  return e.quotes.map((q) => q.speaker);
}

describe('news quote speakers: who the attribution names', () => {
  it('a person "of" a named body speaks, not the body', () => {
    expect(speakers('Jane Miles of the Refugee Council said the new rules were "unfair" and "cruel".')).toEqual(['Jane Miles', 'Jane Miles']);
  });

  it('a description in apposition to a name is that person', () => {
    expect(speakers('"Prices will fall," said the committee chairman, MP Edward Lane.')).toEqual(['Edward Lane']);
  });

  it('a role at a body, then the holder: the holder', () => {
    expect(speakers('"Growth is strong," said Gartner analyst Kobita Desai.', '"It is over," said Microsoft\'s chief executive Steve Ballmer.')).toEqual(['Kobita Desai', 'Steve Ballmer']);
    expect(speakers('"It is over," said Microsoft.')).toEqual(['Microsoft']);
  });

  it('any few lower-case words between "said" and a name describe that person', () => {
    expect(speakers('"He brings a new dimension," said team-mate Chris Paterson.', '"I felt good," said world number one Tom Hill.')).toEqual(['Chris Paterson', 'Tom Hill']);
    expect(speakers('Ann Lee arrived late. "Sit down," said she to Tom Hill.')).not.toContain('Tom Hill');
  });

  it('a quote in a sentence of what a described person felt is theirs', () => {
    expect(speakers('Analyst Tom Baxter said sales were "a very good sign". The writer Peter Holt felt that there "might well be" a recovery.')).toEqual(['Tom Baxter', 'Peter Holt']);
  });
});

describe('news "he said": the person the paragraph last put forward', () => {
  it('is the subject of the sentence before, not the last speaker', () => {
    expect(speakers('Analyst Tom Baxter said sales were "a very good sign". The writer Peter Holt spoke next. "I hope buyers return," he said.')).toEqual(['Tom Baxter', 'Peter Holt']);
  });

  it('but not a person a sentence only reports on, nor one it names after a verb', () => {
    expect(speakers('Mr Sam Cole attacked the plan. Mr Tom Reed has failed, he claimed. "It is a mess," he said.')).toEqual(['Sam Cole']);
    expect(speakers('Mr Sam Cole said the pay was "too low". He portrayed Mr Tom Reed as mean. "He counts the pens," he said.')).toEqual(['Sam Cole', 'Sam Cole']);
  });

  it('and only within its paragraph', () => {
    expect(speakers('Mr Sam Cole said the pay was "too low".', 'Mr Tom Reed runs the firm.', 'He added that it was "fair".')).toEqual(['Sam Cole', 'Sam Cole']);
  });
});

describe('news: a quote left open goes on in the next paragraph', () => {
  it('with its speaker, though a later quote there names another', () => {
    expect(speakers('Mr Sam Cole said: "We will keep going.', '"We will not stop." Judge Ann Lee later wrote that the law was "plain".')).toEqual(['Sam Cole', 'Sam Cole', 'Ann Lee']);
  });
});

describe('news: a description of one person is the person it means', () => {
  it('the one just put forward, and marked uncertain', () => {
    const e = enrichDocument({ title: '', published: '2005-02-01', paragraphs: [{ id: 'p0', text: 'Andy Roddick lost both his singles. "It is just tough," said the American.' }] });
    expect(e.quotes.map((q) => q.speaker)).toEqual(['Andy Roddick']);
    expect(e.quotes[0]!.confidence).toBeLessThan(0.6);
  });

  it('the person of the story in a paragraph that names no one', () => {
    expect(speakers('Mary Lane has resigned as host of the morning show after six years.', 'She will leave in March. "I have had a great few years," the 28-year-old presenter said.')).toEqual(['Mary Lane']);
  });

  it('but a description of the unnamed stays one', () => {
    expect(speakers('Mary Lane has resigned as host of the show.', '"We will miss her," a spokesman said. "No comment," the official said.')).toEqual(['a spokesman', 'the official']);
  });
});

describe('news: a term quoted inside a sentence is nobody\'s words', () => {
  it('a few words quoted with no cue in their sentence get no speaker from the paragraph', () => {
    expect(speakers('Mr Sam Cole said the plan was "unfair". The scheme uses a so-called "flash estimate" of growth.')).toEqual(['Sam Cole', null]);
  });

  it('but words a person is said to have used, or longer quotes, keep theirs', () => {
    expect(speakers('Mr Sam Cole said the plan was "unfair". He also dubbed the rules "a mess".')).toEqual(['Sam Cole', 'Sam Cole']);
    expect(speakers('Mr Sam Cole said the plan was "unfair". Mr Cole "totally condemned" the cuts.')).toEqual(['Sam Cole', 'Sam Cole']);
    expect(speakers('Mr Sam Cole said the plan was "unfair". The rules are "a mess that nobody can read".')).toEqual(['Sam Cole', 'Sam Cole']);
  });
});

describe('news: a quote that is a sentence of its own', () => {
  it('is whoever the narration before it has saying something', () => {
    expect(speakers('But Mr Tom Hill says there are both pros and cons. "It is very simple to set up."')).toEqual(['Tom Hill']);
  });

  it('but not when words after it in its sentence name someone', () => {
    expect(speakers('But Mr Tom Hill says there are both pros and cons. "It is simple," a newspaper quoted an insider as saying.')).not.toEqual(['Tom Hill']);
  });
});
