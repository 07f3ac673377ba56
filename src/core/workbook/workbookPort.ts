/**
 * The one interface every action is written against; Apps Script (SpreadsheetApp), memory (tests)
 * and .xlsx files (the CLI, reading and splicing the zip itself) implement it. Each tab is read in one call and written in one.
 */
import type { CellValue } from '../values/cellValue';

export type { CellValue };

export type Validation =
  /** A dropdown; `allowOther` accepts other text with a warning (owners: names are not known at set-up). */
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly allowOther?: boolean }
  | { readonly kind: 'date' }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number };

/** A column's (or part of one's) formatting, applied by range in bulk, never per cell. */
export interface ColumnFormat {
  readonly column: number; // 0-based
  readonly numberFormat?: string; // '$#,##0.00', '0.0%', 'yyyy-mm-dd'
  readonly width?: number; // pixels
  readonly validation?: Validation;
  /** First row (0-based) the format applies to; default 0. Validation starts below the header. */
  readonly fromRow?: number;
  /** Row after the last one it applies to; default the end of `values`. Set-up tabs validate empty rows too. */
  readonly toRow?: number;
}

export interface TabContent {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly frozenRows?: number;
  /** Rows (0-based) drawn as a header: bold with a fill. */
  readonly headerRows?: readonly number[];
  readonly columns?: readonly ColumnFormat[];
  /** Number formats, same shape as `values` (null = automatic): a table whose rows mix money, counts and rates. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Background colours, same shape as `values` (null = none): status colours on health rows. */
  readonly backgrounds?: readonly (readonly (string | null)[])[];
  /** Cells holding a link to another place in the workbook: QA findings back to their source cell. */
  readonly links?: readonly { readonly row: number; readonly column: number; readonly tab: string; readonly a1: string }[];
}

export interface Workbook {
  /** Tab names in order. */
  listTabs(): string[];
  /** All values of a tab in one read (undefined when the tab does not exist). */
  readTab(name: string): CellValue[][] | undefined;
  /** Creates the tab or replaces its content, in one write; only called for tabs the add-on owns or creates. */
  writeTab(content: TabContent): void;
  /** Writes values over an existing tab in one write, keeping its formats, dropdowns and widths: a user's tab whose cells the user asked to set (Settings). */
  updateCells(name: string, values: readonly (readonly CellValue[])[]): void;
  /** Tabs the add-on created (developer metadata / a document property / a hidden sheet in xlsx). */
  ownedTabs(): Set<string>;
  markOwned(name: string): void;
  /** Document settings (key → value), e.g. where the add-on records its state. */
  readProperties(): Record<string, string>;
  writeProperties(values: Record<string, string>): void;
  /** The spreadsheet's time zone (IANA). */
  timeZone(): string;
  /**
   * Set where the store itself fixes the zone its date cells are shown in (Google Sheets: the
   * spreadsheet's zone), so the Settings time zone must match it; absent where dates are plain wall clock (xlsx).
   */
  dateCellZone?(): string;
  /** Long work reports progress: a toast in Sheets, a progress bar in the terminal. */
  progress(message: string, done: number, total: number): void;
}
