import type {
  BlobLike,
  ChartBuilderLike,
  ChartsLike,
  DataTableBuilderLike,
  DocBodyLike,
  DocParagraphLike,
  DocumentAppLike,
  DocumentLike,
  GmailDraftsLike,
  PresentationLike,
  SlideLike,
  SlidesAppLike,
  SlideShapeLike,
  SlideTextRangeLike,
  TextLike,
} from '../../src/sheets/render/renderServices';
import type { ExportUiLike } from '../../src/sheets/exportClientUpdate';

/** Recording fakes of DocumentApp, SlidesApp, Charts, GmailApp and the export dialog's Ui: structure and text, never pixels. */

export class FakeBlob implements BlobLike {
  constructor(readonly name: string) {}
  getAs(): unknown {
    return this;
  }
  getBlob(): unknown {
    return this;
  }
}

/** What a piece of text was styled with. */
export interface Styled {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fontSize?: number;
}

function textRecorder(style: Styled): TextLike {
  const text: TextLike = {
    setBold: (bold) => ((style.bold = bold), text),
    setItalic: (italic) => ((style.italic = italic), text),
    setForegroundColor: (color) => ((style.color = color), text),
    setFontSize: (size) => ((style.fontSize = size), text),
  };
  return text;
}

export type DocElement =
  | { kind: 'paragraph'; text: string; heading?: unknown; style: Styled }
  | { kind: 'listItem'; text: string; glyph?: unknown }
  /** `textEdits`: the editAsText calls on the table (a row's or a cell's), one Docs call each. */
  | { kind: 'table'; cells: string[][]; styles: Styled[][]; fills: (string | undefined)[][]; textEdits: number }
  | { kind: 'image'; blob: BlobLike; width?: number; height?: number };

export class FakeDocument implements DocumentLike {
  readonly elements: DocElement[] = [];
  /** The paragraphs of the header every page repeats. */
  readonly header: DocElement[] = [];
  saved = false;
  constructor(
    readonly name: string,
    private readonly url: string,
  ) {}

  addHeader(): { appendParagraph(text: string): DocParagraphLike } {
    return { appendParagraph: (text) => this.getBody(this.header).appendParagraph(text) };
  }

  getBody(elements = this.elements): DocBodyLike {
    return {
      appendParagraph(text) {
        const element: DocElement = { kind: 'paragraph', text, style: {} };
        elements.push(element);
        const paragraph = {
          setHeading: (heading: unknown) => ((element.heading = heading), paragraph),
          editAsText: () => textRecorder(element.style),
        };
        return paragraph;
      },
      appendListItem(text) {
        const element: DocElement = { kind: 'listItem', text };
        elements.push(element);
        const item = { setGlyphType: (glyph: unknown) => ((element.glyph = glyph), item) };
        return item;
      },
      appendTable(cells) {
        const element: DocElement = {
          kind: 'table',
          cells: cells.map((row) => row.slice()),
          styles: cells.map((row) => row.map(() => ({}))),
          fills: cells.map((row) => row.map(() => undefined)),
          textEdits: 0,
        };
        elements.push(element);
        const edit = (styles: Styled[]): TextLike => {
          element.textEdits++;
          const recorders = styles.map(textRecorder);
          const text: TextLike = {
            setBold: (bold) => (recorders.forEach((r) => r.setBold(bold)), text),
            setItalic: (italic) => (recorders.forEach((r) => r.setItalic(italic)), text),
            setForegroundColor: (color) => (recorders.forEach((r) => r.setForegroundColor(color)), text),
            setFontSize: (size) => (recorders.forEach((r) => r.setFontSize(size)), text),
          };
          return text;
        };
        return {
          getRow: (r) => ({
            editAsText: () => edit(element.styles[r]),
            getCell: (c) => ({
              setBackgroundColor: (color: string) => (element.fills[r][c] = color),
              editAsText: () => edit([element.styles[r][c]]),
            }),
          }),
        };
      },
      appendImage(blob) {
        const element: DocElement = { kind: 'image', blob };
        elements.push(element);
        return { setWidth: (width: number) => ((element.width = width), { setHeight: (height: number) => (element.height = height) }) };
      },
    };
  }

  getUrl(): string {
    return this.url;
  }

  saveAndClose(): void {
    this.saved = true;
  }

  /** Every text the document holds, in order. */
  texts(): string[] {
    return this.elements.flatMap((e) => (e.kind === 'table' ? e.cells.flat() : e.kind === 'image' ? [] : [e.text]));
  }
}

