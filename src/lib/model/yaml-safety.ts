import { isAlias, isNode, isPair, isScalar, isSeq, visit, type Document } from 'yaml';

/**
 * What a front-matter block may not do before, or while, it is turned into data: nest deeper
 * than a case ever needs (a parser that recurses would run out of stack), use an alias (`*a`:
 * one line can expand to megabytes, or point at itself and never end), or carry a tag the
 * site does not know (`!!js/function`, which the parser would otherwise keep as a string
 * without a word).
 */

/** Lists and fields inside one another: a case's deepest field (a finding's citation's note) is five. */
export const MAX_YAML_NESTING = 16;

export interface YamlProblem {
  readonly field: string;
  readonly message: string;
  /** The line of the block (1 for its first line), where one is known. */
  readonly line?: number;
}

/**
 * How deep the block nests, read from the text alone (flow brackets outside quotes, and block
 * indentation with `- ` entries), so a block nested 10,000 deep is refused before any parser
 * recurses into it. An estimate that never undercounts real nesting by more than it allows.
 */
export function yamlNestingProblem(raw: string): YamlProblem | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineNumber = 0;
  for (const line of raw.split('\n')) {
    lineNumber += 1;
    if (flow === 0) {
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      const rest = line.slice(indent);
      if (rest === '' || rest.startsWith('#')) continue;
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
      // Compact entries nest on one line: `- - - x` is three lists deep.
      const compact = /^(?:[-?:] +)*/.exec(rest)?.[0].replace(/ /g, '').length ?? 0;
      if (indents.length + compact > MAX_YAML_NESTING) return tooDeep(lineNumber);
    }
    let quote = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === quote && !(quote === '"' && line[i - 1] === '\\')) quote = '';
      } else if (c === '"' || c === "'") {
        if (i === 0 || /[\s[{,:]/.test(line[i - 1] ?? '')) quote = c;
      } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break;
      else if (c === '[' || c === '{') {
        flow += 1;
        if (indents.length + flow > MAX_YAML_NESTING) return tooDeep(lineNumber);
      } else if ((c === ']' || c === '}') && flow > 0) flow -= 1;
    }
  }
  return undefined;
}

const tooDeep = (line: number): YamlProblem => ({
  field: '(front matter)',
  line,
  message: `nests lists and fields more than ${String(MAX_YAML_NESTING)} deep: no field of a case needs that many`,
});

/** The tags YAML 1.2's core schema gives meaning to; any other is refused by name. */
const KNOWN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/** `!!js/function` for `tag:yaml.org,2002:js/function`: the tag as the editor wrote it. */
const writtenTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/**
 * Every alias and unknown tag of a parsed block, with the field it is under and its line. The
 * walk is safe: the block's nesting was bounded before it was parsed, and an alias is not
 * followed, only named.
 */
export function yamlStructureProblems(doc: Document, lineOf: (offset: number) => number): YamlProblem[] {
  const problems: YamlProblem[] = [];
  /** Each alias is named once, at its first use, with how often it is used. */
  const aliases = new Map<string, { index: number; uses: number }>();
  visit(doc, (_key, node, path) => {
    if (!isNode(node)) return;
    const field = fieldPath(path, node);
    const line = node.range ? lineOf(node.range[0]) : undefined;
    const at = line === undefined ? {} : { line };
    if (isAlias(node)) {
      const seen = aliases.get(node.source);
      if (seen) seen.uses += 1;
      else aliases.set(node.source, { index: problems.push({ field, ...at, message: '' }) - 1, uses: 1 });
      return visit.SKIP;
    }
    if (node.tag && !KNOWN_TAGS.has(node.tag)) {
      problems.push({
        field,
        ...at,
        message: `has the YAML tag ${writtenTag(node.tag)}, which the site does not know: remove it (the value is read as text, a number or a list by itself)`,
      });
    }
    return undefined;
  });
  for (const [name, { index, uses }] of aliases) {
    const times = uses > 1 ? ` (used ${String(uses)} times)` : '';
    const first = problems[index];
    if (!first) continue;
    problems[index] = {
      ...first,
      message: `uses the alias *${name}${times}: write the value out in full (an alias can make a short file expand to a huge page, or refer to itself and never end)`,
    };
  }
  return problems;
}

/** `findings[0].citations[1]` for a node and the ancestors the visitor gives. */
function fieldPath(path: readonly unknown[], node: unknown): string {
  const chain = [...path, node];
  let field = '';
  for (let i = 0; i + 1 < chain.length; i++) {
    const [parent, child] = [chain[i], chain[i + 1]];
    if (isPair(parent) && parent.value === child && isScalar(parent.key)) {
      field += `${field ? '.' : ''}${String(parent.key.value)}`;
    } else if (isSeq(parent)) field += `[${String(parent.items.indexOf(child))}]`;
  }
  return field || '(front matter)';
}
