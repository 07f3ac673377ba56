import { InputError } from '../errors';
import type { LineOrders } from '../metrics/orderFrame';
import { OrderIdIndex } from '../metrics/orderIdIndex';
import type { Settings } from '../settings';
import type { OrderColumnKey } from '../table/columns';
import { dateCellReader, type DateCellReader } from '../table/readDayColumn';
import { shopDayReader } from '../table/shopDayReader';
import type { Table } from '../table/readTable';
import { isBlank } from '../values/isBlank';
import { ORDER_LEVEL_TESTS, ORDER_LEVEL_TIMES } from './orderLevelFlags';

/** One order-level column: per order, the row of its first line with a value, and what that value says (arrays sized by the lines, as orders never outnumber them). */
class OrderColumn {
  /** Per order, the row of its first line with a non-blank cell (-1: none). */
  readonly rows: Int32Array;
  readonly flags: Uint8Array;
  /** Wall-clock ms per order (NaN: blank); empty unless the column holds times. */
  readonly times: Float64Array;
  /** The error of the lowest-numbered order whose time cell is unreadable, thrown when the times are asked for. */
  timeError: InputError | undefined;
  private timeErrorOrder = -1;
  private lastCell: unknown = undefined;
  private lastFlag = 0;

  constructor(
    readonly col: number,
    lines: number,
    private readonly test: ((cell: unknown) => boolean) | undefined,
    private readonly read: DateCellReader | undefined,
  ) {
    this.rows = new Int32Array(lines).fill(-1);
    this.flags = new Uint8Array(lines);
    this.times = new Float64Array(read ? lines : 0).fill(NaN);
  }

  /** The order's first value in the column, met on `row`: its flag and time, decided while the cell is at hand. */
  take(order: number, row: number, cell: unknown): void {
    this.rows[order] = row;
    if (!this.test) this.flags[order] = 1;
    else {
      // Order-level columns hold a few words repeated order after order: test each run once.
      if (cell !== this.lastCell) {
        this.lastCell = cell;
        this.lastFlag = this.test(cell) ? 1 : 0;
      }
      this.flags[order] = this.lastFlag;
    }
    // Past an unreadable time, only a lower-numbered order's error could be the one thrown.
    if (this.read && (this.timeErrorOrder < 0 || order < this.timeErrorOrder)) {
      try {
        this.times[order] = this.read(row) ?? NaN;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        this.timeError = error;
        this.timeErrorOrder = order;
      }
    }
  }
}

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
    const gathering = keys.map((key) => {
      const col = table.index(key);
      const read = ORDER_LEVEL_TIMES.has(key) ? dateCellReader(table, col, settings) : undefined;
      return new OrderColumn(col, rows.length, ORDER_LEVEL_TESTS[key], read);
    });
    // Never more orders than lines: sized by the lines, cut to the orders at the end.
    const firstLine = new Int32Array(rows.length);
    const orderOfLine = new Int32Array(rows.length);
    const readPaidDay = paidDayPerLine && table.has('paidTime') ? shopDayReader(table, table.index('paidTime'), settings) : undefined;
    const paidDays = new Float64Array(readPaidDay ? rows.length : 0);
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
      if (readPaidDay && paidDayErrorLine < 0) {
        try {
          paidDays[i] = readPaidDay(r) ?? NaN;
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
