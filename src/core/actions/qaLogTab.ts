import { normalizeHeader } from '../table/normalizeHeader';
import { cleanText } from '../values/cleanText';
import { isDate } from '../values/isDate';
import { ownedTabName, writeOwnedTab, type TabState } from '../workbook/ownedTabs';
import type { CellValue, Workbook } from '../workbook/workbookPort';

/** The sign-off record: owned by the add-on, append-only (rows are added, never edited or deleted). */
export const QA_LOG_TAB = 'TTS · QA log';

export const QA_LOG_HEADER = [
  'Signed at',
  'By',
  'Read-out refreshed',
  'Inputs fingerprint',
  'Checks run',
  'Errors',
  'Warnings',
  'Notes',
  'Manual items',
  'Note',
] as const;

const INTRO = [[QA_LOG_TAB], ['One row per QA sign-off; TTS Ops adds rows, never edits or deletes one.']];
const HEADER_ROW = INTRO.length; // 0-based

/** One row of the log. */
export interface QaLogEntry {
  readonly at: Date;
  readonly by: string;
  /** The read-out's refresh time (ISO, as the refresh recorded it) when signed; '' when never refreshed. */
  readonly readoutRefreshed: string;
  readonly inputsFingerprint: string;
  readonly checksRun: string;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly manualItems: string;
  readonly note: string;
}

export interface QaLogRow extends QaLogEntry {
  /** 1-based row of the tab. */
  readonly row: number;
}

/** The log tab the add-on owns, if it has written one (a user's own tab of the same name is never read as the log). */
export function existingQaLogTab(state: TabState): string | undefined {
  const name = ownedTabName(QA_LOG_TAB, state);
  return state.owned.has(name) ? state.owned.actual(name) : undefined;
}

/** The log's rows whose Signed at is a date, in tab order; columns are found by their header text. */
export function readQaLog(values: readonly (readonly CellValue[])[] | undefined): QaLogRow[] {
  if (!values) return [];
  const headerRow = values.findIndex((row, r) => r < 10 && row.some((cell) => normalizeHeader(cell) === normalizeHeader(QA_LOG_HEADER[0])));
  if (headerRow < 0) return [];
  const columns = new Map(values[headerRow].map((cell, c) => [normalizeHeader(cell), c]));
  const at = (row: readonly CellValue[], header: (typeof QA_LOG_HEADER)[number]): CellValue | undefined => {
    const c = columns.get(normalizeHeader(header));
    return c === undefined ? undefined : row[c];
  };
  const text = (row: readonly CellValue[], header: (typeof QA_LOG_HEADER)[number]): string => cleanText(at(row, header) ?? '');
  const count = (row: readonly CellValue[], header: (typeof QA_LOG_HEADER)[number]): number => {
    const value = Number(at(row, header));
    return Number.isFinite(value) ? value : NaN;
  };
  const rows: QaLogRow[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    const signed = at(row, 'Signed at');
    if (!isDate(signed)) continue;
    rows.push({
      row: r + 1,
      at: signed,
      by: text(row, 'By'),
      readoutRefreshed: text(row, 'Read-out refreshed'),
      inputsFingerprint: text(row, 'Inputs fingerprint'),
      checksRun: text(row, 'Checks run'),
      errors: count(row, 'Errors'),
      warnings: count(row, 'Warnings'),
      notes: count(row, 'Notes'),
      manualItems: text(row, 'Manual items'),
      note: text(row, 'Note'),
    });
  }
  return rows;
}

/** The row appended last, if any: rows are only ever appended, while a Signed at may be anything (a skewed clock, an edit). */
export function newestQaLogRow(rows: readonly QaLogRow[]): QaLogRow | undefined {
  return rows[rows.length - 1];
}

function entryCells(entry: QaLogEntry): CellValue[] {
  return [
    entry.at,
    entry.by,
    entry.readoutRefreshed,
    entry.inputsFingerprint,
    entry.checksRun,
    entry.errors,
    entry.warnings,
    entry.notes,
    entry.manualItems,
    entry.note,
  ];
}

/**
 * Appends one row below the rows already there, which are written back exactly as read; creates
 * the owned tab first when there is none. Returns the tab's name and the 1-based row written.
 */
export function appendQaLogRow(workbook: Workbook, state: TabState, entry: QaLogEntry): { tab: string; row: number } {
  const tab = existingQaLogTab(state);
  const previous = trimBlankRows((tab === undefined ? undefined : workbook.readTab(tab)) ?? []);
  const values: CellValue[][] = previous.length ? previous : [...INTRO.map((row) => row.slice()), [...QA_LOG_HEADER]];
  values.push(entryCells(entry));
  const name = writeOwnedTab(
    workbook,
    {
      name: tab ?? QA_LOG_TAB,
      values,
      frozenRows: HEADER_ROW + 1,
      headerRows: [0, HEADER_ROW],
      columns: [
        { column: 0, width: 140, numberFormat: 'yyyy-mm-dd hh:mm', fromRow: HEADER_ROW + 1 },
        { column: 1, width: 200 },
        { column: 2, width: 190 },
        { column: 3, width: 150 },
        { column: 4, width: 260 },
        { column: 8, width: 360 },
        { column: 9, width: 300 },
      ],
    },
    state,
  );
  return { tab: name, row: values.length };
}

function trimBlankRows(values: readonly (readonly CellValue[])[]): CellValue[][] {
  let height = values.length;
  while (height > 0 && values[height - 1].every((cell) => cell === '' || cell === null || cell === undefined)) height--;
  return values.slice(0, height).map((row) => row.slice());
}
