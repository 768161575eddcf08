import type { DateParts } from './dates';
import type { MediaInput } from './media';

/**
 * What every input format is read into before it becomes a case folder: TimelineJS's JSON,
 * its spreadsheet template and the plain spreadsheet layout all give events, with as much of
 * each as the format has. Nothing here is invented: a field the input lacks stays undefined.
 */
export interface DraftEvent {
  /** Where the event is in the input, as its editor would find it: `events[3]`, `line 5`. */
  readonly origin: string;
  readonly uniqueId?: string;
  readonly start: DateParts;
  readonly end?: DateParts;
  /** The headline, as HTML (TimelineJS) or plain text (a spreadsheet). */
  readonly headline: string;
  /** The text, as HTML (TimelineJS) or Markdown (the plain layout's body). */
  readonly text: string;
  readonly textFormat: 'html' | 'markdown';
  readonly summary?: string;
  readonly kind?: string;
  readonly place?: string;
  readonly media?: MediaInput;
  /** TimelineJS's group, or the plain layout's tags: labels, not yet ids. */
  readonly tags: readonly string[];
  readonly people: readonly string[];
  readonly source?: DraftSource;
  /** TimelineJS's slide background, which the site has no place for. */
  readonly background: boolean;
}

export interface DraftSource {
  readonly url?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly quote?: string;
  readonly locator?: string;
}

/** A TimelineJS era: a named span of time drawn behind the timeline. */
export interface DraftEra {
  readonly origin: string;
  readonly headline: string;
  readonly start: DateParts;
  readonly end?: DateParts;
}

export interface Draft {
  /** Which reader made it, for the report: "TimelineJS JSON", "TimelineJS spreadsheet", "plain spreadsheet". */
  readonly format: string;
  readonly title?: { readonly headline: string; readonly text: string; readonly media: boolean };
  readonly events: readonly DraftEvent[];
  readonly eras: readonly DraftEra[];
  /** Fields or columns of the input the importer does not read, with where they appear. */
  readonly unread: readonly { readonly field: string; readonly origins: readonly string[] }[];
}

/** Something in the input that stops the import: where it is and what was expected. */
export interface InputProblem {
  readonly where: string;
  readonly message: string;
}

/** A reader's result: a draft, or every problem of the input at once. */
export type ReadResult =
  { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly problems: InputProblem[] };

/** Collects the input's fields the importer does not read, in the order first met. */
export class Unread {
  readonly #fields = new Map<string, string[]>();

  note(field: string, origin: string): void {
    const origins = this.#fields.get(field) ?? [];
    origins.push(origin);
    this.#fields.set(field, origins);
  }

  list(): Draft['unread'] {
    return [...this.#fields].map(([field, origins]) => ({ field, origins }));
  }
}
