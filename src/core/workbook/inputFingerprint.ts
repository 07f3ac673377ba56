import { CLIENT_UPDATE_TABS } from './clientUpdateTabs';
import { INPUT_TABS } from './tabNames';
import type { CellValue } from './workbookPort';

/** Where a refresh records the fingerprint of the inputs it read (Sheets has no per-tab modified time). */
export const INPUTS_FINGERPRINT_PROPERTY = 'tts-ops.inputsFingerprint';

/** The tabs whose content the read-out depends on, in a fixed order. */
export const FINGERPRINTED_TABS: readonly string[] = [
  INPUT_TABS.orders,
  INPUT_TABS.analytics,
  INPUT_TABS.products,
  INPUT_TABS.promos,
  INPUT_TABS.links,
  INPUT_TABS.settings,
];

/** A module binding, not `Math.imul` per word: under Jest's vm context each global lookup is slow (30x on a 16-week workbook). */
const { imul } = Math;
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

/** Two independent 32-bit FNV-1a style lanes: 64 bits, so an edit that leaves the fingerprint unchanged is vanishingly unlikely. */
class Hash {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  word(value: number): void {
    this.a = imul(this.a ^ value, 0x01000193);
    this.b = imul(this.b ^ value, 0x5bd1e995) ^ (this.b >>> 15);
  }

  text(value: string): void {
    this.word(value.length);
    for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
  }

  cell(value: CellValue | undefined): void {
    if (value === null || value === undefined || value === '') return this.word(0);
    if (typeof value === 'number') {
      numberBits[0] = value;
      this.word(1);
      this.word(numberWords[0]);
      return this.word(numberWords[1]);
    }
    if (typeof value === 'string') {
      this.word(2);
      return this.text(value);
    }
    if (typeof value === 'boolean') return this.word(value ? 3 : 4);
    this.word(5);
    this.cell(value.getTime());
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

type ReadTab = (tab: string) => readonly (readonly CellValue[])[] | undefined;

/**
 * A 16-hex-digit digest of the input tabs' values as `read` returns them (undefined = no such tab);
 * trailing blank cells and rows do not count, so a tab that only grew empty cells keeps its print.
 */
export function inputFingerprint(read: ReadTab): string {
  return hashTabs(new Hash(), read, FINGERPRINTED_TABS).hex();
}

/** The tabs only the client update reads (the tracker tabs): a sign-off covers them too. */
const UPDATE_ONLY_TABS = CLIENT_UPDATE_TABS.filter((tab) => !FINGERPRINTED_TABS.includes(tab));

/**
 * What a sign-off records and the export compares: the inputs' fingerprint extended by every other
 * tab the client update shows, so risk text or a promo edited after the sign-off is seen.
 */
export function signedFingerprint(read: ReadTab, inputsPrint = inputFingerprint(read)): string {
  const hash = new Hash();
  hash.text(inputsPrint);
  return hashTabs(hash, read, UPDATE_ONLY_TABS).hex();
}

function hashTabs(hash: Hash, read: ReadTab, tabs: readonly string[]): Hash {
  for (const tab of tabs) {
    hash.text(tab);
    const values = read(tab);
    if (!values) {
      hash.word(-1);
      continue;
    }
    let height = values.length;
    while (height > 0 && filledWidth(values[height - 1]) === 0) height--;
    hash.word(height);
    for (let r = 0; r < height; r++) {
      const row = values[r];
      const width = filledWidth(row);
      hash.word(width);
      for (let c = 0; c < width; c++) hash.cell(row[c]);
    }
  }
  return hash;
}

function filledWidth(row: readonly CellValue[]): number {
  let width = row.length;
  while (width > 0 && (row[width - 1] === null || row[width - 1] === undefined || row[width - 1] === '')) width--;
  return width;
}
