import { defaultSchema } from 'hast-util-sanitize';
import type { Element, Nodes, Root } from 'hast';
import { find, html as htmlSchema } from 'property-information';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { MAX_NESTING, markdownNestingEstimate } from './limits';
import { hostProblem, userInfoProblem } from '../model/address';

/**
 * The body of an entry is judged on the tree a browser would build from it: the same remark
 * pipeline that renders it (GFM on, raw HTML passed through and parsed by parse5 through
 * rehype-raw), then every element, attribute and address compared with an allowlist modelled on
 * GitHub's (hast-util-sanitize's defaultSchema, as rehype-sanitize uses it). Anything that
 * allowlist would drop is refused rather than dropped: an editor must know their text was not
 * published as written. Entities, tabs inside words and odd attribute order are no trick here,
 * because the browser's own parsing rules have already been applied.
 */

export interface BodyFinding {
  /** Line within the Markdown body (1 = first line after the front matter). */
  readonly line: number | undefined;
  readonly message: string;
}

/** Elements whose content the HTML parser reads as raw text: one stray tag swallows the page after it. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'plaintext',
  'xmp',
  'textarea',
  'title',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
]);

/** GitHub's elements, less form controls (the `input` of task lists is checked on its own below). */
const ALLOWED_TAGS = new Set(defaultSchema.tagNames ?? []);

type AttributeRule = string | [string, ...(string | number | boolean | RegExp | null | undefined)[]];
const ATTRIBUTES = defaultSchema.attributes as Record<string, AttributeRule[]>;

/** Attributes that hold an address, and what they may point to. */
const LINK_PROPERTIES = new Set(['href', 'cite', 'longDesc']);
const MEDIA_PROPERTIES = new Set(['src', 'srcSet']);
const LINK_PROTOCOLS = new Set((defaultSchema.protocols?.['href'] ?? ['http', 'https', 'mailto']).map((p) => `${p}:`));

/** A made-up origin the case's own files resolve against: any address that leaves it is elsewhere. */
const CASE_ORIGIN = 'https://case.invalid';
const BASE = `${CASE_ORIGIN}/entry/`;

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw);

function attributeName(property: string): string {
  return find(htmlSchema, property).attribute;
}

function ruleFor(tag: string, property: string): AttributeRule | undefined {
  const rules = [...(ATTRIBUTES[tag] ?? []), ...(ATTRIBUTES['*'] ?? [])];
  return rules.find((rule) => (typeof rule === 'string' ? rule : rule[0]) === property);
}

function valueAllowed(rule: AttributeRule, value: unknown): boolean {
  if (typeof rule === 'string') return true;
  const [, ...allowed] = rule;
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) =>
    allowed.some((a) => (a instanceof RegExp ? a.test(String(v)) : a === v || String(a) === String(v))),
  );
}

/** A value as the editor can find it: cut short, with tabs and line breaks written as \t and \n. */
const shown = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text).slice(1, -1);

/**
 * What a browser would do with the address: WHATWG URL parsing drops tabs and line breaks
 * inside it and reads the scheme case-insensitively, after the HTML parser decoded entities.
 */
function resolveAddress(value: string): URL | undefined {
  try {
    return new URL(value, BASE);
  } catch {
    return undefined;
  }
}

function judgeLink(tag: string, attribute: string, value: string): string | undefined {
  const url = resolveAddress(value);
  if (!url) return `an unreadable address in \`${attribute}\` on \`<${tag}>\` ("${shown(value)}") is not allowed`;
  if (!LINK_PROTOCOLS.has(url.protocol))
    return `a link to \`${url.protocol}\` ("${shown(value)}") is not allowed: links go to web addresses (http, https) or mailto`;
  if (url.protocol === 'mailto:') return undefined;
  // Said without the address: it holds a password.
  const secret = userInfoProblem(value.trim());
  if (secret) return `a link in \`${attribute}\` on \`<${tag}>\` ${secret}`;
  const host = hostProblem(value.trim());
  return host && `a link in \`${attribute}\` on \`<${tag}>\`: ${host}`;
}

export interface JudgeOptions {
  /** Whether a path relative to the entry names a file inside the case; unchecked when absent. */
  readonly mediaExists?: (relativePath: string) => boolean;
}

