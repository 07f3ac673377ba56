import { columnLetter } from '../../src/core/values/columnLetter';
import type { PropertiesLike, RangeLike, SheetLike, SpreadsheetLike, ValidationBuilderLike } from '../../src/sheets/appsScriptWorkbook';
import { columnOfReference } from '../../src/core/values/cellReference';

/** One recorded call: which method, on which sheet and range. */
export interface Call {
  readonly method: string;
  readonly sheet?: string;
  readonly a1?: string;
}

export interface FakeRule {
  readonly kind: string;
  readonly values?: string[];
  readonly bounds?: number[];
  readonly allowInvalid?: boolean;
}

type Grid<T> = Map<string, T>;
const key = (row: number, column: number): string => `${row},${column}`;

/** A sheet's values in dense rows (1-based), so a tab of 160,000 × 62 cells loads and reads in seconds; blanks are not kept. */
class ValueGrid {
  private rows: unknown[][] = [];

  get(row: number, column: number): unknown {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: unknown): void {
    if (value === '' || value === null || value === undefined) {
      if (this.rows[row]) delete this.rows[row][column];
      return;
    }
    (this.rows[row] ??= [])[column] = value;
  }

  clear(): void {
    this.rows = [];
  }

  /** Last row and column holding a value. */
  extent(): [number, number] {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((cells, r) =>
      cells.forEach((_, c) => {
        rows = Math.max(rows, r);
        columns = Math.max(columns, c);
      }),
    );
    return [rows, columns];
  }
}

/** `B7` → row 7, column 2 (1-based). */
function cellOf(a1: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { row: Number(digits), column: columnOfReference(letters) + 1 };
}

/**
 * A Google spreadsheet in memory that records every call, so tests can count them. Like Sheets,
 * setValues reads unquoted text as the user would type it (`=` formulas, numbers) and drops the
 * leading apostrophe of quoted text.
 */
export class FakeSpreadsheet implements SpreadsheetLike {
  readonly calls: Call[] = [];
  readonly toasts: string[] = [];
  /** `Tab!A1` of the last range activated (a finding clicked in the sidebar). */
  selection = '';
  activeSheet = '';
  private readonly sheets: FakeSheet[] = [];
  private nextId = 100;

  constructor(
    tabs: Record<string, unknown[][]> = {},
    private readonly zone = 'America/Los_Angeles',
    private readonly locale = 'en_US',
    /** The file's name in Drive and its ID (SpreadsheetApp.openById). */
    readonly name = 'Untitled spreadsheet',
    readonly id = 'fake-spreadsheet-id-000000000',
  ) {
    for (const [name, values] of Object.entries(tabs)) this.addSheet(name).load(values);
  }

  log(method: string, sheet?: string, a1?: string): void {
    this.calls.push({ method, sheet, a1 });
  }

