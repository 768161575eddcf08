/**
 * Text helpers for the real-case suite: comparing the site's quotes with the research material.
 * Only whitespace, typographic quotes and apostrophes, and dashes are evened out; nothing else.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The sentences of an article of at least `minWords` words, normalised, without the quotation marks
 * that open or close them (a quoted speaker's sentence counts as the sentence).
 */
export function sentencesOf(article: string, minWords = 8): string[] {
  return article
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?]["'\u201D\u2019]?)\s+/))
    .map((sentence) =>
      normalise(sentence)
        .replace(/^["']+|["']+$/g, '')
        .trim(),
    )
    .filter((sentence) => sentence.split(' ').length >= minWords);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a reader gets from a built file: HTML without tags and entities, JSON's strings, CSV's cells. */
export function readableText(name: string, content: string): string {
  if (name.endsWith('.json')) {
    try {
      const strings: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') strings.push(value);
        else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(JSON.parse(content));
      return strings.join('\n');
    } catch {
      return content;
    }
  }
  const text = name.endsWith('.csv')
    ? content.replace(/""/g, '"')
    : content
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, '')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, code: string) => {
          if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
          if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
          return ENTITIES[code.toLowerCase()] ?? entity;
        });
  return text;
}