function judgeMedia(tag: string, attribute: string, value: string, options: JudgeOptions): string | undefined {
  const candidates = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
  for (const candidate of candidates) {
    const url = resolveAddress(candidate);
    if (!url || url.origin !== CASE_ORIGIN) {
      const what =
        url && url.protocol !== 'https:' && url.protocol !== 'http:' ? `\`${url.protocol}\`` : 'another site';
      return `an image or media file from ${what} on \`<${tag}>\` ("${shown(candidate)}") is not allowed: use a file of the case, by a relative path`;
    }
    if (candidate.startsWith('/')) {
      return `an image or media file by an absolute path on \`<${tag}>\` ("${shown(candidate)}") is not allowed: give the path of a file of the case relative to this entry`;
    }
    const path = candidate.replace(/[?#].*$/s, '');
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // An undecodable path is looked up as written, and not found.
    }
    if (options.mediaExists && !options.mediaExists(decoded)) {
      return `an image or media file that is not in the case ("${shown(candidate)}"): put the file in the case folder and give its path relative to this entry`;
    }
  }
  return undefined;
}

function judgeElement(node: Element, options: JudgeOptions): string[] {
  const tag = node.tagName;
  if (RAW_TEXT.has(tag)) {
    return [`a \`<${tag}>\` element is not allowed: a browser reads what follows it as raw text or script`];
  }
  if (!ALLOWED_TAGS.has(tag)) return [`a \`<${tag}>\` element is not allowed in content`];
  const found: string[] = [];
  if (tag === 'input' && !(node.properties['type'] === 'checkbox' && node.properties['disabled'] === true)) {
    found.push('an `<input>` element is not allowed (only the checkbox of a task list)');
  }
  for (const [property, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const attribute = attributeName(property);
    if (property === 'style') {
      found.push(`an inline \`style\` attribute on \`<${tag}>\` is not allowed: the site's styles decide the layout`);
      continue;
    }
    const rule = ruleFor(tag, property);
    if (!rule) {
      found.push(`an \`${attribute}\` attribute on \`<${tag}>\` is not allowed`);
      continue;
    }
    if (!valueAllowed(rule, value)) {
      found.push(
        `an \`${attribute}\` attribute on \`<${tag}>\` with the value "${shown(String(value))}" is not allowed`,
      );
      continue;
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    const problem = LINK_PROPERTIES.has(property)
      ? judgeLink(tag, attribute, text)
      : MEDIA_PROPERTIES.has(property)
        ? judgeMedia(tag, attribute, text, options)
        : undefined;
    if (problem) found.push(problem);
  }
  return found;
}

/**
 * Walks the tree with an explicit stack (no recursion), so a deeply nested body costs
 * memory in proportion to its size, never the call stack.
 */
function judgeTree(tree: Root, options: JudgeOptions): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  let tooDeep = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Nodes; depth: number };
    // Nodes rehype-raw makes from raw-text elements can carry a position without a start.
    const line = (node.position?.start as { line?: number } | undefined)?.line;
    if (node.type === 'element') {
      for (const message of judgeElement(node, options)) findings.push({ line, message });
      if (depth > MAX_NESTING && !tooDeep) {
        tooDeep = true;
        findings.push({ line, message: `elements nested more than ${String(MAX_NESTING)} deep are not allowed` });
      }
    } else if (node.type === 'doctype') {
      findings.push({ line, message: 'a `<!doctype>` declaration is not allowed in content' });
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i] as Nodes;
        stack.push({ node: child, depth: node.type === 'element' ? depth + 1 : depth });
      }
    }
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Everything in a Markdown body that the allowlist would drop, with its line. */
export function judgeBody(markdown: string, options: JudgeOptions = {}): BodyFinding[] {
  const estimate = markdownNestingEstimate(markdown);
  if (estimate.depth > MAX_NESTING) {
    return [
      {
        line: estimate.line,
        message: `quotes or lists nested more than ${String(MAX_NESTING)} deep: content may nest at most ${String(MAX_NESTING)} levels`,
      },
    ];
  }
  try {
    return judgeTree(processor.runSync(processor.parse(markdown)), options);
  } catch (error) {
    if (error instanceof RangeError) {
      return [
        {
          line: undefined,
          message: `nested too deeply to read: content may nest at most ${String(MAX_NESTING)} levels`,
        },
      ];
    }
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return [{ line: undefined, message: `cannot be read as Markdown: ${reason}` }];
  }
}
