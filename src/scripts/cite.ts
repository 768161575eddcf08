export {};

// Runs in the reader's browser, never at build time: the page itself carries the build date.
// Progressive enhancement: the reader's day as the access date, and copy buttons.
const today = new Date();
const forms: Record<string, string> = {
  // Day first in every language, as the page writes dates (English as British English).
  long: today.toLocaleDateString(
    /^en\b/i.test(document.documentElement.lang) ? 'en-GB' : document.documentElement.lang,
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  ),
  iso: today.toISOString().slice(0, 10),
  parts: `[${String(today.getUTCFullYear())}, ${String(today.getUTCMonth() + 1)}, ${String(today.getUTCDate())}]`,
};
for (const el of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  el.textContent = forms[el.dataset['accessed'] ?? ''] ?? el.textContent;
}
const status = document.querySelector<HTMLElement>('[data-copy-status]');
// The words come from the page, in the case's language.
const say = (key: string) => status?.dataset[key] ?? '';
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const from = button.dataset['copyFrom'];
    const text = from ? document.querySelector(`[data-cite="${from}"]`)?.textContent : button.dataset['copy'];
    void navigator.clipboard.writeText(text ?? '').then(
      () => status && (status.textContent = say('sayCopied').replace('{what}', button.dataset['what'] ?? '')),
      () => status && (status.textContent = say('sayFailed')),
    );
  });
}