  /** Calls of a method, optionally on one sheet. */
  count(method: string, sheet?: string): number {
    return this.calls.filter((c) => c.method === method && (sheet === undefined || c.sheet === sheet)).length;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getSheets(): FakeSheet[] {
    this.log('getSheets');
    return this.sheets.slice();
  }

  getSheetByName(name: string): FakeSheet | null {
    this.log('getSheetByName', name);
    return this.sheet(name) ?? null;
  }

  insertSheet(name: string): FakeSheet {
    this.log('insertSheet', name);
    if (this.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    return this.addSheet(name);
  }

  getName(): string {
    this.log('getName');
    return this.name;
  }

  /** Spreadsheet-level developer metadata (key, value), as Spreadsheet.getDeveloperMetadata returns it. */
  readonly metadata: { key: string; value: string }[] = [];

  getDeveloperMetadata(): { getKey(): string; getValue(): string; setValue(value: string): void }[] {
    this.log('getDeveloperMetadata');
    return this.metadata.map((entry) => ({
      getKey: () => entry.key,
      getValue: () => entry.value,
      setValue: (value: string) => {
        this.log('DeveloperMetadata.setValue');
        entry.value = value;
      },
    }));
  }

  addDeveloperMetadata(key: string, value: string): this {
    this.log('addDeveloperMetadata');
    this.metadata.push({ key, value });
    return this;
  }

  getId(): string {
    this.log('getId');
    return this.id;
  }

  getSpreadsheetTimeZone(): string {
    this.log('getSpreadsheetTimeZone');
    return this.zone;
  }

  getSpreadsheetLocale(): string {
    this.log('getSpreadsheetLocale');
    return this.locale;
  }

  toast(message: string): void {
    this.log('toast');
    this.toasts.push(message);
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.log('setActiveSheet', sheet.name);
    this.activeSheet = sheet.name;
    return sheet;
  }
}

export class FakeSheet implements SheetLike {
  readonly values = new ValueGrid();
  readonly formulas: Grid<string> = new Map();
  readonly numberFormats: Grid<string> = new Map();
  readonly backgrounds: Grid<string | null> = new Map();
  readonly weights: Grid<string | null> = new Map();
  readonly validations: { a1: string; rule: FakeRule }[] = [];
  readonly widths = new Map<number, number>();
  readonly metadata: string[] = [];
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    private readonly book: FakeSpreadsheet,
    readonly name: string,
    private readonly id: number,
  ) {}

  /** Test set-up: the user's values, without recording calls. */
  load(values: unknown[][]): void {
    values.forEach((row, r) => row.forEach((v, c) => this.values.set(r + 1, c + 1, v)));
    this.maxRows = Math.max(this.maxRows, values.length);
  }

  /** The used part of the sheet as getValues() returns it (for assertions; not recorded). */
  snapshot(): unknown[][] {
    const [rows, columns] = this.extent();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.values.get(r + 1, c + 1) ?? ''));
  }

  private extent(): [number, number] {
    const [rows, columns] = this.values.extent();
    return [Math.max(rows, 1), Math.max(columns, 1)];
  }

  getName(): string {
    this.book.log('getName', this.name);
    return this.name;
  }

  getSheetId(): number {
    this.book.log('getSheetId', this.name);
    return this.id;
  }

  getDataRange(): FakeRange {
    this.book.log('getDataRange', this.name);
    const [rows, columns] = this.extent();
    return new FakeRange(this.book, this, 1, 1, rows, columns);
  }

  getRange(row: number | string, column = 1, numRows = 1, numColumns = 1): FakeRange {
    this.book.log('getRange', this.name);
    if (typeof row === 'string') {
      const cell = cellOf(row);
      return new FakeRange(this.book, this, cell.row, cell.column, 1, 1);
    }
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet '${this.name}'.`);
    }
    return new FakeRange(this.book, this, row, column, numRows, numColumns);
  }

  /** One call formats every range of the list. */
  getRangeList(a1Notations: string[]): { setNumberFormat(format: string): void } {
    this.book.log('getRangeList', this.name);
    return {
      setNumberFormat: (format: string) => {
        this.book.log('RangeList.setNumberFormat', this.name);
        for (const a1 of a1Notations) {
          const [first, last = first] = a1.split(':').map(cellOf);
          for (let r = first.row; r <= last.row; r++) for (let c = first.column; c <= last.column; c++) this.numberFormats.set(key(r, c), format);
        }
      },
    };
  }

  clear(): this {
    this.book.log('clear', this.name);
    this.values.clear();
    for (const grid of [this.formulas, this.numberFormats, this.backgrounds, this.weights]) grid.clear();
    return this;
  }

  getMaxRows(): number {
    this.book.log('getMaxRows', this.name);
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.book.log('getMaxColumns', this.name);
    return this.maxColumns;
  }

  insertRowsAfter(_after: number, howMany: number): this {
    this.book.log('insertRowsAfter', this.name);
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(_after: number, howMany: number): this {
    this.book.log('insertColumnsAfter', this.name);
    this.maxColumns += howMany;
    return this;
  }

  setFrozenRows(rows: number): this {
    this.book.log('setFrozenRows', this.name);
    this.frozenRows = rows;
    return this;
  }

  setColumnWidth(column: number, width: number): this {
    this.book.log('setColumnWidth', this.name);
    this.widths.set(column, width);
    return this;
  }

  getDeveloperMetadata(): { getKey(): string }[] {
    this.book.log('getDeveloperMetadata', this.name);
    return this.metadata.map((k) => ({ getKey: () => k }));
  }

  addDeveloperMetadata(metadataKey: string): this {
    this.book.log('addDeveloperMetadata', this.name);
    this.metadata.push(metadataKey);
    return this;
  }

  /** Per-cell calls exist on the real Sheet; recorded so a test can assert they are never made. */
  getValue(): never {
    this.book.log('getValue', this.name);
    throw new Error('per-cell read');
  }
}

/** Text as Sheets reads it when typed: a formula, a number, or the text without its quote prefix. */
function typed(value: unknown): { value: unknown; formula?: string } {
  if (typeof value !== 'string') return { value: value ?? '' };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith('=')) return { value: `(formula)`, formula: value };
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value) };
  return { value };
}

export class FakeRange implements RangeLike {
  constructor(
    private readonly book: FakeSpreadsheet,
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly rows: number,
    private readonly columns: number,
  ) {}

  get a1(): string {
    const end = `${columnLetter(this.column + this.columns - 2)}${this.row + this.rows - 1}`;
    return `${columnLetter(this.column - 1)}${this.row}:${end}`;
  }

  private checkShape(values: unknown[][], method: string): void {
    this.book.log(method, this.sheet.name, this.a1);
    if (values.length !== this.rows || values.some((row) => row.length !== this.columns)) {
      throw new Error(`${method}: the data has ${values.length} rows but the range has ${this.rows} (or a row has the wrong width).`);
    }
  }

  private each<T>(grid: Grid<T>, values: T[][], method: string): void {
    this.checkShape(values, method);
    values.forEach((row, r) => row.forEach((v, c) => grid.set(key(this.row + r, this.column + c), v)));
  }

  /** Selects the range, as clicking a finding in the sidebar does. */
  activate(): this {
    this.book.log('activate', this.sheet.name, this.a1);
    this.book.selection = `${this.sheet.name}!${columnLetter(this.column - 1)}${this.row}`;
    return this;
  }

  getValues(): unknown[][] {
    this.book.log('getValues', this.sheet.name, this.a1);
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.values.get(this.row + r, this.column + c) ?? ''),
    );
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values, 'setValues');
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = typed(value);
        this.sheet.values.set(this.row + r, this.column + c, cell.value);
        if (cell.formula) this.sheet.formulas.set(key(this.row + r, this.column + c), cell.formula);
      }),
    );
    return this;
  }

  setNumberFormat(format: string): this {
    this.each(
      this.sheet.numberFormats,
      Array.from({ length: this.rows }, () => new Array<string>(this.columns).fill(format)),
      'setNumberFormat',
    );
    return this;
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this.each(this.sheet.backgrounds, colors, 'setBackgrounds');
    return this;
  }

  setFontWeights(weights: ('bold' | 'normal' | null)[][]): this {
    this.each(this.sheet.weights, weights, 'setFontWeights');
    return this;
  }

  setDataValidation(rule: unknown): this {
    this.book.log('setDataValidation', this.sheet.name, this.a1);
    this.sheet.validations.push({ a1: this.a1, rule: rule as FakeRule });
    return this;
  }

  /** Per-cell writes exist on the real Range; recorded so a test can assert they are never made. */
  setValue(): never {
    this.book.log('setValue', this.sheet.name, this.a1);
    throw new Error('per-cell write');
  }
}

class FakeValidationBuilder implements ValidationBuilderLike {
  private rule: FakeRule = { kind: 'none' };

  requireValueInList(values: string[]): this {
    this.rule = { ...this.rule, kind: 'list', values };
    return this;
  }
  requireDate(): this {
    this.rule = { ...this.rule, kind: 'date' };
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.rule = { ...this.rule, kind: 'number', bounds: [start, end] };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.rule = { ...this.rule, kind: 'number', bounds: [number, Infinity] };
    return this;
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    this.rule = { ...this.rule, kind: 'number', bounds: [-Infinity, number] };
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.rule = { ...this.rule, allowInvalid };
    return this;
  }
  build(): FakeRule {
    return this.rule;
  }
}

export class FakeProperties implements PropertiesLike {
  values: Record<string, string> = {};
  getProperties(): Record<string, string> {
    return { ...this.values };
  }
  setProperties(properties: Record<string, string>, deleteAllOthers: boolean): this {
    this.values = deleteAllOthers ? { ...properties } : { ...this.values, ...properties };
    return this;
  }
  getProperty(key: string): string | null {
    return this.values[key] ?? null;
  }
  setProperty(key: string, value: string): this {
    this.values[key] = value;
    return this;
  }
  deleteProperty(key: string): this {
    delete this.values[key];
    return this;
  }
}

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

/** SpreadsheetApp.getUi(): the add-on menu and alerts. */
export class FakeUi {
  readonly menu: (MenuItem | 'separator')[] = [];
  readonly alerts: string[] = [];
  menuAdded = false;

  createAddonMenu(): { addItem(caption: string, functionName: string): unknown; addSeparator(): unknown; addToUi(): void } {
    const menu = {
      addItem: (caption: string, functionName: string) => (this.menu.push({ caption, functionName }), menu),
      addSeparator: () => (this.menu.push('separator'), menu),
      addToUi: () => {
        this.menuAdded = true;
      },
    };
    return menu;
  }

  alert(message: string): void {
    this.alerts.push(message);
  }

  readonly ButtonSet = { OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', OK: 'OK' };
  readonly Button = { OK: 'OK', YES: 'YES' };
  /** What each prompt answers, in order: text then OK, or null for Cancel; Cancel once they run out. */
  readonly answers: (string | null)[] = [];
  readonly prompts: string[] = [];
  prompt(_title: string, prompt: string): { getSelectedButton(): unknown; getResponseText(): string } {
    this.prompts.push(prompt);
    const answer = this.answers.shift() ?? null;
    return { getSelectedButton: () => (answer === null ? 'CANCEL' : 'OK'), getResponseText: () => answer ?? '' };
  }

  /** The HtmlOutput of each sidebar shown. */
  readonly sidebars: unknown[] = [];
  showSidebar(html: unknown): void {
    this.sidebars.push(html);
  }
}

/** LockService.getDocumentLock(): one lock per spreadsheet; `heldElsewhere` plays another user's action holding it. */
export class FakeLock {
  readonly calls: string[] = [];
  heldElsewhere = false;
  private held = false;
  tryLock(timeoutMs: number): boolean {
    this.calls.push(`tryLock(${timeoutMs})`);
    if (this.heldElsewhere || this.held) return false;
    this.held = true;
    return true;
  }
  releaseLock(): void {
    this.calls.push('releaseLock');
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

/** Drive's message when SpreadsheetApp.openById names a file that is gone or not shared with the user. */
export const OPEN_BY_ID_DENIED = 'Unexpected error while getting the method or property openById on object SpreadsheetApp.';

/**
 * The globals a bundle (or the menu code) sees: SpreadsheetApp, PropertiesService, LockService. `drive`: the other
 * spreadsheets SpreadsheetApp.openById opens, by ID (a scheduled run has no active spreadsheet: `spreadsheet` null).
 */
export function fakeAppsScript(
  spreadsheet: FakeSpreadsheet | null,
  properties = new FakeProperties(),
  ui = new FakeUi(),
  lock = new FakeLock(),
  drive: readonly FakeSpreadsheet[] = [],
) {
  const services: string[] = [];
  const userProperties = new FakeProperties();
  const userLock = new FakeLock();
  return {
    services,
    ui,
    properties,
    userProperties,
    lock,
    userLock,
    LockService: {
      getDocumentLock: () => (services.push('LockService.getDocumentLock'), spreadsheet && lock),
      getUserLock: () => (services.push('LockService.getUserLock'), userLock),
    },
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (services.push('SpreadsheetApp.getActiveSpreadsheet'), spreadsheet),
      openById: (id: string) => {
        services.push(`SpreadsheetApp.openById ${id}`);
        const found = [spreadsheet, ...drive].find((file) => file?.id === id);
        if (!found) throw new Error(OPEN_BY_ID_DENIED);
        return found;
      },
      getUi: () => (services.push('SpreadsheetApp.getUi'), ui),
      newDataValidation: () => new FakeValidationBuilder(),
    },
    PropertiesService: {
      getDocumentProperties: () => (services.push('PropertiesService.getDocumentProperties'), spreadsheet && properties),
      getUserProperties: () => (services.push('PropertiesService.getUserProperties'), userProperties),
    },
  };
}
