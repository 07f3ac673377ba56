import { columnLetter } from '../values/columnLetter';
import { excerpt, InputError } from '../values/errors';
import type { Settings } from '../settings/settings';
import { analyticsRowKeys } from '../table/analyticsRowKey';
import type { AnalyticsColumnKey } from '../table/columns';
import type { Table } from '../table/readTable';

/** Rows of an analytics table that repeat an earlier row of the same day and product cell for cell (an export pasted twice). */
export interface AnalyticsRepeats {
  /** Table rows (indexes into its values) left out of every sum: each is counted once, as its first row. */
  readonly repeated: ReadonlySet<number>;
  /** The first repeated row and the row it repeats, for the note. */
  readonly first?: { readonly row: number; readonly of: number };
}

// A refresh evaluates many metrics over one table: its repeats are found once.
const found = new WeakMap<Table<AnalyticsColumnKey>, { readonly settings: Settings; readonly repeats: AnalyticsRepeats }>();

/**
 * A Data Compass export holds one row per day and product (per day without a product column), so a key met twice is
 * an export pasted twice, counted once; met twice with other values it is refused: which of the two is right cannot be told.
 */
export function analyticsRepeats(table: Table<AnalyticsColumnKey>, settings: Settings): AnalyticsRepeats {
  const cached = found.get(table);
  if (cached?.settings === settings) return cached.repeats;
  const keyOf = analyticsRowKeys(table, settings);
  const dateCol = table.index('date');
  const firstRowOf = new Map<string, number>();
  const repeated = new Set<number>();
  let first: AnalyticsRepeats['first'];
  for (const r of table.rows) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const earlier = firstRowOf.get(key);
    if (earlier === undefined) {
      firstRowOf.set(key, r);
      continue;
    }
    const differ = differingColumns(table.values[earlier], table.values[r], dateCol);
    if (differ.length) throw conflict(table, earlier, r, differ);
    repeated.add(r);
    first ??= { row: r, of: earlier };
  }
  const repeats = { repeated, first };
  found.set(table, { settings, repeats });
  return repeats;
}

/** The note of rows counted once: how many, and the first with the row it repeats; undefined when none. */
export function repeatedRowsNote(table: Table<AnalyticsColumnKey>, repeats: AnalyticsRepeats): string | undefined {
  if (!repeats.first) return undefined;
  const n = repeats.repeated.size;
  return (
    `${table.sheet ? `${table.sheet}: ` : ''}${n === 1 ? '1 row repeats' : `${n} rows repeat`} an earlier row of the same ${keyWords(table)} ` +
    `(first: row ${repeats.first.row + 1}, the same as row ${repeats.first.of + 1}), as when an export is pasted twice; each is counted once.`
  );
}

/** The columns (other than the date, which the key has read as one day) whose cells differ. */
function differingColumns(a: readonly unknown[], b: readonly unknown[], dateCol: number): number[] {
  const differ: number[] = [];
  for (let c = 0; c < Math.max(a.length, b.length); c++) if (c !== dateCol && cellText(a[c]) !== cellText(b[c])) differ.push(c);
  return differ;
}

function cellText(cell: unknown): string {
  return cell instanceof Date ? String(cell.getTime()) : String(cell ?? '').trim();
}

function conflict(table: Table<AnalyticsColumnKey>, earlier: number, r: number, columns: readonly number[]): InputError {
  const named = columns.map((c) => `column ${columnLetter(c)} '${excerpt(table.headerAt(c))}'`).join(', ');
  return new InputError(
    `${table.sheet ? `${table.sheet}: rows` : 'Rows'} ${earlier + 1} and ${r + 1} hold the same ${keyWords(table)} with different values in ${named}; ` +
      `a Data Compass export has one row per ${keyWords(table)}, so one of them is not what TikTok Shop reported. Delete the wrong row (or paste each period once), then refresh.`,
    { row: r, col: columns[0] },
  );
}

/** What a row's key is, in words: a shop-level export has no product column. */
function keyWords(table: Table<AnalyticsColumnKey>): string {
  return table.has('productId') || table.has('productName') ? 'day and product' : 'day';
}
