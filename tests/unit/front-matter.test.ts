import { describe, expect, it } from 'vitest';
import { readFrontMatter, splitFrontMatter } from '../../src/lib/content/front-matter';

const read = (yaml: string, body = '\nBody.\n') => readFrontMatter(`---\n${yaml}\n---\n${body}`);
const data = (yaml: string) => {
  const result = read(yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.data;
};

describe('splitFrontMatter', () => {
  it('finds the block and where the body starts, after a byte order mark', () => {
    expect(splitFrontMatter('\uFEFF---\na: 1\n---\nbody')).toEqual({ raw: '\na: 1\n', open: 4, bodyStart: 13 });
  });
  it('finds nothing in a file that does not open with ---', () => {
    expect(splitFrontMatter('# Title\n---\na: 1\n---\n')).toBeUndefined();
    expect(splitFrontMatter('---\na: 1\n')).toBeUndefined();
  });
});

describe('readFrontMatter', () => {
  it('keeps dates as the text the editor wrote, with no YAML timestamps', () => {
    expect(data('date: 2014-06-19\nend: 2014')).toEqual({ date: '2014-06-19', end: 2014 });
  });

  it('reads an unquoted zero-led year as the year written, not a number', () => {
    expect(data('date: 0999\nother: 0066-03-01')).toEqual({ date: '0999', other: '0066-03-01' });
  });

  it('refuses an impossible date in a flow mapping and under a quoted key, with its path', () => {
    const flow = read('age: {years: 3, at: 2014-02-30}');
    expect(flow.problems).toEqual([
      { field: 'age.at', message: '"2014-02-30" has day 30: February 2014 has days 01 to 28' },
    ]);
    const quoted = read('"date": 2015-02-29\nlist:\n  - when: 2014-13-01');
    expect(quoted.problems.map((p) => p.field)).toEqual(['date', 'list[0].when']);
  });

  it('keeps a __proto__ key as a plain field and refuses duplicate keys', () => {
    const value = data('__proto__: {polluted: true}');
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(read('a: 1\na: 2').problems[0]?.message).toMatch(/^is not valid YAML: Map keys must be unique \(line 3\)$/);
  });

  it('refuses padded or oversized front matter before parsing it', () => {
    const started = performance.now();
    expect(read(`title: x${'\n'.repeat(3000)}`).problems[0]?.message).toMatch(/has 3,00\d lines/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read(`title: '${'x'.repeat(70_000)}'`).problems[0]?.message).toMatch(/at most 64,000/);
  });

  it('says which file line the body starts on: the rest of the closing --- line', () => {
    const result = read('a: 1\nb: 2', '\n\nBody.');
    expect(result.ok && result.value.bodyLine).toBe(4);
    expect(result.ok && result.value.body).toBe('\n\n\nBody.');
  });

  it('refuses a file without front matter, and front matter that is not a mapping', () => {
    expect(readFrontMatter('Just text.').problems[0]?.field).toBe('(file)');
    expect(read('- a\n- b').problems[0]?.message).toBe('must be a list of fields (key: value)');
  });
});
