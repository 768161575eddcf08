import { formatProblem, type Problem } from '../model/problems';

/**
 * The content problems of the dev server's latest check, for every page it serves to show
 * (src/middleware.ts): an editor watching the browser, not the terminal, sees a rejected save.
 * The content loader and the pages run in one process but are loaded apart (the pages through
 * Vite), so the report is kept on globalThis under a registered symbol, not in a module variable.
 * A build never sets it: a build with problems stops.
 */
const KEY = Symbol.for('investigative-timeline.dev-problems');

type Holder = { [KEY]?: readonly Problem[] };

/** Keeps the latest check's problems (an empty list once the content is good again). */
export function setDevProblems(problems: readonly Problem[]): void {
  (globalThis as Holder)[KEY] = problems;
}

/** The problems of the latest check, as `file: field: message` lines. */
export function devProblems(): string[] {
  return ((globalThis as Holder)[KEY] ?? []).map(formatProblem);
}

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The page with a banner listing the problems put first in its body; the page as it was when
 * there are none. `heading` is the dictionary's sentence (the engine's words, in the case's
 * language); the problems are the check's own lines.
 */
export function withProblemBanner(html: string, heading: string, problems: readonly string[]): string {
  if (problems.length === 0) return html;
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return html;
  const banner = `<div class="dev-problems" role="alert"><p>${escape(heading)}</p><ul>${problems
    .map((line) => `<li><code>${escape(line)}</code></li>`)
    .join('')}</ul></div>`;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}${banner}${html.slice(at)}`;
}
