/**
 * Whether a `lang` value is a well-formed BCP 47 language tag (`en`, `en-GB`, `ar`, `zh-Hant-TW`),
 * as the platform's own Intl implementation reads it. It goes into `<html lang>` and the feed.
 */
export function isLanguageTag(tag: string): boolean {
  if (tag.trim() !== tag || tag === '') return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
