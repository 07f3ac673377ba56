import { SaxesParser } from 'saxes';
import type { CellValue } from '../../core/workbook/workbookPort';
import { instantOfWallClock } from '../../core/values/zonedDates';
import { wallClockOfSerial } from './serialDates';
import type { StyleSheet } from './styleSheet';
import { xmlUnescape } from './xmlText';

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

/** The elements of a sheet the reader acts on, by local name; every other element is skipped. */
const enum Element {
  Other,
  Row,
  Cell,
  Value,
  InlineString,
  Text,
  Phonetic,
}

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;

/**
 * Reads a worksheet's XML, fed in chunks, into values shaped like Sheets' `getDataRange().getValues()`:
 * a rectangle to the last non-blank row and column, blanks as '', formulas as their last result.
 * A scanner made for sheet XML: it looks only at the tags it needs and allocates nothing per tag
 * (a general SAX parser built an object per tag and per attribute: most of a 10-million-cell read).
 */
export class SheetReader {
  private pending = '';
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

  constructor(private readonly context: SheetContext) {}

  write(chunk: string): void {
    const xml = this.pending + chunk;
    let at = 0;
    while (at < xml.length) {
      const lt = xml.indexOf('<', at);
      if (lt < 0) break;
      if (lt > at && this.collectingText()) this.addText(xml.slice(at, lt));
      const next = this.markup(xml, lt);
      if (next < 0) {
        this.pending = xml.slice(lt); // a tag cut by the chunk's end: read with the next chunk
        return;
      }
      at = next;
    }
    this.pending = this.collectingText() ? xml.slice(at) : ''; // text runs on into the next chunk
  }

  /** The grid once the whole sheet has been written (its rows padded in place: no second copy of a large tab). */
  values(): CellValue[][] {
    if (this.pending.trim()) throw new Error('the sheet XML ends inside a tag');
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

  private collectingText(): boolean {
    return this.collecting === Text.Value || (this.collecting === Text.Inline && this.inText && !this.inPhonetic);
  }

  private addText(raw: string): void {
    this.text += raw.includes('&') ? xmlUnescape(raw) : raw;
  }

  /** Reads the markup at `lt` (a tag, comment, CDATA section, declaration); the index after it, or -1 when the chunk ends inside it. */
  private markup(xml: string, lt: number): number {
    const next = xml.charCodeAt(lt + 1);
    if (next !== next) return -1; // NaN: the chunk ends at '<'
    if (next === BANG) {
      if (xml.length - lt < 9 && ('<![CDATA['.startsWith(xml.slice(lt)) || '<!--'.startsWith(xml.slice(lt)))) return -1;
      if (xml.startsWith('<!--', lt)) return after(xml.indexOf('-->', lt + 4), 3);
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end >= 0 && this.collectingText()) this.text += xml.slice(lt + 9, end);
        return after(end, 3);
      }
      return after(xml.indexOf('>', lt), 1);
    }
    if (next === QUESTION) return after(xml.indexOf('?>', lt + 2), 2);
    const gt = tagEnd(xml, lt);
    if (gt < 0) return -1;
    if (next === SLASH) {
      this.close(elementAt(xml, lt + 2, gt));
      return gt + 1;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    const element = elementAt(xml, lt + 1, gt);
    this.open(element, xml, lt + 1, selfClosing ? gt - 1 : gt);
    if (selfClosing) this.close(element);
    return gt + 1;
  }

  private open(element: Element, xml: string, from: number, to: number): void {
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
        this.text = '';
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
      } else if (oneLetter === 'r') this.column = columnAt(xml, start, end);
      else if (oneLetter === 't') this.type = end - start === 1 ? xml[start] : xml.slice(start, end);
      else if (oneLetter === 's') this.style = digitsAt(xml, start, end);
    }
  }

  private close(element: Element): void {
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

/** The index past a found end marker, or -1 when the chunk does not hold it yet. */
function after(found: number, length: number): number {
  return found < 0 ? -1 : found + length;
}

/** The `>` closing the tag at `lt`, skipping any inside quoted attribute values; -1 when the chunk ends first. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === GT) return i;
    else if (code === QUOTE || code === APOSTROPHE) quote = code;
  }
  return -1;
}

/** The element named at `from` (a namespace prefix is skipped), compared in place. */
function elementAt(xml: string, from: number, to: number): Element {
  let end = from;
  let start = from;
  for (; end < to; end++) {
    const code = xml.charCodeAt(end);
    if (code <= 32 || code === SLASH || code === GT) break;
    if (code === COLON) start = end + 1;
  }
  switch (end - start) {
    case 1:
      return xml[start] === 'c' ? Element.Cell : xml[start] === 'v' ? Element.Value : xml[start] === 't' ? Element.Text : Element.Other;
    case 2:
      return xml.startsWith('is', start) ? Element.InlineString : Element.Other;
    case 3:
      return xml.startsWith('row', start) ? Element.Row : xml.startsWith('rPh', start) ? Element.Phonetic : Element.Other;
    default:
      return Element.Other;
  }
}

/** The number written in digits between `from` and `to`. */
function digitsAt(xml: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (xml.charCodeAt(i) - 48);
  return value;
}

/** The 0-based column of the cell reference between `from` and `to` (`AB12` → 27); -1 without letters. */
function columnAt(xml: string, from: number, to: number): number {
  let column = 0;
  let i = from;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === from ? -1 : column - 1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
