import { isPair, isScalar, isSeq, isMap, type Document, type Node } from 'yaml';
import { DateFormatError, parsePartialDate } from '../model/dates';

/**
 * YAML 1.1 reads an unquoted `2014-02-30` as a timestamp and rolls it over to 2 March, and an
 * unquoted `0999` as the number 999. Front matter is parsed with the YAML 1.2 core schema, which
 * has no timestamps, so every date stays the text the editor wrote; this walk then sends every
 * unquoted scalar that YAML 1.1 would have taken for a date, wherever it sits (nested, in a flow
 * mapping, under a quoted key), through the one date parser, and puts back the text of a
 * four-digit year with a leading zero that YAML read as a number.
 */
const TIMESTAMP_LIKE = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?$/;
const ZERO_LED_YEAR = /^0\d{3}(?:-\d{2}(?:-\d{2})?)?$/;

export interface DateProblem {
  readonly field: string;
  readonly message: string;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Checks and repairs the document in place; returns the impossible dates with their paths. */
export function checkYamlDates(doc: Document): DateProblem[] {
  const problems: DateProblem[] = [];
  const stack: { node: unknown; path: string }[] = [{ node: doc.contents, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Node | null; path: string };
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        stack.push({ node: pair.value, path: path ? `${path}.${key}` : key });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: `${path}[${String(i)}]` }));
    } else if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string') {
      const source = node.source;
      if (ZERO_LED_YEAR.test(source)) node.value = source;
      if (!TIMESTAMP_LIKE.test(source)) continue;
      try {
        parsePartialDate(source);
      } catch (error) {
        const message = error instanceof DateFormatError ? error.message : String(error);
        problems.push({ field: path || '(front matter)', message });
      }
    }
  }
  return problems.reverse();
}