export class FakeDocumentApp implements DocumentAppLike {
  readonly ParagraphHeading = { TITLE: 'TITLE', HEADING2: 'HEADING2' };
  readonly GlyphType = { NUMBER: 'NUMBER', BULLET: 'BULLET' };
  readonly documents: FakeDocument[] = [];
  create(name: string): FakeDocument {
    const doc = new FakeDocument(name, `https://docs.google.com/document/d/fake-doc-${this.documents.length + 1}/edit`);
    this.documents.push(doc);
    return doc;
  }
}

class FakeTextRange implements SlideTextRangeLike {
  text = '';
  readonly style: Styled = {};
  setText(text: string): SlideTextRangeLike {
    this.text = text;
    return this;
  }
  getTextStyle(): { setFontSize(size: number): unknown; setForegroundColor(color: string): unknown; setBold(bold: boolean): unknown } {
    return {
      setFontSize: (size: number) => (this.style.fontSize = size),
      setForegroundColor: (color: string) => (this.style.color = color),
      setBold: (bold: boolean) => (this.style.bold = bold),
    };
  }
}

class FakeShape implements SlideShapeLike {
  readonly range = new FakeTextRange();
  getText(): FakeTextRange {
    return this.range;
  }
}

export interface FakeSlideTable {
  readonly cells: FakeTextRange[][];
  readonly fills: (string | undefined)[][];
}

export class FakeSlide implements SlideLike {
  readonly placeholders = new Map<unknown, FakeShape>();
  readonly textBoxes: FakeShape[] = [];
  readonly tables: FakeSlideTable[] = [];
  readonly images: BlobLike[] = [];
  constructor(
    readonly layout: unknown,
    placeholderTypes: unknown[],
  ) {
    for (const type of placeholderTypes) this.placeholders.set(type, new FakeShape());
  }
  getPlaceholder(type: unknown): { asShape(): SlideShapeLike } | null {
    const shape = this.placeholders.get(type);
    return shape ? { asShape: () => shape } : null;
  }
  insertTextBox(text: string): SlideShapeLike {
    const shape = new FakeShape();
    shape.range.setText(text);
    this.textBoxes.push(shape);
    return shape;
  }
  insertTable(
    rows: number,
    columns: number,
  ): { getCell(row: number, column: number): { getText(): FakeTextRange; getFill(): { setSolidFill(color: string): unknown } } } {
    const table: FakeSlideTable = {
      cells: Array.from({ length: rows }, () => Array.from({ length: columns }, () => new FakeTextRange())),
      fills: Array.from({ length: rows }, () => new Array<string | undefined>(columns).fill(undefined)),
    };
    this.tables.push(table);
    return {
      getCell: (r, c) => {
        if (r >= rows || c >= columns) throw new Error(`Table cell ${r},${c} is outside a ${rows}×${columns} table.`);
        return { getText: () => table.cells[r][c], getFill: () => ({ setSolidFill: (color: string) => (table.fills[r][c] = color) }) };
      },
    };
  }
  insertImage(image: BlobLike): unknown {
    this.images.push(image);
    return {};
  }
  title(): string {
    const shape = this.placeholders.get('TITLE') ?? this.placeholders.get('CENTERED_TITLE');
    return shape?.range.text ?? '';
  }
  texts(): string[] {
    return [
      ...[...this.placeholders.values()].map((s) => s.range.text),
      ...this.textBoxes.map((s) => s.range.text),
      ...this.tables.flatMap((t) => t.cells.flat().map((c) => c.text)),
    ];
  }
}

export class FakePresentation implements PresentationLike {
  readonly slides: FakeSlide[] = [new FakeSlide('TITLE', ['CENTERED_TITLE', 'SUBTITLE'])];
  saved = false;
  constructor(
    readonly name: string,
    private readonly url: string,
  ) {}
  getSlides(): FakeSlide[] {
    return this.slides.slice();
  }
  appendSlide(layout: unknown): FakeSlide {
    const slide = new FakeSlide(layout, ['TITLE']);
    this.slides.push(slide);
    return slide;
  }
  getUrl(): string {
    return this.url;
  }
  saveAndClose(): void {
    this.saved = true;
  }
}

export class FakeSlidesApp implements SlidesAppLike {
  readonly PredefinedLayout = { TITLE_ONLY: 'TITLE_ONLY' };
  readonly PlaceholderType = { CENTERED_TITLE: 'CENTERED_TITLE', SUBTITLE: 'SUBTITLE', TITLE: 'TITLE' };
  readonly presentations: FakePresentation[] = [];
  create(name: string): FakePresentation {
    const deck = new FakePresentation(name, `https://docs.google.com/presentation/d/fake-deck-${this.presentations.length + 1}/edit`);
    this.presentations.push(deck);
    return deck;
  }
}

