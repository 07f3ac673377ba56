import fc from 'fast-check';
import { countWords } from '../../../src/core/qa/textPatterns';

/** The definition countWords implements in one pass. */
const bySplitting = (text: string): number =>
  text
    .replace(/<[^<>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const pieces = fc.constantFrom(
  'word',
  'Ünïcode',
  '東京',
  '😀',
  '12',
  '—',
  '-',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '\u2028',
  '<b>',
  '</p>',
  '<',
  '>',
  '<a<b>',
  'é',
  '\ud800',
  '.',
);

describe('countWords', () => {
  it('counts words with a letter or digit, tags left out', () => {
    expect(countWords('Soft <b>silk</b> pillowcase — 2 sizes 😀')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords(' \u00a0— ')).toBe(0);
  });

  it('agrees with the split-based definition on any mix of words, spaces, tags, emoji and scripts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(bySplitting(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => expect(countWords(text)).toBe(bySplitting(text))));
  });

  it('stops counting at atMost, and agrees below it', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (parts, atMost) => {
        const text = parts.join('');
        expect(countWords(text, atMost)).toBe(Math.min(bySplitting(text), atMost));
      }),
      { numRuns: 1000 },
    );
  });
});
