import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/content/front-matter';
import { MAX_YAML_NESTING, yamlNestingProblem } from '../../src/lib/model/yaml-safety';

const problems = (block: string) =>
  readFrontMatter(`---\n${block}\n---\nThe body.\n`).problems.map((p) => `${p.field}: ${p.message}`);

describe('front matter that could exhaust or fool the build', () => {
  it('refuses an alias that refers to itself, naming the field and line, at once', () => {
    const started = performance.now();
    expect(problems("title: 'x'\ncaveats: &loop ['A caveat', *loop]")).toEqual([
      'caveats[1]: uses the alias *loop: write the value out in full (an alias can make a short file expand to a huge page, or refer to itself and never end) (line 3)',
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses an alias bomb well under the size limit, each alias named once with its count', () => {
    const lol = `a: &a [${Array(9).fill('"lol"').join(', ')}]`;
    const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(`*${of}`).join(', ')}]`;
    const block = [lol, level('b', 'a'), level('c', 'b'), level('d', 'c'), level('e', 'd'), 'title: [*e, *e]'].join(
      '\n',
    );
    expect(block.length).toBeLessThan(400);
    expect(problems(block)).toEqual([
      expect.stringMatching(/^b\[0\]: uses the alias \*a \(used 9 times\): .* \(line 3\)$/),
      expect.stringMatching(/^c\[0\]: uses the alias \*b \(used 9 times\)/),
      expect.stringMatching(/^d\[0\]: uses the alias \*c \(used 9 times\)/),
      expect.stringMatching(/^e\[0\]: uses the alias \*d \(used 9 times\)/),
      expect.stringMatching(/^title\[0\]: uses the alias \*e \(used 2 times\)/),
    ]);
  });

  it('refuses nesting 10,000 deep before the parser recurses, in flow or block style', () => {
    const deep = `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(problems(deep)).toEqual([
      `(front matter): nests lists and fields more than ${String(MAX_YAML_NESTING)} deep: no field of a case needs that many (line 2)`,
    ]);
    expect(problems(`title:\n${'- '.repeat(5000)}x`)).toEqual([
      expect.stringMatching(/^\(front matter\): nests lists and fields more than 16 deep.*\(line 3\)$/),
    ]);
  });

  it('accepts real nesting, brackets inside quotes and comments', () => {
    const block = [
      "title: 'A [bracketed] {title}'",
      'findings:',
      '  - text: "x # not a comment ["',
      '    citations:',
      '      - source: the-gazette # a comment [[[[[[[[[[[[[[[[[[[[',
      "        note: 'It''s [fine]'",
    ].join('\n');
    expect(yamlNestingProblem(block)).toBeUndefined();
    expect(problems(block)).toEqual([]);
  });

  it('refuses an unknown tag by name instead of dropping it, and accepts the core ones', () => {
    expect(problems('title: !!js/function "function () { return 1 }"\ntags:\n  - a\n  - !secret b')).toEqual([
      'title: has the YAML tag !!js/function, which the site does not know: remove it (the value is read as text, a number or a list by itself) (line 2)',
      'tags[1]: has the YAML tag !secret, which the site does not know: remove it (the value is read as text, a number or a list by itself) (line 5)',
    ]);
    expect(problems("title: !!str 1969\nyear: !!int '12'")).toEqual([]);
  });
});
