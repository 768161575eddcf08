import { describe, expect, it } from 'vitest';
import { correctedPageLd, correctionComments } from '../../src/lib/outputs/correction-ld';

describe('correctionComments', () => {
  it('makes each correction a CorrectionComment with its date and text', () => {
    expect(correctionComments([{ date: '2024-01-02', text: 'Fixed.' }])).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2024-01-02', text: 'Fixed.' },
    ]);
  });
});

describe('correctedPageLd', () => {
  it('describes the page with its corrections', () => {
    expect(correctedPageLd('https://x/p/', 'P', [{ date: '2024-01-02', text: 'Fixed.' }])).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        url: 'https://x/p/',
        name: 'P',
        correction: [{ '@type': 'CorrectionComment', datePublished: '2024-01-02', text: 'Fixed.' }],
      },
    ]);
  });
  it('adds nothing for a page never corrected', () => {
    expect(correctedPageLd('https://x/p/', 'P', [])).toEqual([]);
  });
});

describe('correctionComments with dates as the content holds them', () => {
  it('writes a partial date as YYYY-MM-DD', () => {
    expect(
      correctionComments([{ date: { year: 2024, month: 1, day: 2, precision: 'day' }, text: 'x' }])[0]?.datePublished,
    ).toBe('2024-01-02');
  });
});
