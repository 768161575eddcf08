import { LineCounter, parseDocument } from 'yaml';
import { frontMatterLimits } from './limits';
import { yamlNestingProblem, yamlStructureProblems, type YamlProblem } from '../model/yaml-safety';
import { checkYamlDates } from './yaml-dates';

/**
 * Reads one content file's front matter the way the site publishes it: the block between the
 * opening `---` and the next line starting with `---` (as Astro finds it), parsed as YAML 1.2
 * (no timestamps, no rolled-over dates, duplicate keys refused, aliases capped).
 */
export interface FrontMatter {
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** The file line the body starts on, so body findings name lines of the file. */
  readonly bodyLine: number;
}

export interface FrontMatterProblem {
  readonly field: string;
  readonly message: string;
}

export type FrontMatterResult =
  | { readonly ok: true; readonly value: FrontMatter; readonly problems: FrontMatterProblem[] }
  | { readonly ok: false; readonly problems: FrontMatterProblem[] };

const countLines = (text: string) => {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
};

/** The raw block and where the body starts, or undefined when the file does not open with `---`. */
export function splitFrontMatter(text: string): { raw: string; open: number; bodyStart: number } | undefined {
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  while (text[start] === '\n' || text[start] === '\r' || text[start] === ' ' || text[start] === '\t') start++;
  if (!text.startsWith('---', start)) return undefined;
  const open = start + 3;
  const close = text.indexOf('\n---', open);
  if (close === -1) return undefined;
  return { raw: text.slice(open, close + 1), open, bodyStart: close + 4 };
}

const notFrontMatter: FrontMatterResult = {
  ok: false,
  problems: [{ field: '(file)', message: 'is not Markdown with front matter: it must start with a --- block' }],
};

/** A problem of the block, with the line of the file it is on (the block starts after `---`). */
function atLine({ field, message, line }: YamlProblem, offset: number): FrontMatterProblem {
  return { field, message: line === undefined ? message : `${message} (line ${String(line + offset)})` };
}

export function readFrontMatter(text: string): FrontMatterResult {
  const split = splitFrontMatter(text);
  if (!split) return notFrontMatter;
  const limit = frontMatterLimits(split.raw);
  if (limit) return { ok: false, problems: [limit] };
  const offset = countLines(text.slice(0, split.open));
  const deep = yamlNestingProblem(split.raw);
  if (deep) return { ok: false, problems: [atLine(deep, offset)] };
  const lineCounter = new LineCounter();
  let data: unknown;
  let problems: FrontMatterProblem[];
  try {
    const doc = parseDocument(split.raw, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
    const [error] = doc.errors;
    if (error) {
      const at = lineCounter.linePos(error.pos[0]);
      // The block's first line is the rest of the opening `---` line.
      const where = ` (line ${String(at.line + countLines(text.slice(0, split.open)))})`;
      const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
      return { ok: false, problems: [{ field: '(front matter)', message: `is not valid YAML: ${reason}${where}` }] };
    }
    // Aliases and unknown tags are refused before the block becomes data (doc.toJS would expand
    // an alias, or loop on one that refers to itself).
    const unsafe = yamlStructureProblems(doc, (pos) => lineCounter.linePos(pos).line);
    if (unsafe.length > 0) return { ok: false, problems: unsafe.map((p) => atLine(p, offset)) };
    problems = checkYamlDates(doc);
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason =
      error instanceof RangeError ? 'it nests too deeply' : error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ field: '(front matter)', message: `is not valid YAML: ${reason.split('\n')[0] ?? ''}` }],
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ field: '(front matter)', message: 'must be a list of fields (key: value)' }] };
  }
  const before = text.slice(0, split.bodyStart);
  return {
    ok: true,
    value: {
      data: data as Record<string, unknown>,
      body: text.slice(split.bodyStart),
      bodyLine: countLines(before) + 1,
    },
    problems,
  };
}
