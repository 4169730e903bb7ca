/**
 * What scraped news pages carry besides the article: chrome (skip links, navigation, share
 * buttons, cookie banners, related links, copyright and footer lines, locale switchers) and
 * an address block. Patterns match whole blocks only, so a sentence that merely mentions
 * cookies or sharing is never removed; the positional rules (edgeDebris) only apply before
 * the title and after the last sentence.
 */
const ANYWHERE: readonly RegExp[] = [
  /^skip to (?:the )?(?:main )?(?:content|navigation|search|footer)$/iu,
  /^(?:menu|search|sign in|sign up|log ?in|log ?out|subscribe|register|close|open menu|toggle navigation|back to top|top of page|advertisement|advertisements?|sponsored(?: content)?|ad feedback|newsletters?)$/iu,
  /^share(?: this)?(?: article| story| page| post| on \p{L}+| via \p{L}+)?[:!]?$/iu,
  /^(?:tweet|email|e-mail|print|copy link|link copied|save(?: article)?|comments?|\d+ comments?|whatsapp|facebook|twitter|x|linkedin|reddit|flipboard|pinterest)$/iu,
  /^(?:related|related (?:articles|stories|content|coverage|topics|links)|more on this story|more from [\p{L} .']{1,40}|most (?:read|popular|viewed)|top stories|trending(?: now)?|recommended(?: for you)?|you may also like|read next|up next|editor'?s picks)$/iu,
  /^(?:related|read more|read also|see also|also read|watch|listen|recommended)\s*[:|»›]\s*\S.{0,200}$/iu,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}\b).{0,150}$/iu,
  /^all rights reserved\.?$/iu,
  /^.{0,120}\ball rights reserved\.?$/iu,
  /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.{0,400}$/iu,
  /^by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website).{0,300}$/iu,
  /^(?:accept|reject|allow|decline)(?: all)?(?: cookies)?$/iu,
  /^(?:manage|customi[sz]e) (?:cookie |my |your )?(?:preferences|settings|choices|options)$/iu,
  /^cookie (?:settings|policy|preferences|notice|consent)$/iu,
  /^(?:privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|contact us|about us|accessibility|help|faq|careers|site ?map|do not sell(?: or share)? my personal information|your privacy choices)$/iu,
  /^(?:follow|like) us on\b.{0,80}$/iu,
  /^sign up for (?:our|the) .{0,80}newsletter.{0,80}$/iu,
  /^our standards: .{0,120}$/iu,
  // Locale switchers: "en_USEnglish", "en-GB English", "English | Español | Français".
  /^[a-z]{2}[_-][A-Z]{2}\s*\p{L}{0,20}$/u,
  /^(?:English|Español|Français|Deutsch|Português|Italiano|日本語|中文|Русский|العربية)(?:\s*[|/·•]\s*(?:English|Español|Français|Deutsch|Português|Italiano|日本語|中文|Русский|العربية))+$/u,
];

/** Postal address lines (a contact block pasted on top of the seed). */
const ADDRESS: readonly RegExp[] = [
  /^(?:physical|mailing|postal|street|office) address:?$/iu,
  /^\d{1,6}\s+[\p{L}\d .'’-]{2,60}\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|Sq|Square|Pkwy|Parkway|Hwy|Highway)\.?(?:,? (?:Suite|Ste\.?|Floor|Fl\.?) \S+)?$/u,
  /^[\p{L} .'’-]{2,40},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/u,
  /^(?:phone|tel|fax|email|e-mail)\s*[:.]\s*\S.{0,60}$/iu,
];

/** Credit and attribution lines belong to the article even though they are short. */
const CREDIT =
  /(?:contributed (?:to )?(?:this|the) (?:report|story|article)|^(?:additional )?reporting by\b|\bediting by\b|^writing by\b|^compiled by\b|^produced by\b|^[-–—]\s*\p{Lu})/iu;

export function isCreditLine(text: string): boolean {
  return CREDIT.test(text);
}

/** Navigation rows: three or more short items separated by pipes, bullets or slashes. */
function isNavigationRow(text: string): boolean {
  const items = text.split(/\s*[|•·»›]\s*|\s+\/\s+/u).filter(Boolean);
  if (items.length < 3) return false;
  return items.every((item) => item.split(/\s+/u).length <= 4 && !/[.!?]$/u.test(item));
}

/** A block that is chrome wherever it appears. */
export function isDebris(text: string): boolean {
  if (isCreditLine(text)) return false;
  return ANYWHERE.some((re) => re.test(text)) || isNavigationRow(text) || ADDRESS.some((re) => re.test(text));
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Ends like a sentence (possibly inside closing quotes or brackets). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;]["'”’)\]]*$/u.test(text);
}

/**
 * Short label-like blocks above the headline (section names, menus, an address block):
 * only used for what precedes the title, which is page header, not article.
 */
export function isHeaderDebris(text: string): boolean {
  if (isDebris(text)) return true;
  if (isCreditLine(text) || endsLikeSentence(text)) return false;
  if (/^["“‘'(]/u.test(text)) return false;
  return wordCount(text) <= 6;
}
