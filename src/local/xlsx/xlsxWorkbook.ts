import { open as openFile } from 'node:fs/promises';
import { InputError } from '../../core/values/errors';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { isDate } from '../../core/values/isDate';
import { isSettingsTab, settingsFromTab } from '../../core/workbook/settingsTab';
import { INPUT_TABS } from '../../core/workbook/tabNames';
import type { CellValue, TabContent, Workbook } from '../../core/workbook/workbookPort';
import { stateFromRows, STATE_SHEET, stateRows, type AddOnState } from './stateSheet';
import { silentReporter, type Reporter } from './reporter';
import { hasPrefixedSheetData, spliceRows, type SheetPatch } from './rowSplice';
import { FileProblem } from '../files/fileProblem';
import { SheetReader } from './sheetReader';
import { headText, streamedText, wholeText } from './sheetSource';
import { sheetXml } from './sheetWriter';
import { XlsxPackage, type SheetPart } from './xlsxPackage';
import { ZipWriter } from './zipWriter';

/** What a save does with a tab's part: write fresh content, or stream the old XML with some rows changed. */
type Change = { readonly content: TabContent } | { readonly patch: SheetPatch };

/**
 * The Workbook port over an .xlsx file, as a zip: a tab is read by streaming its sheet XML only when
 * asked for; a save writes the tabs written in this run as fresh sheet XML and copies every other
 * part (the user's tabs, charts, formats) byte for byte.
 */
export class XlsxWorkbook implements Workbook {
  private readonly state: AddOnState;
  private readonly read = new Map<string, CellValue[][]>();
  private readonly changes = new Map<string, Change>();
  private zone: string | undefined;

  constructor(
    private readonly pack: XlsxPackage = XlsxPackage.empty(),
    private readonly reporter: Reporter = silentReporter,
    /** Fixes the zone dates are read in (an export file has no Settings tab); default: the Settings tab's. */
    private readonly fixedZone?: string,
  ) {
    this.state = stateFromRows(this.part(STATE_SHEET) ? this.values(STATE_SHEET) : []);
  }

  listTabs(): string[] {
    return this.pack.sheets.filter((sheet) => sheet.name !== STATE_SHEET).map((sheet) => sheet.name);
  }

  readTab(name: string): CellValue[][] | undefined {
    return name === STATE_SHEET || !this.part(name) ? undefined : this.values(name);
  }

  /** Reads tabs by streaming their XML (a tab of any size in little memory), so that `readTab` finds them read. */
  async preload(names: readonly string[]): Promise<void> {
    const wanted = new Set(names.map((name) => name.toLowerCase()));
    for (const sheet of this.pack.sheets) {
      if (!wanted.has(sheet.name.toLowerCase()) || this.read.has(sheet.name) || this.changes.has(sheet.name)) continue;
      const entry = this.pack.archive?.entries.get(sheet.path);
      if (!entry || !this.pack.archive) continue;
      const reader = this.reader();
      for await (const chunk of streamedText(this.pack.archive, entry)) reader.write(chunk);
      this.read.set(sheet.name, tabValues(reader, sheet.name));
    }
  }

  /** Creates the tab or replaces its content in the same place; nothing of the old content lingers. */
  writeTab(content: TabContent): void {
    if (content.name === STATE_SHEET) throw new Error(`'${STATE_SHEET}' is where TTS Ops keeps its state; pick another tab name.`);
    this.replace(content);
    if (content.name === INPUT_TABS.settings) this.zone = undefined;
  }

  /**
   * Writes only the cells whose value changed (an import appending and updating order lines): the
   * tab's other cells, their formulas and formats, and its widths stay as they were.
   */
  updateCells(name: string, values: readonly (readonly CellValue[])[]): void {
    if (!this.part(name) || this.prefixed(name)) return this.writeTab({ name, values });
    const before = this.values(name);
    const changed = new Map<number, Map<number, CellValue>>();
    for (let r = 0; r < before.length && r < values.length; r++) {
      const row = values[r];
      for (let c = 0; c < row.length; c++) {
        if (sameValue(before[r][c], row[c])) continue;
        let cells = changed.get(r);
        if (!cells) changed.set(r, (cells = new Map()));
        cells.set(c, row[c]);
      }
    }
    if (!changed.size && values.length <= before.length) return;
    const previous = this.changes.get(name);
    if (previous && 'content' in previous) return this.writeTab({ ...previous.content, values });
    this.changes.set(name, { patch: { changed, rows: values, appendFrom: before.length } });
    this.read.set(name, values as CellValue[][]); // what a read gives from now on; the import hands over its rows
  }

  /** Owned tabs that still exist and still open with the A1 the add-on wrote (a user may have replaced one by hand). */
  ownedTabs(): Set<string> {
    const owned = [...this.state.owned].filter(([name, marker]) => this.part(name) !== undefined && this.firstCell(name) === marker);
    return new Set(owned.map(([name]) => name));
  }

  markOwned(name: string): void {
    if (!this.part(name)) throw new Error(`markOwned: no tab '${name}'`);
    this.state.owned.set(name, this.firstCell(name));
  }

  readProperties(): Record<string, string> {
    return { ...this.state.properties };
  }

  writeProperties(values: Record<string, string>): void {
    Object.assign(this.state.properties, values);
  }

