import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../src/shared/external-url';
import { linksArgs } from '../../../src/shared/api/links';

describe('checkExternalUrl', () => {
  it('accepts web and mailto links, normalised', () => {
    expect(checkExternalUrl('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(checkExternalUrl('HTTP://Example.org')).toBe('http://example.org/');
    expect(checkExternalUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('refuses every other scheme, credentials, hidden characters and oversize input', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>1</script>',
      'file:///etc/passwd',
      'vbscript:msgbox',
      'dossier://open?document=d',
      'ms-settings:',
      'https://user:pass@example.org/',
      'https://exa mple.org',
      ' https://example.org',
      'mailto:nobody',
      '//example.org',
      '',
      `https://example.org/${'a'.repeat(2100)}`,
    ]) expect(checkExternalUrl(bad), bad).toBeNull();
  });

  it('is what main parses the payload with', () => {
    expect(linksArgs.openExternalLink.safeParse(['https://example.org']).success).toBe(true);
    expect(linksArgs.openExternalLink.safeParse(['javascript:alert(1)']).success).toBe(false);
    expect(linksArgs.openExternalLink.safeParse([42]).success).toBe(false);
  });
});
