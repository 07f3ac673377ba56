import { appPropertiesWithSheets } from './appProperties';
import { readSharedStrings } from './sheetReader';
import { StyleSheet } from './styleSheet';
import { ZipArchive } from './zipArchive';
import { startTags, tagAttributes, xmlEscape } from './xmlText';

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CALC_CHAIN = /calcChain/i;
const CHART_SHEET = /chartsheets\//;

/** A small part as the file holds it: its zip path and XML. */
interface PartXml {
  readonly path: string;
  readonly xml: string;
}

/** One tab as the package holds it: its name in workbook.xml and the part with its cells. */
export interface SheetPart {
  readonly name: string;
  readonly path: string;
  /** The `<sheet …/>` tag in workbook.xml; undefined for a tab added in this run. */
  readonly tag?: string;
  readonly hidden?: 'veryHidden';
}

/** The parts of an .xlsx zip that say which tabs it has and how cells look: workbook.xml, its rels, content types, styles. */
export class XlsxPackage {
  readonly sheets: SheetPart[];
  readonly styles: StyleSheet;
  readonly date1904: boolean;
  private strings: string[] | undefined;
  private readonly added: SheetPart[] = [];

  private constructor(
    readonly archive: ZipArchive | undefined,
    private readonly workbookPath: string,
    private readonly workbookXml: string,
    private readonly relsXml: string,
    private readonly contentTypesXml: string,
    stylesXml: string | undefined,
    /** docProps/app.xml, whose list of sheets a save keeps current. */
    private readonly appProperties?: PartXml,
  ) {
    this.styles = new StyleSheet(stylesXml);
    this.date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml);
    const targets = new Map(
      startTags(relsXml, 'Relationship').map((tag) => {
        const attributes = tagAttributes(tag);
        return [attributes.get('Id') ?? '', resolvePart(workbookPath, attributes.get('Target') ?? '')];
      }),
    );
    this.sheets = startTags(workbookXml, 'sheet').map((tag) => {
      const attributes = tagAttributes(tag);
      const relation = [...attributes].find(([key]) => /(^|:)id$/.test(key) && key !== 'sheetId')?.[1] ?? '';
      return { name: attributes.get('name') ?? '', path: targets.get(relation) ?? '', tag };
    });
  }

  static fromBytes(bytes: Buffer): XlsxPackage {
    const archive = new ZipArchive(bytes);
    const text = (name: string): string | undefined => archive.read(name)?.toString('utf8');
    const rootRels = text('_rels/.rels') ?? '';
    const workbookPath = resolvePart('', relationTarget(rootRels, '/officeDocument') ?? 'xl/workbook.xml');
    const workbookXml = text(workbookPath);
    if (workbookXml === undefined) throw new Error('no workbook part in the zip');
    const stylesPath = workbookPath.replace(/[^/]*$/, 'styles.xml');
    const appPath = resolvePart('', relationTarget(rootRels, '/extended-properties') ?? 'docProps/app.xml');
    const appXml = text(appPath);
    return new XlsxPackage(
      archive,
      workbookPath,
      workbookXml,
      text(relsPath(workbookPath)) ?? '',
      text('[Content_Types].xml') ?? '',
      text(stylesPath),
      appXml === undefined ? undefined : { path: appPath, xml: appXml },
    );
  }

  static empty(): XlsxPackage {
    return new XlsxPackage(undefined, 'xl/workbook.xml', EMPTY_WORKBOOK, EMPTY_RELS, EMPTY_CONTENT_TYPES, undefined);
  }

  /** The workbook's shared strings, read on first use. */
  sharedStrings(): string[] {
    if (!this.strings) {
      const path = this.workbookPath.replace(/[^/]*$/, 'sharedStrings.xml');
      const xml = this.archive?.read(path)?.toString('utf8');
      this.strings = xml ? readSharedStrings(xml) : [];
    }
    return this.strings;
  }

  addSheet(name: string, hidden?: 'veryHidden'): SheetPart {
    const taken = new Set([...this.sheets.map((sheet) => sheet.path), ...(this.archive?.entries.keys() ?? [])]);
    let n = this.sheets.length + 1;
    while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const sheet: SheetPart = { name, path: `xl/worksheets/sheet${n}.xml`, hidden };
    this.sheets.push(sheet);
    this.added.push(sheet);
    return sheet;
  }

  /**
   * The small parts to write, by zip path, after sheets were replaced or added: workbook.xml and its
   * rels and content types when tabs were added, styles when styles were added; the calculation chain
   * is dropped (Excel rebuilds it) as soon as any sheet is rewritten. null: leave the part out.
   */
  changedParts(sheetsRewritten: boolean): Map<string, string | null> {
    const parts = new Map<string, string | null>();
    const calcChain = sheetsRewritten ? [...(this.archive?.entries.keys() ?? [])].filter((name) => CALC_CHAIN.test(name)) : [];
    for (const name of calcChain) parts.set(name, null);
    if (this.added.length || !this.archive) {
      parts.set(this.workbookPath, this.workbookXmlNow());
      parts.set(relsPath(this.workbookPath), this.relsNow(calcChain.length > 0));
      parts.set('[Content_Types].xml', this.contentTypesNow(calcChain.length > 0));
    } else if (calcChain.length) {
      parts.set(relsPath(this.workbookPath), this.relsNow(true));
      parts.set('[Content_Types].xml', this.contentTypesNow(true));
    }
    if (this.appProperties) {
      const app = appPropertiesWithSheets(this.appProperties.xml, this.worksheetNames());
      if (app !== this.appProperties.xml) parts.set(this.appProperties.path, app);
    }
    if (this.styles.changed || !this.archive) parts.set(this.workbookPath.replace(/[^/]*$/, 'styles.xml'), this.styles.toXml());
    if (!this.archive) parts.set('_rels/.rels', ROOT_RELS);
    return parts;
  }

  /** The tabs that are worksheets (not chart sheets), in workbook order. */
  private worksheetNames(): string[] {
    return this.sheets.filter((sheet) => !CHART_SHEET.test(sheet.path)).map((sheet) => sheet.name);
  }

  private workbookXmlNow(): string {
    const used = this.sheets.map((sheet) => Number(sheet.tag && tagAttributes(sheet.tag).get('sheetId'))).filter(Number.isFinite);
    let sheetId = Math.max(0, ...used);
    const tags = this.sheets.map((sheet) => {
      if (sheet.tag) return sheet.tag;
      const state = sheet.hidden ? ` state="${sheet.hidden}"` : '';
      return `<sheet name="${xmlEscape(sheet.name)}" sheetId="${++sheetId}"${state} r:id="${this.relationId(sheet)}"/>`;
    });
    const xml = this.workbookXml.includes('xmlns:r=')
      ? this.workbookXml
      : this.workbookXml.replace(/<workbook\b/, '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    return xml.replace(/<sheets\b[^>]*(?:\/>|>[\s\S]*?<\/sheets>)/, () => `<sheets>${tags.join('')}</sheets>`);
  }

  /** A relationship id for an added tab, unused by the workbook's other relationships. */
  private relationId(sheet: SheetPart): string {
    const taken = new Set(startTags(this.relsXml, 'Relationship').map((tag) => tagAttributes(tag).get('Id')));
    let n = this.added.indexOf(sheet) + 1;
    while (taken.has(`rIdTts${n}`)) n += this.added.length;
    return `rIdTts${n}`;
  }

  private relsNow(dropCalcChain: boolean): string {
    let xml = this.relsXml;
    if (dropCalcChain) xml = xml.replace(/<Relationship\b[^>]*calcChain[^>]*\/>/gi, '');
    const added = this.added.map(
      (sheet) => `<Relationship Id="${this.relationId(sheet)}" Type="${WORKSHEET_TYPE}" Target="${this.targetOf(sheet)}"/>`,
    );
    return xml.replace('</Relationships>', () => `${added.join('')}</Relationships>`);
  }

  /** The sheet's path relative to the workbook part, as Excel and exceljs write relationship targets. */
  private targetOf(sheet: SheetPart): string {
    const folder = this.workbookPath.replace(/[^/]*$/, '');
    return sheet.path.startsWith(folder) ? sheet.path.slice(folder.length) : `/${sheet.path}`;
  }

  private contentTypesNow(dropCalcChain: boolean): string {
    let xml = this.contentTypesXml;
    if (dropCalcChain) xml = xml.replace(/<Override\b[^>]*calcChain[^>]*\/>/gi, '');
    const added = this.added.map((sheet) => `<Override PartName="/${sheet.path}" ContentType="${WORKSHEET_CONTENT}"/>`);
    return xml.replace('</Types>', () => `${added.join('')}</Types>`);
  }
}

/** The target of the first relationship whose type ends with `typeEnd`. */
function relationTarget(relsXml: string, typeEnd: string): string | undefined {
  return startTags(relsXml, 'Relationship')
    .map(tagAttributes)
    .find((attributes) => attributes.get('Type')?.endsWith(typeEnd))
    ?.get('Target');
}

/** A relationship target → its zip path (targets are relative to the part, or absolute from the root). */
function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  return part.replace(/([^/]*)$/, '_rels/$1.rels');
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EMPTY_WORKBOOK =
  XML_DECLARATION +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<workbookPr/><bookViews><workbookView/></bookViews><sheets/></workbook>';
const EMPTY_RELS =
  XML_DECLARATION +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
const EMPTY_CONTENT_TYPES =
  XML_DECLARATION +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
const ROOT_RELS =
  XML_DECLARATION +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
