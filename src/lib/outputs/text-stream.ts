/**
 * Text made in parts, as the byte stream of a Response: a download of a large case (the events
 * of 100,000 entries are 250 MB of JSON) is never held as one string, which JavaScript caps at
 * about 512 million characters. Parts are encoded in batches of about `batch` characters.
 */
export function textStream(parts: Iterable<string>, batch = 64 * 1024): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = parts[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (let next = iterator.next(); ; next = iterator.next()) {
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
        if (text.length >= batch) break;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
}

/**
 * `JSON.stringify(value, null, 2)` and a newline, in parts: an array one item at a time, with
 * the same bytes as the whole string.
 */
export function* jsonParts(value: unknown): Generator<string> {
  if (!Array.isArray(value) || value.length === 0) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  yield '[\n';
  for (const [i, item] of value.entries()) {
    // A JSON string holds no raw line break: every one here starts a line to indent.
    const text = (JSON.stringify(item, null, 2) as string | undefined) ?? 'null';
    yield `  ${text.replaceAll('\n', '\n  ')}${i < value.length - 1 ? ',' : ''}\n`;
  }
  yield ']\n';
}
