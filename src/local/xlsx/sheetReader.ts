import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellValue } from '../../core/workbook/workbookPort';
import { instantOfWallClock } from '../../core/values/zonedDates';
import { columnOfReference } from './cellReference';
import { wallClockOfSerial } from './serialDates';
import type { StyleSheet } from './styleSheet';

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

/**
 * Reads a worksheet's XML, fed in chunks, into values shaped like Sheets' `getDataRange().getValues()`:
 * a rectangle to the last non-blank row and column, blanks as '', formulas as their last result.
 */
export class SheetReader {
  private readonly parser = new SaxesParser({ position: false });
  private readonly rows: CellValue[][] = [];
  private width = 0;
  private row: CellValue[] = [];
  private rowIndex = -1;
  private column = -1;
  private type = '';
  private style = 0;
  private text = '';
  private collecting = Text.None;
  private inPhonetic = false;
  private inText = false;

  constructor(private readonly context: SheetContext) {
    this.parser.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.parser.on('closetag', (tag) => this.close(tag.name));
    this.parser.on('text', (text) => {
      if (this.collecting === Text.Value || (this.collecting === Text.Inline && this.inText && !this.inPhonetic)) this.text += text;
    });
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  /** The grid once the whole sheet has been written (its rows padded in place: no second copy of a large tab). */
  values(): CellValue[][] {
    this.parser.close();
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

  private open(tag: SaxesTagPlain): void {
    switch (localName(tag.name)) {
      case 'row': {
        const r = tag.attributes.r;
        this.rowIndex = r ? Number(r) - 1 : this.rowIndex + 1;
        this.row = [];
        this.column = -1;
        break;
      }
      case 'c': {
        const { r, t, s } = tag.attributes;
        this.column = r ? columnOfReference(r) : this.column + 1;
        this.type = t ?? 'n';
        this.style = s ? Number(s) : 0;
        this.text = '';
        break;
      }
      case 'v':
        this.collecting = Text.Value;
        break;
      case 'is':
        this.collecting = Text.Inline;
        break;
      case 't':
        this.inText = true;
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
    }
  }

  private close(name: string): void {
    switch (localName(name)) {
      case 'v':
        this.collecting = Text.None;
        break;
      case 'is':
        this.collecting = Text.None;
        break;
      case 't':
        this.inText = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'c': {
        const value = this.cellValue();
        if (value !== '') {
          this.row[this.column] = value;
          if (this.column >= this.width) this.width = this.column + 1;
        }
        break;
      }
      case 'row':
        if (this.row.length) this.rows[this.rowIndex] = this.row;
        break;
    }
  }

  private cellValue(): CellValue {
    const text = this.text;
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
  const strings: string[] = [];
  const parser = new SaxesParser({ position: false });
  let text = '';
  let inText = false;
  let inPhonetic = false;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') text = '';
    else if (name === 't') inText = true;
    else if (name === 'rPh') inPhonetic = true;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') strings.push(text);
    else if (name === 't') inText = false;
    else if (name === 'rPh') inPhonetic = false;
  });
  parser.on('text', (chunk) => {
    if (inText && !inPhonetic) text += chunk;
  });
  parser.write(xml).close();
  return strings;
}

/**
 * The text as a string of its own: the parser hands over slices of the chunk it was reading, and a
 * kept slice would keep the whole chunk (megabytes of XML) alive. Concatenating flattens a copy.
 */
function ownString(text: string): string {
  return text.length < SLICE_MIN ? text : `${text} `.slice(0, -1);
}
const SLICE_MIN = 13; // V8 copies shorter slices anyway

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