export class FakeCharts implements ChartsLike {
  readonly ColumnType = { STRING: 'STRING', NUMBER: 'NUMBER' };
  readonly Position = { NONE: 'NONE' };
  readonly charts: { kind: 'column' | 'line'; columns: string[]; rows: (string | number)[][]; title: string; width: number; height: number }[] = [];
  newDataTable(): DataTableBuilderLike {
    const data = { columns: [] as string[], rows: [] as (string | number)[][] };
    const builder: DataTableBuilderLike = {
      addColumn: (_type, label) => (data.columns.push(label), builder),
      addRow: (values) => (data.rows.push(values.slice()), builder),
      build: () => data,
    };
    return builder;
  }
  newColumnChart(): ChartBuilderLike {
    return this.newChart('column');
  }
  newLineChart(): ChartBuilderLike {
    return this.newChart('line');
  }
  private newChart(kind: 'column' | 'line'): ChartBuilderLike {
    const chart = { kind, columns: [] as string[], rows: [] as (string | number)[][], title: '', width: 0, height: 0 };
    const builder: ChartBuilderLike = {
      setDataTable: (table) => (Object.assign(chart, table), builder),
      setTitle: (title) => ((chart.title = title), builder),
      setDimensions: (width, height) => ((chart.width = width), (chart.height = height), builder),
      setLegendPosition: () => builder,
      setColors: () => builder,
      build: () => {
        this.charts.push(chart);
        return { getAs: () => new FakeBlob('trend-chart.png') };
      },
    };
    return builder;
  }
}

/** The Gmail advanced service's drafts: keeps each raw message and reads it back as a mail client would. */
export class FakeGmailDrafts implements GmailDraftsLike {
  readonly raw: string[] = [];
  readonly drafts: { to: string; subject: string; body: string; html: string }[] = [];
  createDraft(rawWebSafeBase64: string): unknown {
    this.raw.push(rawWebSafeBase64);
    const message = Buffer.from(rawWebSafeBase64, 'base64url').toString('latin1');
    const [head, ...parts] = message.split(/\r\n--tts-ops-client-update(?:--)?\r\n?/);
    const header = (name: string): string =>
      (new RegExp(`^${name}: (.*(?:\r\n .*)*)$`, 'm').exec(head)?.[1] ?? '')
        .replace(/\r\n(?= )/g, '')
        .replace(/(\?=) +(?==\?)/g, '$1')
        .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
    const subject = header('Subject');
    const body = (type: string): string => {
      const part = parts.find((p) => p.includes(`Content-Type: ${type}; charset=UTF-8`)) ?? '';
      return Buffer.from(part.split('\r\n\r\n')[1] ?? '', 'base64').toString('utf8');
    };
    this.drafts.push({ to: header('To').replace(/, /g, ','), subject, body: body('text/plain'), html: body('text/html') });
    return {};
  }
  base64Utf8(text: string): string {
    return Buffer.from(text, 'utf8').toString('base64');
  }
  base64WebSafe(text: string): string {
    return Buffer.from(text, 'latin1').toString('base64url');
  }
}

/** A Ui whose prompts and confirms answer from a script: a string is typed then OK, null is Cancel; true/false is Yes/No. */
export class FakeExportUi implements ExportUiLike {
  readonly ButtonSet = { OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', OK: 'OK' };
  readonly Button = { OK: 'OK', YES: 'YES' };
  readonly asked: string[] = [];
  readonly dialogs: { html: string; title: string }[] = [];
  constructor(private readonly answers: (string | null | boolean)[]) {}
  prompt(_title: string, prompt: string): { getSelectedButton(): unknown; getResponseText(): string } {
    this.asked.push(prompt);
    const answer = this.answers.shift();
    if (typeof answer === 'boolean' || answer === undefined) throw new Error(`The script expected a prompt answer for: ${prompt}`);
    return { getSelectedButton: () => (answer === null ? 'CANCEL' : 'OK'), getResponseText: () => answer ?? '' };
  }
  alert(_title: string, prompt: string, buttons: unknown): unknown {
    this.asked.push(prompt);
    if (buttons !== this.ButtonSet.YES_NO) return 'OK';
    const answer = this.answers.shift();
    if (typeof answer !== 'boolean') throw new Error(`The script expected Yes or No for: ${prompt}`);
    return answer ? 'YES' : 'NO';
  }
  showModalDialog(output: unknown, title: string): void {
    this.dialogs.push({ html: (output as { html: string }).html, title });
  }
}

export const fakeHtmlService = {
  createHtmlOutput: (html: string) => {
    const output = { html, setWidth: () => ({ setHeight: () => output }) };
    return output;
  },
};
