import { describe, expect, it } from 'vitest';
import { secondsSince } from '../../src/integrations/elapsed';

describe('secondsSince', () => {
  it('says seconds with one decimal', () => {
    expect(secondsSince(1000, 13_250)).toBe('12.3');
  });
  it('says 0.0 for no time at all', () => {
    expect(secondsSince(500, 500)).toBe('0.0');
  });
});
