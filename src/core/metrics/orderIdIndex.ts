import { InputError } from '../values/errors';
import type { Table } from '../table/readTable';
import { isMangledId, mangledIdMessage, orderKey } from './orderFlags';

const enum IdShape {
  Unknown,
  Bare, // '576…001'
  TabEnded, // '576…001\t', as Seller Center writes them
}

function shapeOf(raw: unknown): IdShape | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.charCodeAt(0) <= 32) return null;
  const last = raw.charCodeAt(raw.length - 1);
  if (last > 32 && last !== 160 && last !== 0xfeff) return IdShape.Bare;
  if (last === 9 && raw.length > 1 && raw.charCodeAt(raw.length - 2) > 32) return IdShape.TabEnded;
  return null;
}

function missingIdError(table: Table, row: number, col: number): InputError {
  return new InputError(`${table.cellName(row, col)}: the line has no Order ID; every SKU line needs its order's ID.`);
}

/** The checks OrderIdIndex.indexAt makes, for a calculation that never counts orders (GMV, Units). */
export function checkOrderId(table: Table, row: number, col: number): void {
  const raw = table.values[row][col];
  if (isMangledId(raw)) throw new InputError(mangledIdMessage(table.cellName(row, col)));
  if (orderKey(raw) === '') throw missingIdError(table, row, col);
}

/**
 * Order IDs to dense indices 0, 1, 2, …. While every ID has one shape (all tab-ended, or all bare)
 * the raw cells are the keys and nothing is trimmed; the first ID of another shape switches to
 * trimmed keys, which is safe then because one shape maps raw to trimmed one to one.
 */
export class OrderIdIndex {
  private readonly byRaw = new Map<unknown, number>();
  private byKey: Map<string, number> | null = null;
  private shape = IdShape.Unknown;
  size = 0;

  /** The index of the order whose ID is in the cell; a blank or rounded ID is an error naming the cell. */
  indexAt(table: Table, row: number, col: number): number {
    const raw = table.values[row][col];
    const known = this.byRaw.get(raw);
    if (known !== undefined) return known;
    if (isMangledId(raw)) throw new InputError(mangledIdMessage(table.cellName(row, col)));
    const index = this.indexOf(raw);
    if (index < 0) throw missingIdError(table, row, col);
    return index;
  }

  /** The order's index, or -1 for a blank ID. */
  private indexOf(raw: unknown): number {
    if (!this.byKey) {
      const shape = shapeOf(raw);
      if (shape !== null && (this.shape === IdShape.Unknown || this.shape === shape)) {
        this.shape = shape;
        return this.add(raw, this.size++);
      }
      this.byKey = new Map([...this.byRaw].map(([cell, index]) => [orderKey(cell), index]));
    }
    const key = orderKey(raw);
    if (key === '') return -1;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.size++;
      this.byKey.set(key, index);
    }
    return this.add(raw, index);
  }

  private add(raw: unknown, index: number): number {
    this.byRaw.set(raw, index);
    return index;
  }
}
