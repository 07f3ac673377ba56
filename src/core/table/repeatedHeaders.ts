import { InputError } from '../values/errors';
import { cleanText } from '../values/cleanText';
import { columnLetter } from '../values/columnLetter';
import type { ColumnDef } from './columns';
import { normalizeHeader } from './normalizeHeader';
import { sectionStarts } from './channelSections';

/** A column whose header repeats an earlier one (the same text, or another name of the same known column). */
export interface RepeatedColumn {
  readonly first: number;
  readonly repeat: number;
  /** The repeat is a column the add-on reads: its cells must agree with the first's. */
  readonly known: boolean;
}

/**
 * The one rule for a repeated header, for every reader and the import: the first column is the one
 * read; a repeat is ignored where it holds the same values, refused where it differs in a column the
 * add-on reads (which of the two is right cannot be told).
 */
export function repeatedColumns(header: readonly unknown[], columns: { readonly [key: string]: ColumnDef }): RepeatedColumn[] {
  const knownKey = identities(columns);
  const firstOf = new Map<string, number>();
  const repeats: RepeatedColumn[] = [];
  for (let c = 0; c < header.length; c++) {
    const name = normalizeHeader(header[c]);
    if (!name) continue;
    const identity = knownKey.get(name) ?? `text:${name}`;
    const first = firstOf.get(identity);
    if (first === undefined) firstOf.set(identity, c);
    else repeats.push({ first, repeat: c, known: identity.startsWith('known:') });
  }
  return repeats;
}

const identitiesByColumns = new WeakMap<object, Map<string, string>>();

/** Normalised header → the known column it names, built once per column set. */
function identities(columns: { readonly [key: string]: ColumnDef }): Map<string, string> {
  let known = identitiesByColumns.get(columns);
  if (!known) {
    known = new Map();
    for (const key of Object.keys(columns)) for (const name of columns[key].headers) known.set(normalizeHeader(name), `known:${key}`);
    identitiesByColumns.set(columns, known);
  }
  return known;
}

/**
 * The repeats a row of section labels above the header does not explain. Data Compass product lists repeat `GMV`,
 * `Items sold`, … once per section (All, LIVE, Video, Product card) under a row naming each section over its first
 * column; a repeat in a later section than its first is that layout (the first, overall block is the one read), one
 * in the same section is a pasted duplicate.
 */
export function unexplainedRepeats(values: readonly (readonly unknown[])[], headerRow: number, repeats: readonly RepeatedColumn[]): RepeatedColumn[] {
  const starts = sectionStarts(values, headerRow);
  if (!starts.length) return [...repeats];
  const section = (c: number): number => starts.filter((start) => start <= c).length;
  return repeats.filter(({ first, repeat }) => section(first) === section(repeat));
}

/** Throws naming both columns and the first row where a repeated known column disagrees with the first one. */
export function checkRepeatedColumns(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  rows: Int32Array,
  repeats: readonly RepeatedColumn[],
  sheet: string,
): void {
  const header = values[headerRow];
  for (const { first, repeat, known } of repeats) {
    if (!known) continue;
    for (const r of rows) {
      if (cleanText(values[r][first]) === cleanText(values[r][repeat])) continue;
      const name = (c: number): string => `column ${columnLetter(c)} '${cleanText(header[c])}'`;
      throw new InputError(
        `${sheet ? `${sheet}: ` : ''}${name(first)} and ${name(repeat)} are the same column twice but differ from row ${r + 1} on; ` +
          `delete the wrong one (the first is used when both hold the same values).`,
      );
    }
  }
}

/** `column AQ 'Order ID' (repeats column A)`, for the import's note on the columns it left out. */
export function describeRepeat(header: readonly unknown[], { first, repeat }: RepeatedColumn): string {
  return `column ${columnLetter(repeat)} '${cleanText(header[repeat])}' (repeats column ${columnLetter(first)})`;
}
