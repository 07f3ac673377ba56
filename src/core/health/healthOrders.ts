import { OrderIdIndex } from '../metrics/orderIdIndex';
import type { Settings } from '../settings';
import type { OrderColumnKey } from '../table/columns';
import { dateCellReader } from '../table/readDayColumn';
import type { Table } from '../table/readTable';
import { isBlank } from '../values/isBlank';

/**
 * The orders of an export, each once: SKU lines of one order share its times, tracking and
 * cancellation, so every order-level value is taken from the order's first line that has one.
 * Columns are read lazily, one pass each, into per-order arrays (no per-line objects).
 */
export class HealthOrders {
  readonly count: number;
  /** Per order, the row of its first line. */
  readonly firstLine: Int32Array;
  private readonly orderOfLine: Int32Array;
  private readonly rowsByColumn = new Map<OrderColumnKey, Int32Array | undefined>();
  private readonly timesByColumn = new Map<OrderColumnKey, Float64Array>();

  constructor(
    readonly table: Table<OrderColumnKey>,
    private readonly settings: Settings,
  ) {
    const idCol = table.require('orderId', 'counting orders');
    const { rows, values } = table;
    const orderOfLine = new Int32Array(rows.length);
    const firstLine: number[] = [];
    const orderIds = new OrderIdIndex();
    let previousId: unknown = undefined;
    let o = -1;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const id = values[r][idCol];
      // An order's SKU lines sit together in an export: skip the key lookup while the ID repeats.
      if (id !== previousId || o < 0) {
        o = orderIds.indexAt(table, r, idCol);
        if (o === firstLine.length) firstLine.push(r);
        previousId = id;
      }
      orderOfLine[i] = o;
    }
    this.orderOfLine = orderOfLine;
    this.firstLine = Int32Array.from(firstLine);
    this.count = firstLine.length;
  }

  /** Per order, the row of its first line with a non-blank cell in the column (-1: none); undefined when the table lacks the column. */
  rowsWith(key: OrderColumnKey): Int32Array | undefined {
    if (this.rowsByColumn.has(key)) return this.rowsByColumn.get(key);
    const col = this.table.index(key);
    let found: Int32Array | undefined;
    if (col >= 0) {
      found = new Int32Array(this.count).fill(-1);
      const { rows, values } = this.table;
      for (let i = 0; i < rows.length; i++) {
        const o = this.orderOfLine[i];
        if (found[o] < 0 && !isBlank(values[rows[i]][col])) found[o] = rows[i];
      }
    }
    this.rowsByColumn.set(key, found);
    return found;
  }

  /** The order's value in a column ('' when blank or absent). */
  value(key: OrderColumnKey, order: number): unknown {
    const row = this.rowsWith(key)?.[order] ?? -1;
    return row < 0 ? '' : this.table.values[row][this.table.index(key)];
  }

  /** Per order, 1 when the test holds for its value in the column; all 0 when the table lacks the column. */
  flags(key: OrderColumnKey, test: (cell: unknown) => boolean): Uint8Array {
    const flags = new Uint8Array(this.count);
    const rows = this.rowsWith(key);
    if (!rows) return flags;
    const col = this.table.index(key);
    for (let o = 0; o < this.count; o++) if (rows[o] >= 0 && test(this.table.values[rows[o]][col])) flags[o] = 1;
    return flags;
  }

  /** Per order, the wall-clock time of a date column (NaN when blank); throws naming the column when the table lacks it. */
  times(key: OrderColumnKey, neededFor: string): Float64Array {
    let times = this.timesByColumn.get(key);
    if (!times) {
      const col = this.table.require(key, neededFor);
      const read = dateCellReader(this.table, col, this.settings);
      const rows = this.rowsWith(key)!;
      times = new Float64Array(this.count).fill(NaN);
      for (let o = 0; o < this.count; o++) if (rows[o] >= 0) times[o] = read(rows[o]) ?? NaN;
      this.timesByColumn.set(key, times);
    }
    return times;
  }
}
