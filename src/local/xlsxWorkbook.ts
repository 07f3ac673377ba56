import { Workbook as ExcelWorkbook, type Worksheet } from 'exceljs';
import { InputError } from '../core/errors';
import { DEFAULT_SETTINGS } from '../core/settings';
import { isDate } from '../core/values/isDate';
import { isSettingsTab, settingsFromTab } from '../core/workbook/settingsTab';
import { INPUT_TABS } from '../core/workbook/tabNames';
import type { CellValue, TabContent, Workbook } from '../core/workbook/workbookPort';
import { readWorksheet } from './readWorksheet';
import { readState, STATE_SHEET, writeState, type AddOnState } from './stateSheet';
import { silentReporter, type Reporter } from './terminalProgress';
import { excelValue, writeWorksheet } from './writeWorksheet';

/** exceljs orders tabs by this field, which its typings leave out. */
type OrderedSheet = Worksheet & { orderNo: number };

/** The Workbook port over an .xlsx file held in memory by exceljs; `saveXlsx` writes it out. */
export class XlsxWorkbook implements Workbook {
  private readonly state: AddOnState;
  private zone: string | undefined;

  constructor(
    readonly book: ExcelWorkbook = new ExcelWorkbook(),
    private readonly reporter: Reporter = silentReporter,
  ) {
    this.state = readState(book);
  }

  listTabs(): string[] {
    return this.sheets().map((sheet) => sheet.name);
  }

  readTab(name: string): CellValue[][] | undefined {
    const sheet = this.sheet(name);
    return sheet && readWorksheet(sheet, this.timeZone());
  }

  /** Replaces the tab by a fresh worksheet in the same place, so nothing of the old content lingers. */
  writeTab(content: TabContent): void {
    if (content.name === STATE_SHEET) throw new Error(`'${STATE_SHEET}' is where TTS Ops keeps its state; pick another tab name.`);
    const zone = this.timeZone();
    const previous = this.sheet(content.name) as OrderedSheet | undefined;
    if (previous) this.book.removeWorksheet(previous.id);
    const sheet = this.book.addWorksheet(content.name) as OrderedSheet;
    if (previous) sheet.orderNo = previous.orderNo;
    writeWorksheet(sheet, content, zone);
    if (content.name === INPUT_TABS.settings) this.zone = undefined;
  }

  /**
   * Writes only the cells whose value changed (an import appending and updating order lines), so the
   * user's formulas, formats, notes and widths elsewhere in the tab stay as they were.
   */
  updateCells(name: string, values: readonly (readonly CellValue[])[]): void {
    const sheet = this.sheet(name);
    if (!sheet) return this.writeTab({ name, values });
    const zone = this.timeZone();
    const before = readWorksheet(sheet, zone);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!sameValue(before[r]?.[c], value)) sheet.getCell(r + 1, c + 1).value = excelValue(value, zone);
      }),
    );
  }

  /** Owned tabs that still exist and still open with the A1 the add-on wrote (a user may have replaced one by hand). */
  ownedTabs(): Set<string> {
    const owned = [...this.state.owned].filter(([name, marker]) => {
      const sheet = this.sheet(name);
      return sheet !== undefined && sheet.getCell('A1').text === marker;
    });
    return new Set(owned.map(([name]) => name));
  }

  markOwned(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`markOwned: no tab '${name}'`);
    this.state.owned.set(name, sheet.getCell('A1').text);
  }

  readProperties(): Record<string, string> {
    return { ...this.state.properties };
  }

  writeProperties(values: Record<string, string>): void {
    Object.assign(this.state.properties, values);
  }

  /** The Settings tab's time zone when it has one, else the default; read once per Settings version. */
  timeZone(): string {
    if (this.zone === undefined) {
      const sheet = this.sheet(INPUT_TABS.settings);
      const values = sheet && readWorksheet(sheet, DEFAULT_SETTINGS.timeZone);
      this.zone = values && isSettingsTab(values) ? settingsZone(values) : DEFAULT_SETTINGS.timeZone;
    }
    return this.zone;
  }

  progress(message: string, done: number, total: number): void {
    this.reporter.progress(message, done, total);
  }

  /** The file's bytes, the add-on's state sheet included. */
  async toBuffer(): Promise<Buffer> {
    writeState(this.book, this.state);
    return Buffer.from(await this.book.xlsx.writeBuffer());
  }

  private sheets(): Worksheet[] {
    return this.book.worksheets.filter((sheet) => sheet.name !== STATE_SHEET);
  }

  private sheet(name: string): Worksheet | undefined {
    return name === STATE_SHEET ? undefined : this.book.getWorksheet(name);
  }
}

function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  const blank = (v: CellValue | undefined): boolean => v === undefined || v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * The Settings tab's zone. Another row's bad value is reported by whoever reads the settings
 * (refresh refuses, the checklist names each row), so here the timeZone row is read on its own.
 */
function settingsZone(values: CellValue[][]): string {
  const zoneRowOnly = values.map((row) => (/^(key|timezone)$/i.test(String(row[0] ?? '').trim()) ? row : row.slice(0, 1)));
  for (const rows of [values, zoneRowOnly]) {
    try {
      return settingsFromTab(rows).timeZone;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  }
  return DEFAULT_SETTINGS.timeZone;
}
