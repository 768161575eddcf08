import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Content Markdown is for text, links and emphasis. Raw HTML that could run code or restyle
 * the page, and links that run code, are refused at build time rather than silently stripped:
 * an editor should know their text was not published as written.
 */
const ACTIVE_TAGS =
  /<\s*\/?\s*(script|iframe|object|embed|style|link|meta|base|form|frame|frameset|applet|svg|math)\b/i;
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
const UNSAFE_URL = /^\s*(javascript|data|vbscript|file):/i;
const UNSAFE_URL_IN_HTML =
  /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|data|vbscript|file):/i;

export interface UnsafeFinding {
  readonly line: number | undefined;
  readonly message: string;
}

function describeHtml(html: string): string | undefined {
  const tag = ACTIVE_TAGS.exec(html);
  if (tag) return `raw <${(tag[1] ?? '').toLowerCase()}> is not allowed in content`;
  if (EVENT_HANDLER.test(html)) return 'an inline event handler (on…=) is not allowed in content';
  if (UNSAFE_URL_IN_HTML.test(html))
    return 'a javascript:, data:, vbscript: or file: address is not allowed in content';
  return undefined;
}

/** Text that cannot hold raw HTML, a link address or an image needs no parse: most bodies. */
const NEEDS_PARSE = /[<]|!\[|\]\s*[([:]|^\s*\[[^\]]+\]:/m;

/** What in a Markdown body could run code or load content from elsewhere, with its line. */
export function findUnsafeMarkdown(markdown: string): UnsafeFinding[] {
  if (!NEEDS_PARSE.test(markdown)) return [];
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const findings: UnsafeFinding[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      const message = describeHtml(node.value);
      if (message) findings.push({ line, message });
    } else if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      UNSAFE_URL.test(node.url)
    ) {
      findings.push({ line, message: `the link "${node.url.slice(0, 40)}" uses an address type that is not allowed` });
    } else if (node.type === 'image' && /^https?:/i.test(node.url)) {
      findings.push({
        line,
        message: `the image "${node.url}" would be loaded from another site; keep images in public/`,
      });
    }
  });
  return findings;
}
