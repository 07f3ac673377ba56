import { InputError } from '../values/errors';
import type { LineOrders } from '../metrics/orderFrame';
import { OrderIdIndex } from '../metrics/orderIdIndex';
import type { Settings } from '../settings/settings';
import type { OrderColumnKey } from '../table/columns';
import { dateCellReader, type DateCellReader } from '../table/readDayColumn';
import type { Table } from '../table/readTable';
import { dayOfWallClock } from '../values/calendarDay';
import { isBlank } from '../values/isBlank';
import { OrderColumn } from './orderColumn';
import { ORDER_LEVEL_TESTS, ORDER_LEVEL_TIMES } from './orderLevelFlags';

/**
 * The orders of an export, each once: SKU lines of one order share its times, tracking and
 * cancellation, so every order-level value is taken from the order's first line that has one.
 * One pass over the lines indexes the orders and, for each column asked for, takes each order's
 * first value, tests it and parses its time right there (no per-line objects, no second pass).
 */
export class HealthOrders implements LineOrders {
  readonly count: number;
  /** Per order, the row of its first line. */
  readonly firstLine: Int32Array;
  /** Per line of table.rows, its order. */
  readonly orderOfLine: Int32Array;
  /** Per line, its Paid Time day (NaN: blank); empty unless asked for. */
  private readonly paidDays: Float64Array;
  /** The first line whose Paid Time is unreadable (-1: none), and the error it gives. */
  private readonly paidDayErrorLine: number;
  private readonly paidDayError: InputError | undefined;
  private readonly gathered: ReadonlySet<OrderColumnKey>;
  /** The gathered columns the table has. */
  private readonly columns = new Map<OrderColumnKey, OrderColumn>();

  constructor(
    readonly table: Table<OrderColumnKey>,
    settings: Settings,
    columns: Iterable<OrderColumnKey>,
    /** Also read every line's Paid Time day, for the metric catalog's line-level frame (paidDayOf). */
    paidDayPerLine = false,
  ) {
    this.gathered = new Set(columns);
    const idCol = table.require('orderId', 'counting orders');
    const { rows, values } = table;
    const keys = [...this.gathered].filter((key) => table.has(key));
    // One reader per time column: a line's Paid Time day and its order's paid time come from one parse.
    const readers = new Map<OrderColumnKey, DateCellReader>();
    const readerOf = (key: OrderColumnKey): DateCellReader => {
      let read = readers.get(key);
      if (!read) readers.set(key, (read = dateCellReader(table, table.index(key), settings)));
      return read;
    };
    const gathering = keys.map(
      (key) => new OrderColumn(table.index(key), rows.length, ORDER_LEVEL_TESTS[key], ORDER_LEVEL_TIMES.has(key) ? readerOf(key) : undefined),
    );
    // Never more orders than lines: sized by the lines, cut to the orders at the end.
    const firstLine = new Int32Array(rows.length);
    const orderOfLine = new Int32Array(rows.length);
    const readPaidTime = paidDayPerLine && table.has('paidTime') ? readerOf('paidTime') : undefined;
    const paidDays = new Float64Array(readPaidTime ? rows.length : 0);
    let paidDayErrorLine = -1;
    let paidDayError: InputError | undefined = undefined;
    const orderIds = new OrderIdIndex();
    let previousId: unknown = undefined;
    let o = -1;
    let count = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const row = values[r];
      const id = row[idCol];
      // An order's SKU lines sit together in an export: skip the key lookup while the ID repeats.
      if (id !== previousId || o < 0) {
        o = orderIds.indexAt(table, r, idCol);
        if (o === count) firstLine[count++] = r;
        previousId = id;
      }
      orderOfLine[i] = o;
      // Lines past an unreadable Paid Time are never read: the frame stops there with its error.
      if (readPaidTime && paidDayErrorLine < 0) {
        try {
          const wall = readPaidTime(r);
          paidDays[i] = wall === undefined ? NaN : dayOfWallClock(wall);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          paidDayErrorLine = i;
          paidDayError = error;
        }
      }
      for (let k = 0; k < gathering.length; k++) {
        const column = gathering[k];
        if (column.rows[o] >= 0) continue;
        const cell = row[column.col];
        if (!isBlank(cell)) column.take(o, r, cell);
      }
    }
    this.count = count;
    this.firstLine = firstLine.slice(0, count);
    this.orderOfLine = orderOfLine;
    this.paidDays = paidDays;
    this.paidDayErrorLine = paidDayErrorLine;
    this.paidDayError = paidDayError;
    keys.forEach((key, k) => this.columns.set(key, gathering[k]));
  }

  /** Per order, the row of its first line with a non-blank cell in the column (-1: none); undefined when the table lacks the column. */
  rowsWith(key: OrderColumnKey): Int32Array | undefined {
    return this.column(key)?.rows.subarray(0, this.count);
  }

  /** The order's value in a column ('' when blank or absent). */
  value(key: OrderColumnKey, order: number): unknown {
    const column = this.column(key);
    const row = column ? column.rows[order] : -1;
    return row < 0 ? '' : this.table.values[row][column!.col];
  }

  /** Per order, 1 when its value in the column passes the column's test (ORDER_LEVEL_TESTS; else: has a value); all 0 when the table lacks the column. */
  flags(key: OrderColumnKey): Uint8Array {
    return this.column(key)?.flags.subarray(0, this.count) ?? new Uint8Array(this.count);
  }

  /** Per order, the wall-clock time of a date column (NaN when blank); throws naming the column when the table lacks it, or the first unreadable cell. */
  times(key: OrderColumnKey, neededFor: string): Float64Array {
    this.table.require(key, neededFor);
    if (!ORDER_LEVEL_TIMES.has(key)) throw new Error(`HealthOrders: '${key}' is not a time column.`);
    const column = this.column(key)!;
    if (column.timeError) throw column.timeError;
    return column.times.subarray(0, this.count);
  }

  /** LineOrders: the line's Paid Time day (undefined: blank); throws the error of the first unreadable one when it is reached. */
  paidDayOf(line: number): number | undefined {
    if (line === this.paidDayErrorLine) throw this.paidDayError!;
    if (line >= this.paidDays.length) throw new Error('HealthOrders: Paid Time days per line were not read.');
    const day = this.paidDays[line];
    return isNaN(day) ? undefined : day;
  }

  private column(key: OrderColumnKey): OrderColumn | undefined {
    if (!this.gathered.has(key)) throw new Error(`HealthOrders: column '${key}' was not gathered; add it to the rate's columns.`);
    return this.columns.get(key);
  }
}
