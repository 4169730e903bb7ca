/**
 * Which link targets an export may contain: http(s) and mailto only. Decided on the target
 * as a renderer will read it (CommonMark §6.6 entity and numeric references and §2.4
 * backslash escapes decoded, then — like the WHATWG URL parser — ASCII whitespace and
 * controls dropped), so `jav&#x61;script:`, `java\:script` and "java\tscript:" are all
 * recognised for what they are.
 */
const NAMED: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', period: '.', num: '#', amp: '&', quest: '?', excl: '!',
  lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', semi: ';', commat: '@', equals: '=', percnt: '%', plus: '+', comma: ',',
};

export function decodeLinkTarget(raw: string): string {
  return raw
    .replace(/&#[xX]([0-9a-fA-F]{1,6});?|&#(\d{1,7});?|&([a-zA-Z][a-zA-Z0-9]{1,31});/gu, (whole, hex?: string, dec?: string, name?: string) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : dec !== undefined ? Number.parseInt(dec, 10) : NaN;
      if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      // An unknown named reference stays as is: the scheme check below then fails closed.
      return NAMED[(name ?? '').toLowerCase()] ?? whole;
    })
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

/** True for http:, https: and mailto: targets only; relative, data:, javascript: and anything odd are refused. */
export function isSafeLinkTarget(raw: string): boolean {
  // eslint-disable-next-line no-control-regex -- controls are what a URL parser drops
  const target = decodeLinkTarget(raw).replace(/[\u0000-\u0020\u007f]/gu, '').toLowerCase();
  return /^(?:https?:\/\/.|mailto:.)/u.test(target);
}
