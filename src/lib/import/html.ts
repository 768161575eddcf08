import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** TimelineJS text (HTML) as this engine holds it: Markdown for a body, plain text for a field. */
export interface ConvertedText {
  /** The text as Markdown, without anything the site would refuse. */
  readonly markdown: string;
  /** The text alone, whitespace collapsed: for a title or a summary. */
  readonly plain: string;
  /** True when the text is one plain paragraph: no links, emphasis or lists lost in `plain`. */
  readonly simple: boolean;
  /** What was taken out because the site would refuse it, one line each, for the report. */
  readonly dropped: readonly string[];
}

/**
 * Elements the site refuses in a body (src/lib/content/html-safety.ts) and that carry no text a reader
 * should keep: taken out with their content, and reported.
 */
const REFUSED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'noscript',
  'template',
  'link',
  'meta',
  'base',
  'video',
  'audio',
  'canvas',
  'title',
]);

/** Link targets a reader may follow: web addresses, mail, and fragments or paths of the page. */
function safeHref(href: string): boolean {
  const trimmed = href.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  return scheme === null
    ? !trimmed.startsWith('//')
    : ['http', 'https', 'mailto'].includes(scheme[1]?.toLowerCase() ?? '');
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Removes what the site would refuse from a parsed fragment, saying what, in document order. */
function clean(nodes: (RootContent | ElementContent)[], dropped: string[]): ElementContent[] {
  const kept: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (node.type !== 'element') {
      kept.push(node);
      continue;
    }
    const tag = node.tagName;
    if (REFUSED.has(tag)) {
      const src = typeof node.properties['src'] === 'string' ? ` (${shorten(node.properties['src'])})` : '';
      dropped.push(`<${tag}>${src} with its content: the site runs and embeds nothing`);
      continue;
    }
    if (tag === 'img') {
      const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : '';
      dropped.push(
        `an image (${shorten(src) || 'no address'}): a body may only show pictures kept in the case's images/ folder`,
      );
      continue;
    }
    const href = node.properties['href'];
    if (tag === 'a' && typeof href === 'string' && !safeHref(href)) {
      dropped.push(`a link to "${shorten(href)}" (its text is kept): links go to web addresses or mailto`);
      kept.push(...clean(node.children, dropped));
      continue;
    }
    dropAttributes(node, dropped);
    node.children = clean(node.children, dropped);
    kept.push(node);
  }
  return kept;
}

function dropAttributes(node: Element, dropped: string[]): void {
  for (const name of Object.keys(node.properties)) {
    if (/^on/i.test(name)) {
      dropped.push(`an ${name.toLowerCase()} attribute on <${node.tagName}>: the site runs no script from content`);
      delete node.properties[name];
    }
  }
  if (node.properties['style'] !== undefined) {
    dropped.push(`a style attribute on <${node.tagName}>: the site's own styles apply`);
    delete node.properties['style'];
  }
}

/** Whether Markdown is a single paragraph of text alone. */
function isSimple(tree: MdastRoot): boolean {
  // Text with no block around it (`Some words`) stays at the root; `<p>Some words</p>` is a paragraph.
  if (tree.children.every((node) => node.type === 'text')) return true;
  const [first] = tree.children;
  return tree.children.length === 1 && first?.type === 'paragraph' && first.children.every((c) => c.type === 'text');
}

/**
 * Converts TimelineJS's HTML text into Markdown with hast-util-to-mdast and mdast-util-to-markdown
 * (links, emphasis, lists and tables kept), after taking out and listing everything the site
 * would refuse: scripts, embeds, event handlers, inline styles, images and unsafe links.
 */
export function htmlToMarkdown(html: string): ConvertedText {
  const dropped: string[] = [];
  const tree: Root = fromHtml(html, { fragment: true });
  tree.children = clean(tree.children, dropped);
  const mdast = toMdast(tree) as MdastRoot;
  const markdown = toMarkdown(mdast, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_' }).trim();
  const plain = toText(tree).replace(/\s+/g, ' ').trim();
  return { markdown, plain, simple: isSimple(mdast), dropped };
}
