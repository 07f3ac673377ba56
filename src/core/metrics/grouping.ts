import { InputError } from '../values/errors';
import type { Settings } from '../settings/settings';
import type { Table } from '../table/readTable';
import { formatDay, formatMonth, startOfMonth, startOfWeek } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { ownValue } from '../values/ownValue';
import type { Frame, Grouping } from './aggregate';

export type DateGrain = 'day' | 'week' | 'month';
export type GroupBy = { readonly grain: DateGrain } | { readonly header: string };

const GRAINS: Record<string, DateGrain> = { day: 'day', daily: 'day', date: 'day', week: 'week', weekly: 'week', month: 'month', monthly: 'month' };

/** `day`, `week`, `month`, or any header of the table (`Seller SKU`, `Product Name`). */
export function parseGroupBy(value: unknown): GroupBy {
  const text = cleanText(Array.isArray(value) ? value.flat()[0] : value);
  if (!text) throw new InputError("'rows' is empty: use day, week, month or a column header such as Seller SKU.");
  const grain = ownValue(GRAINS, text.toLowerCase());
  return grain ? { grain } : { header: text };
}

export function isDateGrouping(groupBy: GroupBy): boolean {
  return 'grain' in groupBy;
}

export interface Groups extends Grouping {
  /** Group labels by group id. */
  readonly labels: readonly string[];
  /** Group ids in display order: chronological, or natural order of the labels. */
  readonly order: readonly number[];
  /** The header of the grouping column in a pivot: 'Week', 'Seller SKU'. */
  readonly title: string;
}

const BLANK_LABEL = '(blank)';

export function groupFrame(frame: Frame, table: Table, groupBy: GroupBy, settings: Settings): Groups {
  return 'grain' in groupBy ? groupByDate(frame, groupBy.grain, settings) : groupByColumn(frame, table, groupBy.header);
}

function groupByDate(frame: Frame, grain: DateGrain, settings: Settings): Groups {
  const keyOf = grain === 'day' ? (d: number) => d : grain === 'week' ? (d: number) => startOfWeek(d, settings.weekStart) : startOfMonth;
  const ids = new Int32Array(frame.length);
  const keys: number[] = [];
  const idOfKey = new Map<number, number>();
  let lastDay = NaN;
  let lastId = -1;
  for (let i = 0; i < frame.length; i++) {
    const day = frame.day[i];
    if (day !== lastDay) {
      const key = keyOf(day);
      let id = idOfKey.get(key);
      if (id === undefined) {
        id = keys.length;
        keys.push(key);
        idOfKey.set(key, id);
      }
      lastDay = day;
      lastId = id;
    }
    ids[i] = lastId;
  }
  const format = grain === 'month' ? formatMonth : formatDay;
  const title = grain === 'day' ? 'Day' : grain === 'week' ? 'Week' : 'Month';
  const order = keys.map((_, id) => id).sort((a, b) => keys[a] - keys[b]);
  return { count: keys.length, ids, labels: keys.map(format), order, title };
}

function groupByColumn(frame: Frame, table: Table, header: string): Groups {
  const col = table.requireHeader(header);
  const ids = new Int32Array(frame.length);
  const labels: string[] = [];
  const idOfCell = new Map<unknown, number>();
  const idOfLabel = new Map<string, number>();
  const { values } = table;
  for (let i = 0; i < frame.length; i++) {
    const cell = values[frame.tableRow[i]][col];
    let id = idOfCell.get(cell);
    if (id === undefined) {
      const label = cleanText(cell) || BLANK_LABEL;
      id = idOfLabel.get(label);
      if (id === undefined) {
        id = labels.length;
        labels.push(label);
        idOfLabel.set(label, id);
      }
      idOfCell.set(cell, id);
    }
    ids[i] = id;
  }
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const order = labels.map((_, id) => id).sort((a, b) => collator.compare(labels[a], labels[b]));
  return { count: labels.length, ids, labels, order, title: table.headerAt(col) };
}
