/**
 * How many citations quote their source word for word, and how many only link to it (a case
 * with `citations: linked`), counted over every entry that cites: events, people and their
 * findings, investigations. The data page states both, so readers know what kind of site it is.
 */
interface Cited {
  readonly citations: readonly { readonly quote: string | undefined }[];
  readonly findings?: readonly { readonly citations: readonly { readonly quote: string | undefined }[] }[];
}

export interface CitationLevels {
  readonly quoted: number;
  readonly linked: number;
}

export function countCitationLevels(entries: readonly Cited[]): CitationLevels {
  const all = entries.flatMap((e) => [...e.citations, ...(e.findings ?? []).flatMap((f) => f.citations)]);
  const linked = all.filter((c) => c.quote === undefined).length;
  return { quoted: all.length - linked, linked };
}
