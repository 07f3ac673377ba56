import type { CellValue } from '../../core/workbook/workbookPort';
import { columnOfReference } from '../../core/values/cellReference';
import { cellXml, letterOf } from './cellXml';

/** New values for some cells of existing rows, and whole rows appended from `appendFrom` on. */
export interface SheetPatch {
  /** Row (0-based) → column → its new value. */
  readonly changed: ReadonlyMap<number, ReadonlyMap<number, CellValue>>;
  /** The tab's rows after the change; rows from `appendFrom` on are new. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly appendFrom: number;
}

const CHUNK = 1 << 16;

/**
 * Rewrites a sheet's XML as it streams by: every row the patch leaves alone is copied as it was
 * (formulas, styles, heights), a patched row keeps its other cells and each cell's style, and
 * appended rows go before `</sheetData>`. Rows must come in order, as every writer puts them.
 */
export async function* spliceRows(source: AsyncIterable<string>, patch: SheetPatch, timeZone: string): AsyncGenerator<string> {
  const pending = [...patch.changed.keys()].filter((row) => row < patch.appendFrom).sort((a, b) => a - b);
  let next = 0; // index into pending
  let appended = patch.appendFrom; // next appended row not yet written
  let buffer = '';
  let inData = true;
  let lastRow = -1;
  let tags: Tags | undefined; // known once the sheetData start tag has come by
  /** Patched and appended rows that come before row `before` and are not in the file, in chunks. */
  function* rowsBefore(before: number): Generator<string> {
    let out = '';
    for (; next < pending.length && pending[next] < before; next++) {
      out += newRow(pending[next], patch.changed.get(pending[next]) ?? [], timeZone);
      if (out.length > CHUNK) {
        yield out;
        out = '';
      }
    }
    for (; appended < before && appended < patch.rows.length; appended++) {
      out += newRow(appended, patch.rows[appended].entries(), timeZone);
      if (out.length > CHUNK) {
        yield out;
        out = '';
      }
    }
    if (out) yield out;
  }
  for await (const chunk of source) {
    buffer += chunk;
    if (!tags) {
      const found = findSheetData(buffer, patch);
      if (!found) continue;
      ({ tags, buffer } = found);
    }
    let out = '';
    let at = 0;
    for (;;) {
      if (!inData) {
        out += buffer.slice(at);
        at = buffer.length;
        break;
      }
      const rowAt = buffer.indexOf(tags.row, at);
      const endAt = buffer.indexOf(tags.end, at);
      if (endAt >= 0 && (rowAt < 0 || endAt < rowAt)) {
        yield out + buffer.slice(at, endAt);
        out = '';
        yield* rowsBefore(Infinity);
        at = endAt;
        inData = false;
        continue;
      }
      if (rowAt < 0) break;
      const close = rowEnd(buffer, rowAt, tags.rowEnd);
      if (close < 0) break;
      out += buffer.slice(at, rowAt);
      const xml = buffer.slice(rowAt, close);
      const row = rowIndex(xml, lastRow);
      lastRow = row;
      for (const rows of rowsBefore(row)) out += rows;
      if (next < pending.length && pending[next] === row) out += mergedRow(xml, row, patch.changed.get(pending[next++]) ?? new Map(), timeZone);
      else if (row >= patch.appendFrom && row < patch.rows.length) {
        out += mergedRow(xml, row, allCells(patch.rows[row]), timeZone);
        if (appended === row) appended++;
      } else out += xml;
      at = close;
      if (out.length > CHUNK) {
        yield out;
        out = '';
      }
    }
    buffer = buffer.slice(at);
    if (out) yield out;
  }
  if (inData) throw new Error('the sheet XML ended before its </sheetData>');
  if (buffer) yield buffer;
}

interface Tags {
  readonly row: string;
  readonly rowEnd: string;
  readonly end: string;
}

const TAGS: Tags = { row: '<row', rowEnd: '</row>', end: '</sheetData>' };

/** Whether the sheet's XML spells its elements with a namespace prefix (`<x:row>`), which splicing does not handle. */
export function hasPrefixedSheetData(head: string): boolean {
  return /<\w+:sheetData\b/.test(head);
}

/**
 * Finds the sheetData start tag: an empty `<sheetData/>` is opened so rows can go in, and the
 * dimension is widened to the rows after the change. Undefined while more XML is needed.
 */
function findSheetData(buffer: string, patch: SheetPatch): { tags: Tags; buffer: string } | undefined {
  const start = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(buffer);
  if (!start) return undefined;
  if (start[1]) throw new Error('a sheet written with namespace prefixes cannot be spliced');
  const tags = TAGS;
  const opened = start[2] ? `<sheetData>${tags.end}` : start[0];
  const head = buffer
    .slice(0, start.index)
    .replace(/(<(?:\w+:)?dimension\s+ref=")([A-Z]+)(\d+):([A-Z]+)(\d+)"/, (_, open: string, c1: string, r1: string, c2: string, r2: string) => {
      const width = patch.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      const column = letterOf(Math.max(columnOfReference(c2), width - 1));
      return `${open}${c1}${r1}:${column}${Math.max(Number(r2), patch.rows.length)}"`;
    });
  return { tags, buffer: head + opened + buffer.slice(start.index + start[0].length) };
}

/** Index just past a `<row …>…</row>` or `<row …/>` starting at `from`; -1 when the buffer ends first. */
function rowEnd(buffer: string, from: number, closeTag: string): number {
  const tagEnd = buffer.indexOf('>', from);
  if (tagEnd < 0) return -1;
  if (buffer.charCodeAt(tagEnd - 1) === 47 /* / */) return tagEnd + 1;
  const end = buffer.indexOf(closeTag, tagEnd);
  return end < 0 ? -1 : end + closeTag.length;
}

/** The row's 0-based index: its `r`, or the one after the previous row (`r` is optional). */
function rowIndex(xml: string, previous: number): number {
  const r = /^<row\b[^>]*?\br="(\d+)"/.exec(xml)?.[1];
  return r ? Number(r) - 1 : previous + 1;
}

function allCells(values: readonly CellValue[]): Map<number, CellValue> {
  const cells = new Map<number, CellValue>();
  values.forEach((value, column) => cells.set(column, value));
  return cells;
}

function newRow(row: number, cells: Iterable<[number, CellValue]>, timeZone: string): string {
  let xml = '';
  for (const [column, value] of cells) xml += cellXml(row, column, value, 0, timeZone);
  return xml ? `<row r="${row + 1}">${xml}</row>` : '';
}

const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;

/** A row's XML with some cells' values replaced: each keeps its style; cells not there are inserted in column order. */
function mergedRow(xml: string, row: number, cells: ReadonlyMap<number, CellValue>, timeZone: string): string {
  const open = xml.slice(0, xml.indexOf('>') + 1).replace(/\/>$/, '>');
  const body = xml.endsWith('/>') ? '' : xml.slice(open.length, -'</row>'.length);
  const columns = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  let out = '';
  let last = 0;
  let column = -1;
  for (const match of body.matchAll(CELL)) {
    const reference = /\br="([A-Z]+)\d*"/.exec(match[1])?.[1];
    column = reference ? columnOfReference(reference) : column + 1;
    out += body.slice(last, match.index);
    last = (match.index ?? 0) + match[0].length;
    while (next < columns.length && columns[next] < column) out += cellXml(row, columns[next], cells.get(columns[next++]) ?? '', 0, timeZone);
    if (next < columns.length && columns[next] === column) {
      const style = Number(/\bs="(\d+)"/.exec(match[1])?.[1] ?? 0);
      out += cellXml(row, column, cells.get(columns[next++]) ?? '', style, timeZone);
    } else out += match[0];
  }
  out += body.slice(last);
  while (next < columns.length) out += cellXml(row, columns[next], cells.get(columns[next++]) ?? '', 0, timeZone);
  return `${open}${out}</row>`;
}
