/**
 * Whether a `lang` value is a well-formed BCP 47 language tag (`en`, `en-GB`, `ar`, `zh-Hant-TW`),
 * as the platform's own Intl implementation reads it. It goes into `<html lang>` and the feed.
 */
export function isLanguageTag(tag: string): boolean {
  // BCP 47 also allows 5-8 letter language subtags ("english" parses), but none is registered:
  // a real tag starts with a two- or three-letter ISO 639 language.
  if (!/^[A-Za-z]{2,3}(?:-|$)/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
