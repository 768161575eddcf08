/**
 * Other names of a person: real other names ("Dame Cressida Dick", a maiden name) are shown as
 * "Also named"; a bare part of the full name ("Lovelace" for Ada Lovelace), kept in the content so
 * a search for the surname finds the person, goes into the search index only.
 */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** True for a single word that is one of the words of the full name (accents and case aside). */
export function isPartOfName(other: string, name: string): boolean {
  const word = fold(other.trim());
  if (word === '' || /\s/.test(word)) return false;
  return fold(name)
    .split(/[\s\-‐]+/u)
    .some((part) => part.replace(/[.,]/g, '') === word);
}

/** The other names a page shows: every one that is not just a part of the full name. */
export function alsoNamed(otherNames: readonly string[], name: string): string[] {
  return otherNames.filter((other) => !isPartOfName(other, name));
}
