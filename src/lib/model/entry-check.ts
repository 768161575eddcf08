/**
 * What the browser editor says when an entry breaks its file's rules (src/scripts/admin.ts):
 * each problem as `field: message`, the field written as in the file (`citations[0].quote`).
 */
export function problemsOf(
  result:
    | { success: true }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } },
): string[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path
      .map((part, i) => (typeof part === 'number' ? `[${String(part)}]` : `${i === 0 ? '' : '.'}${String(part)}`))
      .join('');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
}

/** The editor's languages (Sveltia CMS 0.221's locales/ folder). */
export const EDITOR_LOCALES = [
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en-CA',
  'en-GB',
  'en-US',
  'es-CO',
  'fa',
  'fi',
  'fr',
  'hr',
  'it',
  'ja',
  'ko',
  'nl',
  'pl',
  'pt-BR',
  'pt-PT',
  'ru',
  'sv',
  'tr',
  'uk',
  'vi',
  'zh-CN',
  'zh-TW',
];

/** The editor's language for a case's `lang`: the same tag, else its language, else English. */
export function editorLocale(lang: string): string {
  const exact = EDITOR_LOCALES.find((l) => l.toLowerCase() === lang.toLowerCase());
  if (exact) return exact;
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  if (EDITOR_LOCALES.includes(primary)) return primary;
  return EDITOR_LOCALES.find((l) => l.startsWith(`${primary}-`) && primary !== 'en') ?? 'en-US';
}
