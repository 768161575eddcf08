import type { Locale } from 'date-fns';
import { enGB, enUS, fr as frLocale } from 'date-fns/locale';
import { en, type Dictionary, type Key } from './en';
import { fr } from './fr';

export type { Dictionary, Key } from './en';

/** The dictionaries the engine has, by primary language subtag (`en` for `en-GB`). */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, fr };
export const LANGUAGES = Object.keys(DICTIONARIES);

/** `en-GB` → `en`. */
export function primaryLanguage(lang: string): string {
  return (lang.split('-')[0] ?? '').toLowerCase();
}

/** Why a `lang` cannot be used, or undefined when there is a dictionary for it. */
export function unsupportedLanguage(lang: string): string | undefined {
  if (primaryLanguage(lang) in DICTIONARIES) return undefined;
  return `has no dictionary for "${lang}": the engine speaks ${LANGUAGES.join(', ')} (add src/i18n/${primaryLanguage(lang)}.ts to add a language)`;
}

/**
 * The date-fns locale for a tag: the region picks British or American English (only for the
 * month names and their order in a full date; the engine never guesses a month/day order).
 */
export function dateLocale(lang: string): Locale {
  if (primaryLanguage(lang) === 'fr') return frLocale;
  return /-US$/i.test(lang) ? enUS : enGB;
}

export type Params = Readonly<Record<string, string | number>>;

/** The words of one language: `t(key, params)`, with `{count}` choosing the plural form. */
export interface Translator {
  readonly lang: string;
  readonly locale: Locale;
  (key: Key, params?: Params): string;
  /** "a, b and c" in the language. */
  list(items: readonly string[]): string;
}

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The Starlight/withastro-docs pattern: one translator per language, built once. */
export function useTranslations(lang: string): Translator {
  const dictionary = DICTIONARIES[primaryLanguage(lang)];
  if (!dictionary) throw new Error(`lang: ${unsupportedLanguage(lang) ?? lang}`);
  const plurals = new Intl.PluralRules(lang);
  const t = ((key: Key, params: Params = {}) => {
    const entry = dictionary[key];
    if (typeof entry === 'string') return fill(entry, params);
    const count = Number(params['count'] ?? 0);
    const form = plurals.select(count) as 'one' | 'other' | 'few' | 'many';
    return fill(entry[form] ?? entry.other, { ...params, count: String(count) });
  }) as Translator;
  return Object.assign(t, {
    lang,
    locale: dateLocale(lang),
    list: (items: readonly string[]) =>
      items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${t('list.and')}${items.at(-1) ?? ''}`,
  });
}

/** The English dictionary, for tests and checks that need the key list. */
export const englishKeys = Object.keys(en) as Key[];