  /** The Settings tab's time zone when it has one, else the default; read once per Settings version. */
  timeZone(): string {
    if (this.fixedZone) return this.fixedZone;
    if (this.zone === undefined) {
      const values = this.part(INPUT_TABS.settings) && this.values(INPUT_TABS.settings, DEFAULT_SETTINGS.timeZone);
      this.zone = values && isSettingsTab(values) ? settingsZone(values) : DEFAULT_SETTINGS.timeZone;
    }
    return this.zone;
  }

  progress(message: string, done: number, total: number): void {
    this.reporter.progress(message, done, total);
  }

  /** Writes the workbook as a zip to `path`: changed tabs streamed fresh, every other part copied as it was. */
  async writeTo(path: string): Promise<void> {
    const rows = stateRows(this.state);
    if (rows.length > 1 || this.part(STATE_SHEET)) this.replace({ name: STATE_SHEET, values: rows }, 'veryHidden');
    const zone = this.timeZone();
    const { archive } = this.pack;
    const parts = new Map(this.pack.sheets.map((sheet): [string, SheetPart] => [sheet.path, sheet]));
    const file = await openFile(path, 'w');
    try {
      const zip = new ZipWriter(file);
      const changed = (sheet: SheetPart | undefined): Change | undefined => sheet && this.changes.get(sheet.name);
      // styles are only known once the fresh sheets are written, so those go first and the small parts last
      for (const sheet of this.pack.sheets) {
        const change = changed(sheet);
        if (!change) continue;
        if ('content' in change) await zip.addChunks(sheet.path, sheetXml(change.content, this.pack.styles, zone));
        else {
          const entry = archive?.entries.get(sheet.path);
          if (!archive || !entry) throw new Error(`no part for tab '${sheet.name}'`);
          await zip.addChunks(sheet.path, spliceRows(streamedText(archive, entry), change.patch, zone));
        }
      }
      const small = this.pack.changedParts(this.changes.size > 0);
      for (const entry of archive?.entries.values() ?? []) {
        if (changed(parts.get(entry.name)) || small.has(entry.name)) continue;
        await zip.copy(entry, archive!.raw(entry));
      }
      for (const [name, xml] of small) if (xml !== null) await zip.addBuffer(name, Buffer.from(xml, 'utf8'));
      await zip.finish();
    } finally {
      await file.close();
    }
  }

  private replace(content: TabContent, hidden?: 'veryHidden'): void {
    const name = this.part(content.name)?.name ?? this.pack.addSheet(content.name, hidden).name;
    this.changes.set(name, { content: { ...content, name } });
    this.read.delete(name);
  }

  private part(name: string): SheetPart | undefined {
    return this.pack.sheets.find((sheet) => sheet.name === name);
  }

  /** The tab's values: as written in this run, as read before, or parsed now from its XML. */
  private values(name: string, zone?: string): CellValue[][] {
    const change = this.changes.get(name);
    if (change && 'content' in change) return gridOf(change.content.values);
    const known = this.read.get(name);
    if (known) return known;
    const entry = this.pack.archive?.entries.get(this.part(name)?.path ?? '');
    if (!entry || !this.pack.archive) return [];
    const reader = this.reader(zone);
    for (const chunk of wholeText(this.pack.archive, entry)) reader.write(chunk);
    const values = tabValues(reader, name);
    if (zone === undefined) this.read.set(name, values);
    return values;
  }

  /** A1's text, read from the first bytes of the tab whatever its size. */
  private firstCell(name: string): string {
    const change = this.changes.get(name);
    const known = change && 'content' in change ? change.content.values : this.read.get(name);
    if (known) return text(known[0]?.[0]);
    const entry = this.pack.archive?.entries.get(this.part(name)?.path ?? '');
    if (!entry || !this.pack.archive) return '';
    const reader = this.reader(DEFAULT_SETTINGS.timeZone);
    reader.write(headText(this.pack.archive, entry));
    return text(reader.firstValue());
  }

  /** A tab whose XML uses namespace prefixes (rare writers) is written afresh rather than spliced. */
  private prefixed(name: string): boolean {
    const entry = this.pack.archive?.entries.get(this.part(name)?.path ?? '');
    return entry !== undefined && this.pack.archive !== undefined && hasPrefixedSheetData(headText(this.pack.archive, entry));
  }

  private reader(zone = this.timeZone()): SheetReader {
    return new SheetReader({ sharedStrings: this.pack.sharedStrings(), styles: this.pack.styles, date1904: this.pack.date1904, timeZone: zone });
  }
}

/** The tab's values once its XML is read; XML cut off inside a tag is a FileProblem naming the tab. */
function tabValues(reader: SheetReader, tab: string): CellValue[][] {
  try {
    return reader.values();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new FileProblem(`The tab '${tab}' is damaged (${why}); open the file in Excel or Sheets and save it again.`);
  }
}

function text(value: CellValue | undefined): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Written values as a read gives them back: a rectangle, blanks as '', trailing blank rows and columns dropped. */
function gridOf(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const blank = isBlankCell;
  let height = values.length;
  while (height > 0 && values[height - 1].every(blank)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) for (let c = values[r].length - 1; c >= width; c--) if (!blank(values[r][c])) width = c + 1;
  return values.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => (blank(row[c]) ? '' : row[c])));
}

function isBlankCell(value: CellValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  if (a === b) return true;
  if (isBlankCell(a) || isBlankCell(b)) return isBlankCell(a) && isBlankCell(b);
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
