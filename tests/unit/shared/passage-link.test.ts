import { describe, expect, it } from 'vitest';
import { parsePassageLink, passageLink, passageLinkInArgv } from '../../../src/shared/passage-link';

describe('passage links', () => {
  it('round-trip a document, paragraph and annotation, with ids that need escaping', () => {
    const ref = { documentId: 'bbc/politics 01&x', paragraphId: 'p-3f2a', annotationId: 'a1b2' };
    const link = passageLink(ref);
    expect(link.startsWith('dossier://open?document=')).toBe(true);
    expect(link).not.toMatch(/\s/u);
    expect(parsePassageLink(link)).toEqual(ref);
    expect(parsePassageLink(passageLink({ documentId: 'd' }))).toEqual({ documentId: 'd' });
  });

  it('refuse anything else: other schemes, hosts, paths, keys, missing document, control characters', () => {
    for (const bad of [
      'https://open?document=d',
      'dossier://other?document=d',
      'dossier://open/x?document=d',
      'dossier://open?paragraph=p',
      'dossier://open?document=d&script=1',
      'dossier://open?document=%00d',
      'not a url',
      '',
    ]) expect(parsePassageLink(bad), bad).toBeNull();
  });
});

describe('passage links on a command line', () => {
  it('find the last well-formed link among flags and paths, and nothing when there is none', () => {
    expect(passageLinkInArgv(['--no-sandbox', '/home/a/notes.md', 'dossier://open?document=d&paragraph=p'])).toEqual({
      link: 'dossier://open?document=d&paragraph=p',
      ref: { documentId: 'd', paragraphId: 'p' },
    });
    expect(passageLinkInArgv(['dossier://open?document=a', 'DOSSIER://open?document=b'])?.ref).toEqual({ documentId: 'b' });
    expect(passageLinkInArgv(['dossier://open?document=a', 'dossier://open?document=b&x=1'])?.ref).toEqual({ documentId: 'a' });
    expect(passageLinkInArgv(['--flag', 'https://example.org', 'dossier://evil?document=d'])).toBeNull();
    expect(passageLinkInArgv([])).toBeNull();
  });
});
