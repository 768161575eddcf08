import { describe, expect, it } from 'vitest';
import { jsonParts, textStream } from '../../src/lib/outputs/text-stream';

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('textStream', () => {
  it('gives the parts joined, in order, whatever the batch size', async () => {
    const parts = ['a', 'bé', '', 'c–d', 'e'];
    expect(await read(textStream(parts))).toBe('abéc–de');
    expect(await read(textStream(parts, 1))).toBe('abéc–de');
  });
  it('gives nothing for no parts', async () => {
    expect(await read(textStream([]))).toBe('');
  });
});

describe('jsonParts', () => {
  const same = (value: unknown) => expect([...jsonParts(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  it('writes an array of records with the bytes JSON.stringify would', () => {
    same([
      { id: 'a', list: [1, { b: 'line\nbreak' }], empty: [] },
      { id: 'b', nested: { deep: { x: null } } },
    ]);
  });
  it('writes an empty array, an array of plain values and an object whole', () => {
    same([]);
    same([1, 'two', null, true]);
    same({ $id: 'x', items: [1] });
  });
  it('yields an array one item at a time', () => {
    expect([...jsonParts([1, 2, 3])]).toHaveLength(5);
  });
});
