/**
 * What makes a web address unsafe to publish, beyond its scheme (which the schema checks): a
 * user name or password written into it, characters a URL may not hold (a space published raw
 * in an `href`), and a host whose letters only look like another site's. Pure: the messages
 * never repeat the password, and show an invisible or look-alike character by its code point.
 */

/** `U+0430` for `а`: how a character that looks like another is told apart in a message. */
export const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The user-information part of an address (`user:password@`), found before any parser reads it. */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/*[^/?#]*@/i;

/**
 * Characters no address may hold as written: spaces and other blanks, control characters, and
 * those RFC 3986 excludes (`<>"{}|\^` and the backtick). Letters of any script are fine: a
 * browser encodes them itself.
 */
const NOT_IN_URL = /[\s\p{Cc}\p{Cf}<>"{}|\\^`]/u;

/** An address's host as it was written (Unicode), without user information or port. */
function writtenHost(value: string): string {
  const rest = value.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '');
  const authority = rest.split(/[/?#]/)[0] ?? '';
  const host = authority.replace(/^.*@/, '').replace(/:\d*$/, '');
  // Markdown writes a link's non-ASCII letters percent-encoded: the look-alike is in the letters.
  try {
    return decodeURIComponent(host);
  } catch {
    return host;
  }
}

/** Scripts a host's letters are told apart by (Chinese, Japanese and Korean may mix, as they do). */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Thai',
] as const;
const scriptOf = (char: string) => SCRIPTS.find((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(char));

/**
 * Cyrillic and Greek letters that read as Latin ones: a label written only in these, under a
 * Latin top-level domain (`аррӏе.com`), is how a look-alike of a well-known site is made.
 */
const LOOKS_LATIN = new Set('аеорсухіјѕԁӏԛԝһүвкмнтАВЕКМНОРСТУХІЈЅαεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ');

/** Why a host would pass for another site, or undefined when its letters are what they seem. */
export function lookAlikeHost(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  const tld = labels.at(-1) ?? '';
  const latinTld = /^[a-z]+$/.test(tld);
  for (const label of labels) {
    if (/^[\x00-\x7f]*$/.test(label)) continue;
    const chars = [...label];
    const scripts = new Set(chars.flatMap((c) => scriptOf(c) ?? []));
    const foreign = chars.filter((c) => /\P{ASCII}/u.test(c));
    const named = foreign
      .filter((c, i) => foreign.indexOf(c) === i)
      .map((c) => `"${c}" ${codePoint(c)}`)
      .join(', ');
    if (scripts.size > 1) {
      return `its host "${host}" mixes ${[...scripts].join(' and ')} letters in "${label}" (${named}): it would read as another site's address; write the address as the site itself gives it`;
    }
    if (latinTld && chars.every((c) => LOOKS_LATIN.has(c) || /[0-9-]/.test(c))) {
      return `its host "${host}" is written in ${[...scripts].join('')} letters that look like Latin ones (${named}): it would read as another site's address; write the address as the site itself gives it`;
    }
  }
  return undefined;
}

/** An address that carries a user name or password: said without repeating either. */
export function userInfoProblem(value: string): string | undefined {
  if (!USER_INFO.test(value)) return undefined;
  return 'holds a user name or password (the part before "@" in the host), which would be published with it: remove it, and change that password if the address was ever shared';
}

/** The first character an address may not hold as written, said so it can be found. */
function characterProblem(value: string): string | undefined {
  const bad = NOT_IN_URL.exec(value)?.[0];
  if (bad !== undefined) {
    const what =
      bad === ' ' ? 'a space' : `the character ${codePoint(bad)}${/[\s\p{C}]/u.test(bad) ? '' : ` ("${bad}")`}`;
    return `holds ${what}, which an address may not: write it encoded (a space as %20), or copy the address from the browser's address bar`;
  }
  if (/%(?![0-9a-f]{2})/i.test(value)) {
    return 'holds a "%" that does not start an encoded character (%20, %C3%A9…): write a percent sign as %25';
  }
  return undefined;
}

/** A look-alike host, named as written and as browsers resolve it (punycode). */
export function hostProblem(value: string): string | undefined {
  const host = writtenHost(value);
  const problem = lookAlikeHost(host);
  if (!problem) return undefined;
  let ascii = '';
  try {
    ascii = new URL(value).hostname;
  } catch {
    // An address no parser reads is refused by the schema.
  }
  return ascii && ascii !== host ? problem.replace(`"${host}"`, `"${host}" (${ascii})`) : problem;
}

/** Why an http(s) address may not be published, or undefined. Never repeats a password. */
export function addressProblem(value: string): string | undefined {
  return userInfoProblem(value) ?? characterProblem(value) ?? hostProblem(value);
}
