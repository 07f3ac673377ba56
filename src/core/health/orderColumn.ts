import { InputError } from '../values/errors';
import type { DateCellReader } from '../table/readDayColumn';

/** One order-level column: per order, the row of its first line with a value, and what that value says (arrays sized by the lines, as orders never outnumber them). */
export class OrderColumn {
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
