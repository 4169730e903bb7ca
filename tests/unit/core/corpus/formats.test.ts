import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, processFile, processText, texts } from './helpers';

describe('HTML pages (Readability over linkedom)', () => {
  const doc = processFile(join(FIXTURES, 'harbour-page.html'));

  it('takes title, byline, date and site from the page', () => {
    expect(doc.title).toBe('Port strike ends after 11 days');
    expect(doc.byline).toBe('Maria Okafor');
    expect(doc.published).toBe('2024-03-14');
    expect(doc.source).toBe('Coastline Herald');
    expect(doc.url).toBe('https://herald.example/business/port-strike-ends');
  });

  it('keeps the article prose and subheading in order, with the credit last', () => {
    expect(texts(doc)).toEqual([
      'Dock workers at the Port of Eastmere returned to work on Thursday after union members voted to accept a revised pay offer, ending an 11-day strike that left more than 40 container ships waiting offshore.',
      'The agreement raises wages by 7.5 percent this year and a further 4 percent in 2025, according to the union, which had initially sought 12 percent.',
      '“Nobody wins a strike, but our members stood together and were heard,” said Tomás Ribeiro, the union’s regional secretary.',
      'Port managers said it would take about two weeks to clear the backlog of vessels, and warned that retailers could see delays to spring stock.',
      'Talks resume on automation',
      'Negotiators will meet again in April to discuss the introduction of automated cranes, the issue that first triggered the dispute last year.',
      'Reporting by Maria Okafor; additional reporting by Sam Lee.',
    ]);
  });

  it('drops navigation, cookie banner, related links, share button and footer', () => {
    const all = texts(doc).join('\n');
    for (const debris of ['Skip to content', 'cookies', 'Home', 'Related:', 'Share this article', 'Most read', 'Council approves', '©', 'Privacy Policy']) {
      expect(all).not.toContain(debris);
    }
  });

  it('turns &nbsp; into a plain space', () => {
    expect(texts(doc).join('')).not.toMatch(/\u00A0/u);
  });

  it('falls back to the <time datetime> when there is no published meta', () => {
    const html = `<html><head><title>Bridge reopens to traffic</title></head><body><article><h1>Bridge reopens to traffic</h1>
      <time datetime="2023-11-02T08:00:00Z">2 November</time>
      <p>${'The old river bridge reopened to cars on Thursday after a two-year repair that cost the city more than expected. '.repeat(3)}</p>
      <p>${'Cyclists will get a separate lane from next spring, the council said in a statement on its website. '.repeat(3)}</p></article></body></html>`;
    const d = processText(html, 'html');
    expect(d.published).toBe('2023-11-02');
    expect(d.title).toBe('Bridge reopens to traffic');
    expect(d.paragraphs).toHaveLength(2);
  });
});

describe('truncated HTML', () => {
  it('keeps the prose that arrived before the cut', () => {
    const html = `<html><head><title>Ferry service cut</title></head><body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav><article><h1>Ferry service cut</h1>
      <p>${'The island ferry will run twice a day instead of four times from May, the operator said on Tuesday. '.repeat(3)}</p>
      <p>Residents said the change would make it hard to reach the hospital on the mainl`;
    const d = processText(html, 'html');
    expect(d.title).toBe('Ferry service cut');
    expect(texts(d)[0]).toMatch(/^The island ferry will run twice a day/u);
    expect(texts(d).join(' ')).not.toContain('Home');
  });

  it('with no text at all is a clear error', () => {
    expect(() => processText('<html><head><title>Cut</title></head><body><div class="article"><p', 'html')).toThrow('No readable article text (empty or truncated HTML).');
  });
});

describe('Markdown (marked lexer)', () => {
  const doc = processFile(join(FIXTURES, 'rail-explainer.md'));

  it('uses the level-1 heading as title and strips all markup', () => {
    expect(doc.title).toBe('How the new rail timetable changes your commute');
    expect(texts(doc)).toEqual([
      'The national rail operator published its new timetable on Monday, the biggest overhaul of services in a decade.',
      'What changes',
      'Trains between Northgate and the airport run every 10 minutes at peak times.',
      'The last evening service leaves at 23:45, an hour later than now.',
      'Weekend engineering works move to Tuesday nights.',
      'About 1.2 million passengers a day use the affected lines, the operator said.',
      '“This is the timetable passengers asked for,” said the operator’s chief executive, Anna Berg.',
    ]);
  });

  it('reads front matter for title and date', () => {
    const d = processText('---\ntitle: "Budget passes"\ndate: 2024-02-01\nauthor: Lee Chan\n---\n\nThe budget passed by a narrow margin on Thursday.\n', 'markdown');
    expect(d.title).toBe('Budget passes');
    expect(d.published).toBe('2024-02-01');
    expect(d.byline).toBe('Lee Chan');
    expect(texts(d)).toEqual(['The budget passed by a narrow margin on Thursday.']);
  });
});

describe('plain text heuristics', () => {
  it('wire story: keeps the dateline paragraph and the Reporting/Editing credit, drops the standards footer', () => {
    const doc = processFile(join(FIXTURES, 'senate-wire.txt'));
    expect(doc.source).toBe('Reuters');
    expect(texts(doc)).toEqual([
      'WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a bill to fund the government through September, averting a partial shutdown that would have begun at midnight.',
      'The measure passed 77-21 and now goes to President Joe Biden, who is expected to sign it.',
      '"We have done our job," Senate Majority Leader Chuck Schumer told reporters.',
      'Reporting by David Morgan; Editing by Scott Malone',
    ]);
    // No headline in the text: the title is the first sentence without the dateline, not cut at "U.S."
    expect(doc.title.startsWith('The U.S. Senate on Tuesday passed a bill')).toBe(true);
  });

  it('scraped blog: skip link, menu, cookie banner, byline, date, share, related and footer handled', () => {
    const doc = processFile(join(FIXTURES, 'scraped-blog.txt'));
    expect(doc.title).toBe('Lake levels fall to a 30-year low');
    expect(doc.byline).toBe('Jonas Weber');
    expect(doc.published).toBe('2024-03-03');
    expect(texts(doc)).toEqual([
      'Water levels in Lake Varen have dropped to their lowest point since 1994, the regional water authority said on Sunday, after the driest winter on record.',
      // Prose that mentions cookies is not a cookie banner.
      'Boat operators say the shallow water has already cut the tourist season short. Some websites use cookies to track visitors, one operator noted, but nothing tracks the lake better than the old harbour gauge.',
      'The authority expects levels to recover only if spring rainfall is above average.',
    ]);
  });

  it('joins hard-wrapped lines and keeps list items as their own paragraphs', () => {
    const doc = processText('Council sets out its plans\n\nThe council said it would\nspend more on roads.\n\n- Fix potholes\n- Repaint crossings\n');
    expect(texts(doc)).toEqual(['The council said it would spend more on roads.', '- Fix potholes', '- Repaint crossings']);
  });

  it('keeps short factual lines at the end (they are data, not debris)', () => {
    const doc = processText('Rovers beat United in cup replay\n\nRovers won 2-1 after extra time.\n\nReferee: K Clark\n\n8,661');
    expect(texts(doc)).toEqual(['Rovers won 2-1 after extra time.', 'Referee: K Clark', '8,661']);
  });

  it('does not drop sentences that start like debris words', () => {
    const doc = processText('Copyright cases rise sharply\n\nCopyright infringement cases rose by a third last year.\n\nShare prices fell on the news.');
    expect(texts(doc)).toEqual(['Copyright infringement cases rose by a third last year.', 'Share prices fell on the news.']);
  });
});
