import { startTags, tagAttributes, xmlEscape } from './xmlText';

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const FIRST_CUSTOM_FORMAT = 164;
const BUILT_IN_FORMATS = new Map([
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['@', 49],
]);
/** The number format a date cell gets when the tab gives it none: `m/d/yy h:mm`. */
export const DEFAULT_DATE_FORMAT_ID = 22;

/** What a written cell looks like; each distinct look is one cell style (`xf`) in styles.xml. */
export interface CellLook {
  readonly numberFormat?: string;
  readonly numberFormatId?: number;
  readonly bold?: boolean;
  readonly fill?: string; // ARGB
  readonly linkColor?: string; // ARGB: a link's underlined coloured font
}

type StyleList = 'fonts' | 'fills' | 'cellXfs';
const ITEM: Record<StyleList, string> = { fonts: 'font', fills: 'fill', cellXfs: 'xf' };

/**
 * A workbook's styles.xml: which cell styles show dates (to read date cells as dates), and cell styles
 * for written tabs, re-using an identical one already there (so the file does not grow with every
 * save) or appended; the styles already there keep their indices, so untouched sheets stay valid.
 */
export class StyleSheet {
  private readonly dateStyles: boolean[];
  private readonly customFormats = new Map<string, number>();
  private readonly added = { numFmts: [] as string[], fonts: [] as string[], fills: [] as string[], cellXfs: [] as string[] };
  private readonly counts: { numFmts: number; fonts: number; fills: number; cellXfs: number };
  private readonly known = new Map<string, number>();
  /** The entries already in the file, by their canonical XML. */
  private readonly existing: Record<StyleList, Map<string, number>>;

  constructor(private readonly xml: string = EMPTY_STYLES) {
    const formats = new Map<number, string>();
    for (const tag of startTags(xml, 'numFmt')) {
      const attributes = tagAttributes(tag);
      const id = Number(attributes.get('numFmtId'));
      formats.set(id, attributes.get('formatCode') ?? '');
      this.customFormats.set(attributes.get('formatCode') ?? '', id);
    }
    const xfs = section(xml, 'cellXfs');
    this.dateStyles = startTags(xfs, 'xf').map((tag) => {
      const id = Number(tagAttributes(tag).get('numFmtId') ?? 0);
      return BUILT_IN_DATES.has(id) || (formats.has(id) && isDateFormat(formats.get(id) ?? ''));
    });
    this.existing = { fonts: entriesByXml(xml, 'fonts'), fills: entriesByXml(xml, 'fills'), cellXfs: entriesByXml(xml, 'cellXfs') };
    this.counts = {
      numFmts: Math.max(FIRST_CUSTOM_FORMAT, ...formats.keys(), FIRST_CUSTOM_FORMAT - 1) + 1,
      fonts: startTags(section(xml, 'fonts'), 'font').length,
      fills: startTags(section(xml, 'fills'), 'fill').length,
      cellXfs: this.dateStyles.length,
    };
  }

  isDateStyle(index: number): boolean {
    return this.dateStyles[index] === true;
  }

  get changed(): boolean {
    return this.added.cellXfs.length > 0;
  }

  /** The index of a cell style with this look, added on first use. */
  styleOf(look: CellLook): number {
    const key = JSON.stringify(look);
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const numFmtId = look.numberFormatId ?? (look.numberFormat === undefined ? 0 : this.formatId(look.numberFormat));
    const fontId = look.linkColor
      ? this.add('fonts', `<font><u/><sz val="11"/><color rgb="${look.linkColor}"/><name val="Calibri"/><family val="2"/></font>`)
      : look.bold
        ? this.add('fonts', '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/></font>')
        : 0;
    const fillId = look.fill
      ? this.add('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`)
      : 0;
    const index = this.add(
      'cellXfs',
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}/>`,
    );
    this.dateStyles[index] = BUILT_IN_DATES.has(numFmtId) || (look.numberFormat !== undefined && isDateFormat(look.numberFormat));
    this.known.set(key, index);
    return index;
  }

  /** styles.xml with the added styles at the end of their lists. */
  toXml(): string {
    let xml = this.xml;
    for (const list of ['numFmts', 'fonts', 'fills', 'cellXfs'] as const) {
      const items = this.added[list];
      if (!items.length) continue;
      const open = new RegExp(`<${list}\\b[^>]*?(/?)>`).exec(xml);
      if (!open) {
        // only numFmts may be missing: it comes first in the style sheet
        xml = xml.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts count="${items.length}">${items.join('')}</numFmts>`);
        continue;
      }
      const total = (list === 'numFmts' ? startTags(section(xml, list), 'numFmt').length : this.counts[list]) + items.length;
      const start = open[0].replace(/\s*\/?>$/, '').replace(/\scount="\d*"/, '') + ` count="${total}">`;
      // function replacers: a format code holds `$` (R$, MX$, S$), which a replacement string reads as a pattern
      xml = open[1]
        ? xml.replace(open[0], () => `${start}${items.join('')}</${list}>`)
        : xml.replace(open[0], () => start).replace(`</${list}>`, () => `${items.join('')}</${list}>`);
    }
    return xml;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.counts.numFmts++;
      this.customFormats.set(code, id);
      this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    }
    return id;
  }

  /** Index of an identical entry already in the file or added this time, else appends it. */
  private add(list: StyleList, element: string): number {
    const there = this.existing[list].get(canonicalXml(element));
    if (there !== undefined) return there;
    const at = this.added[list].indexOf(element);
    if (at >= 0) return this.counts[list] + at;
    this.added[list].push(element);
    return this.counts[list] + this.added[list].length - 1;
  }
}

/** A number format shows a date when it has d, m, y, h or s outside quotes, brackets and escapes (`[Red]`, `"days"`). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** The list's entries (`<font>…</font>`, `<xf …/>`) by canonical XML → the index of the first of them. */
function entriesByXml(xml: string, list: StyleList): Map<string, number> {
  const item = ITEM[list];
  const entries = section(xml, list).match(new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g')) ?? [];
  const index = new Map<string, number>();
  entries.forEach((entry, i) => {
    const key = canonicalXml(entry);
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** An element's XML with its attributes in name order and no whitespace between tags: twins written by another tool compare equal. */
function canonicalXml(element: string): string {
  return element
    .replace(/>\s+</g, '><')
    .replace(/<([\w:]+)((?:\s+[\w:]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g, (_, name: string, attributes: string, close: string) => {
      const sorted = [...tagAttributes(attributes)].sort(([a], [b]) => (a < b ? -1 : 1));
      return `<${name}${sorted.map(([key, value]) => ` ${key}="${xmlEscape(value)}"`).join('')}${close}>`;
    });
}

function section(xml: string, list: string): string {
  const match = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml);
  return match ? match[1] : '';
}

/** The styles of a new workbook: Calibri 11, no fill, no border, one plain cell style. */
const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
