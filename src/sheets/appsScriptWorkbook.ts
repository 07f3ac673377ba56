import { columnLetter } from '../core/values/columnLetter';
import type { CellValue, ColumnFormat, TabContent, Validation, Workbook } from '../core/workbook/workbookPort';

/*
 * The parts of SpreadsheetApp and PropertiesService the adapter uses. The real services satisfy
 * these types; so does the fake in the tests, which records every call.
 */
export interface RangeLike {
  getValues(): unknown[][];
  setValues(values: unknown[][]): unknown;
  setNumberFormat(format: string): unknown;
  setBackgrounds(colors: (string | null)[][]): unknown;
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): unknown;
  setDataValidation(rule: unknown): unknown;
}

export interface SheetLike {
  getName(): string;
  getSheetId(): number;
  getDataRange(): RangeLike;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRangeList(a1Notations: string[]): { setNumberFormat(format: string): unknown };
  clear(): unknown;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  setFrozenRows(rows: number): unknown;
  setColumnWidth(column: number, width: number): unknown;
  getDeveloperMetadata(): { getKey(): string }[];
  addDeveloperMetadata(key: string): unknown;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(name: string): SheetLike;
  getSpreadsheetTimeZone(): string;
  toast(message: string, title: string, timeoutSeconds: number | null): void;
}

export interface ValidationBuilderLike {
  requireValueInList(values: string[], showDropdown: boolean): ValidationBuilderLike;
  requireDate(): ValidationBuilderLike;
  requireNumberBetween(start: number, end: number): ValidationBuilderLike;
  requireNumberGreaterThanOrEqualTo(number: number): ValidationBuilderLike;
  requireNumberLessThanOrEqualTo(number: number): ValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): ValidationBuilderLike;
  build(): unknown;
}

export interface ValidationFactory {
  newDataValidation(): ValidationBuilderLike;
}

export interface PropertiesLike {
  getProperties(): Record<string, string>;
  setProperties(properties: Record<string, string>, deleteAllOthers: boolean): unknown;
}

/** Developer-metadata key on each sheet the add-on created; a user's tab of the same name lacks it. */
export const OWNED_KEY = 'tts-ops-owned';
const HEADER_FILL = '#e8eaed';

/**
 * The Workbook port on a Google spreadsheet: one getValues() per tab read; one setValues() per tab
 * written, after one clear(); colours and weights in one call each over the whole range; number
 * formats in one call per distinct format (a range list); widths, column formats and dropdowns once
 * per column. Never a call per cell.
 */
export class AppsScriptWorkbook implements Workbook {
  constructor(
    private readonly spreadsheet: SpreadsheetLike,
    private readonly properties: PropertiesLike,
    private readonly validations: ValidationFactory,
  ) {}

  listTabs(): string[] {
    return this.spreadsheet.getSheets().map((sheet) => sheet.getName());
  }

  readTab(name: string): CellValue[][] | undefined {
    return this.spreadsheet.getSheetByName(name)?.getDataRange().getValues() as CellValue[][] | undefined;
  }

  writeTab(content: TabContent): void {
    const sheet = this.spreadsheet.getSheetByName(content.name) ?? this.spreadsheet.insertSheet(content.name);
    sheet.clear();
    const width = Math.max(1, ...content.values.map((row) => row.length));
    const height = content.values.length;
    ensureSize(sheet, Math.max(height, ...(content.columns ?? []).map((c) => c.toRow ?? 0)), width);
    if (height > 0) {
      const range = sheet.getRange(1, 1, height, width);
      range.setValues(this.cellGrid(content, width));
      for (const [format, a1s] of formatRuns(content.numberFormats ?? [])) sheet.getRangeList(a1s).setNumberFormat(format);
      const headers = new Set(content.headerRows ?? []);
      if (content.backgrounds || headers.size) {
        range.setBackgrounds(grid(height, width, (r, c) => (headers.has(r) ? HEADER_FILL : (content.backgrounds?.[r]?.[c] ?? null))));
      }
      if (headers.size) range.setFontWeights(grid(height, width, (r) => (headers.has(r) ? 'bold' : 'normal')));
    }
    if (content.frozenRows !== undefined) sheet.setFrozenRows(content.frozenRows);
    for (const column of content.columns ?? []) this.formatColumn(sheet, column, height);
  }

  updateCells(name: string, values: readonly (readonly CellValue[])[]): void {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return this.writeTab({ name, values });
    const width = Math.max(1, ...values.map((row) => row.length));
    ensureSize(sheet, values.length, width);
    if (values.length) sheet.getRange(1, 1, values.length, width).setValues(this.cellGrid({ name, values }, width));
  }

