import type { CellValue } from '../../core/workbook/workbookPort';
import { instantOfWallClock } from '../../core/values/zonedDates';
import { wallClockOfSerial } from './serialDates';
import { columnOfReference } from '../../core/values/cellReference';
import type { StyleSheet } from './styleSheet';
import { Element, XmlScanner, type XmlHandler } from './xmlScanner';

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: StyleSheet;
  readonly date1904: boolean;
  readonly timeZone: string;
}

const enum Text {
  None,
  Value,
  Inline,
}

const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;

/**
 * Reads a worksheet's XML, fed in chunks, into values shaped like Sheets' `getDataRange().getValues()`:
 * a rectangle to the last non-blank row and column, blanks as '', formulas as their last result.
 * Attributes are read in place, and only those of rows and cells.
 */
export class SheetReader implements XmlHandler {
  private readonly scanner = new XmlScanner(this);
  private readonly rows: CellValue[][] = [];
  private width = 0;
  private row: CellValue[] = [];
  private rowIndex = -1;
  private column = -1;
  private type = '';
  private style = 0;
  private cellText = '';
  private collecting = Text.None;
  private inPhonetic = false;
  private inText = false;

  constructor(private readonly context: SheetContext) {}

  write(chunk: string): void {
    this.scanner.write(chunk);
  }

  /** The grid once the whole sheet has been written (its rows padded in place: no second copy of a large tab). */
  values(): CellValue[][] {
    this.scanner.end();
    const grid = this.rows;
    for (let r = 0; r < grid.length; r++) {
      const line = grid[r] ?? [];
      const filled = line.length;
      line.length = this.width;
      for (let c = 0; c < this.width; c++) if (c >= filled || line[c] === undefined) line[c] = '';
      grid[r] = line;
    }
    return grid;
  }

  /** A1 as far as the XML written so far shows it (the first row may be all the reader got). */
  firstValue(): CellValue | undefined {
    return this.rows[0]?.[0] ?? (this.rowIndex === 0 ? this.row[0] : undefined);
  }

  wantsText(): boolean {
    return this.collecting === Text.Value || (this.collecting === Text.Inline && this.inText && !this.inPhonetic);
  }

  text(text: string): void {
    this.cellText += text;
  }

  open(element: Element, xml: string, from: number, to: number): void {
    switch (element) {
      case Element.Row:
        this.rowIndex++;
        this.row = [];
        this.column = -1;
        this.attributes(xml, from, to, true);
        break;
      case Element.Cell:
        this.column++;
        this.type = 'n';
        this.style = 0;
        this.cellText = '';
        this.attributes(xml, from, to, false);
        break;
      case Element.Value:
        this.collecting = Text.Value;
        break;
      case Element.InlineString:
        this.collecting = Text.Inline;
        break;
      case Element.Text:
        this.inText = true;
        break;
      case Element.Phonetic:
        this.inPhonetic = true;
        break;
    }
  }

  /** A row's `r` (its 1-based number), or a cell's `r` (its column), `t` and `s`; other attributes are skipped. */
  private attributes(xml: string, from: number, to: number, isRow: boolean): void {
    let i = from;
    while (i < to && xml.charCodeAt(i) > 32) i++; // the element's name
    while (i < to && xml.charCodeAt(i) <= 32) i++;
    while (i < to) {
      const nameStart = i;
      let code = xml.charCodeAt(i);
      while (i < to && code !== EQUALS && code > 32) code = xml.charCodeAt(++i);
      const oneLetter = i - nameStart === 1 ? xml[nameStart] : '';
      while (i < to && (code = xml.charCodeAt(i)) !== QUOTE && code !== APOSTROPHE) i++;
      const start = ++i;
      while (i < to && xml.charCodeAt(i) !== code) i++;
      const end = i++;
      while (i < to && xml.charCodeAt(i) <= 32) i++;
      if (end <= start && oneLetter !== 't') continue;
      if (isRow) {
        if (oneLetter === 'r') this.rowIndex = digitsAt(xml, start, end) - 1;
      } else if (oneLetter === 'r') this.column = columnOfReference(xml, start, end);
      else if (oneLetter === 't') this.type = end - start === 1 ? xml[start] : xml.slice(start, end);
      else if (oneLetter === 's') this.style = digitsAt(xml, start, end);
    }
  }

  close(element: Element): void {
    switch (element) {
      case Element.Value:
      case Element.InlineString:
        this.collecting = Text.None;
        break;
      case Element.Text:
        this.inText = false;
        break;
      case Element.Phonetic:
        this.inPhonetic = false;
        break;
      case Element.Cell: {
        const value = this.cellValue();
        if (value !== '') {
          this.row[this.column] = value;
          if (this.column >= this.width) this.width = this.column + 1;
        }
        break;
      }
      case Element.Row:
        if (this.row.length) this.rows[this.rowIndex] = this.row;
        break;
    }
  }

  private cellValue(): CellValue {
    const text = this.cellText;
    switch (this.type) {
      case 's':
        return text === '' ? '' : (this.context.sharedStrings[Number(text)] ?? '');
      case 'inlineStr':
      case 'str':
      case 'e':
        return ownString(text);
      case 'b':
        return text === '' ? '' : text === '1' || text === 'true';
      case 'd':
        return text === '' ? '' : instantOfWallClock(new Date(text.endsWith('Z') ? text : `${text}Z`), this.context.timeZone);
      default: {
        if (text === '') return '';
        const number = Number(text);
        if (!this.context.styles.isDateStyle(this.style)) return number;
        return instantOfWallClock(wallClockOfSerial(number, this.context.date1904), this.context.timeZone);
      }
    }
  }
}

/** The shared strings part (`<sst>`): each `<si>`'s text, rich-text runs joined, phonetic hints left out. */
export function readSharedStrings(xml: string): string[] {
  const reader = new SharedStringsReader();
  const scanner = new XmlScanner(reader);
  scanner.write(xml);
  scanner.end();
  return reader.strings;
}

class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private item = '';
  private inText = false;
  private inPhonetic = false;

  open(element: Element): void {
    if (element === Element.SharedItem) this.item = '';
    else if (element === Element.Text) this.inText = true;
    else if (element === Element.Phonetic) this.inPhonetic = true;
  }

  close(element: Element): void {
    if (element === Element.SharedItem) this.strings.push(ownString(this.item));
    else if (element === Element.Text) this.inText = false;
    else if (element === Element.Phonetic) this.inPhonetic = false;
  }

  wantsText(): boolean {
    return this.inText && !this.inPhonetic;
  }

  text(text: string): void {
    this.item += text;
  }
}

/**
 * The text as a string of its own: the scanner hands over slices of the chunk it was reading, and a
 * kept slice would keep the whole chunk (megabytes of XML) alive. Concatenating flattens a copy.
 */
function ownString(text: string): string {
  return text.length < SLICE_MIN ? text : `${text} `.slice(0, -1);
}
const SLICE_MIN = 13; // V8 copies shorter slices anyway

/** The number written in digits between `from` and `to`. */
function digitsAt(xml: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (xml.charCodeAt(i) - 48);
  return value;
}
