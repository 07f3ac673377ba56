/** Marks drawn on the character before them (Thai vowels and tones, accents), joiners and variation selectors: no column of their own. */
const ZERO_WIDTH = /[\p{M}\u200b-\u200d\ufe00-\ufe0f]/u;
/** East Asian wide and fullwidth characters (kana, CJK, Hangul, fullwidth forms) and emoji: two columns on a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]|\p{Emoji_Presentation}/u;

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += ZERO_WIDTH.test(character) ? 0 : WIDE.test(character) ? 2 : 1;
  return width;
}

/** `text` padded with spaces to `width` terminal columns (padEnd counts UTF-16 units, so a Japanese or Thai name would shift the columns after it). */
export const padToWidth = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