  ownedTabs(): Set<string> {
    const owned = this.spreadsheet.getSheets().filter((sheet) => sheet.getDeveloperMetadata().some((m) => m.getKey() === OWNED_KEY));
    return new Set(owned.map((sheet) => sheet.getName()));
  }

  markOwned(name: string): void {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`markOwned: no tab '${name}'`);
    sheet.addDeveloperMetadata(OWNED_KEY);
  }

  readProperties(): Record<string, string> {
    return this.properties.getProperties();
  }

  writeProperties(values: Record<string, string>): void {
    this.properties.setProperties(values, false);
  }

  timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  dateCellZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  progress(message: string, done: number, total: number): void {
    this.spreadsheet.toast(`${message} (${done} of ${total})`, 'TTS Ops', 5);
  }

  /**
   * The values as setValues takes them: text quoted with a leading apostrophe so Sheets keeps it as
   * typed (no formula, date or number read into "00123" or "2026-11-16"); links as HYPERLINK formulas.
   */
  private cellGrid(content: TabContent, width: number): unknown[][] {
    const cells = grid(content.values.length, width, (r, c) => {
      const value = content.values[r][c];
      if (value === null || value === undefined || value === '') return '';
      return typeof value === 'string' ? `'${value}` : value;
    });
    const sheetIds = new Map<string, number | undefined>();
    for (const link of content.links ?? []) {
      if (!sheetIds.has(link.tab)) sheetIds.set(link.tab, this.spreadsheet.getSheetByName(link.tab)?.getSheetId());
      const id = sheetIds.get(link.tab);
      const label = `${link.tab}!${link.a1}`;
      cells[link.row][link.column] = id === undefined ? `'${label}` : `=HYPERLINK("#gid=${id}&range=${link.a1}", "${label.replace(/"/g, '""')}")`;
    }
    return cells;
  }

  private formatColumn(sheet: SheetLike, column: ColumnFormat, height: number): void {
    if (column.width !== undefined) sheet.setColumnWidth(column.column + 1, column.width);
    const from = column.fromRow ?? 0;
    const rows = (column.toRow ?? height) - from;
    if (rows <= 0 || (column.numberFormat === undefined && !column.validation)) return;
    const range = sheet.getRange(from + 1, column.column + 1, rows, 1);
    if (column.numberFormat !== undefined) range.setNumberFormat(column.numberFormat);
    if (column.validation) range.setDataValidation(this.rule(column.validation));
  }

  private rule(validation: Validation): unknown {
    const builder = this.validations.newDataValidation();
    switch (validation.kind) {
      case 'list':
        return builder
          .requireValueInList(validation.values.slice(), true)
          .setAllowInvalid(validation.allowOther ?? false)
          .build();
      case 'date':
        return builder.requireDate().setAllowInvalid(false).build();
      case 'number': {
        const { min, max } = validation;
        const bounded =
          min !== undefined && max !== undefined
            ? builder.requireNumberBetween(min, max)
            : max !== undefined
              ? builder.requireNumberLessThanOrEqualTo(max)
              : builder.requireNumberGreaterThanOrEqualTo(min ?? -Number.MAX_VALUE);
        return bounded.setAllowInvalid(false).build();
      }
    }
  }
}

function grid<T>(height: number, width: number, cell: (row: number, column: number) => T): T[][] {
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => cell(r, c)));
}

/**
 * The cells of each number format as A1 ranges, one per run of neighbouring cells in a row; cells
 * without a format keep the automatic one that clear() left.
 */
function formatRuns(formats: readonly (readonly (string | null)[])[]): Map<string, string[]> {
  const runs = new Map<string, string[]>();
  formats.forEach((row, r) => {
    for (let c = 0; c < row.length;) {
      const format = row[c];
      let end = c + 1;
      while (end < row.length && row[end] === format) end++;
      if (format) {
        const a1 = end - c === 1 ? `${columnLetter(c)}${r + 1}` : `${columnLetter(c)}${r + 1}:${columnLetter(end - 1)}${r + 1}`;
        const list = runs.get(format);
        if (list) list.push(a1);
        else runs.set(format, [a1]);
      }
      c = end;
    }
  });
  return runs;
}

/** New tabs have 1,000 rows and 26 columns; a bigger write or a longer dropdown needs more. */
function ensureSize(sheet: SheetLike, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
