/** Finds the first of a list of phrases in a text: case-insensitive, whole words, spaces and hyphens interchangeable. */
export type PhraseFinder = (text: string) => string | undefined;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function phraseFinder(phrases: readonly string[]): PhraseFinder {
  const alternatives = phrases
    .map((phrase) => phrase.trim())
    .filter(Boolean)
    .map((phrase) => {
      const body = phrase
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join('[\\s-]*');
      const start = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
      const end = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
      return start + body + end;
    });
  if (alternatives.length === 0) return () => undefined;
  const pattern = new RegExp(alternatives.join('|'), 'iu');
  return (text) => pattern.exec(text)?.[0];
}

const WEB_ADDRESS = /https?:\/\/|www\.|[\p{L}\p{N}]\.(?:com|net|org|shop|store|co|io|us|uk|ly|me|biz|info)(?![\p{L}\p{N}])/iu;

/** The web address in a text (the whole word around it), or undefined. */
export function findWebAddress(text: string): string | undefined {
  const match = WEB_ADDRESS.exec(text);
  if (!match) return undefined;
  let from = match.index;
  let to = match.index + match[0].length;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  return text.slice(from, to);
}

// Emoji, arrows, box drawing, geometric shapes, dingbats, stars and CJK lenticular brackets; © ® ™ are allowed.
const DECORATIVE = /[\p{Extended_Pictographic}\u2190-\u21FF\u2500-\u27BF\u2B00-\u2BFF\u3010\u3011\u3016\u3017]|([!?*~#^|])\1+/gu;
const ALLOWED_MARKS = new Set(['©', '®', '™']);

/** The distinct decorative symbols of a text, at most five, joined with spaces; '' when there are none. */
export function decorativeSymbols(text: string): string {
  const found = new Set<string>();
  for (const match of text.matchAll(DECORATIVE)) {
    if (!ALLOWED_MARKS.has(match[0])) found.add(match[0]);
    if (found.size === 5) break;
  }
  return [...found].join(' ');
}

/** Whether a text has at least `minLetters` letters and none of them lower case. */
export function isAllCaps(text: string, minLetters: number): boolean {
  let upper = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    if (lower === char) {
      if (char.toUpperCase() !== char) return false;
    } else upper++;
  }
  return upper >= minLetters;
}

const SPACE = /\s/;
const WORDY = /[\p{L}\p{N}]/u;

/**
 * Words with at least one letter or digit, HTML tags left out: the runs of non-space characters of
 * `text.replace(/<[^<>]*>/g, ' ').split(/\s+/)` that hold a letter or digit, counted in one pass
 * (a description per product made the split's arrays a fifth of TTS_LISTING_QA's time); stops at `atMost`.
 */
export function countWords(text: string, atMost = Infinity): number {
  const plain = text.includes('<') ? text.replace(/<[^<>]*>/g, ' ') : text;
  let words = 0;
  let inWord = false;
  let wordy = false;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    let space: boolean;
    let letter: boolean;
    if (code < 128) {
      space = code === 32 || (code >= 9 && code <= 13);
      letter = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    } else {
      const char = String.fromCodePoint(plain.codePointAt(i)!);
      if (char.length === 2) i++;
      space = SPACE.test(char);
      letter = !space && WORDY.test(char);
    }
    if (space) {
      if (wordy && ++words >= atMost) return words;
      inWord = wordy = false;
    } else {
      inWord = true;
      wordy ||= letter;
    }
  }
  return inWord && wordy ? words + 1 : words;
}

/** Characters as a reader counts them: an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}
