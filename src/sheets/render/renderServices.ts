/**
 * The parts of DocumentApp, SlidesApp, Charts and Gmail the client-update renderers use, typed
 * narrowly so tests drive them with recording fakes (test/sheets/fakeDocsServices.ts) and no Google account.
 */
export interface BlobLike {
  getAs(contentType: string): unknown;
  getBlob(): unknown;
}

export interface TextLike {
  setBold(bold: boolean): TextLike;
  setItalic(italic: boolean): TextLike;
  setForegroundColor(color: string): TextLike;
  setFontSize(size: number): TextLike;
}

export interface DocTableCellLike {
  setBackgroundColor(color: string): unknown;
  editAsText(): TextLike;
}

export interface DocTableLike {
  /** A row's editAsText styles all its cells in one call. */
  getRow(row: number): { getCell(column: number): DocTableCellLike; editAsText(): TextLike };
}

export interface DocParagraphLike {
  setHeading(heading: unknown): DocParagraphLike;
  editAsText(): TextLike;
}

export interface DocListItemLike {
  setGlyphType(glyph: unknown): DocListItemLike;
}

export interface DocBodyLike {
  appendParagraph(text: string): DocParagraphLike;
  appendListItem(text: string): DocListItemLike;
  appendTable(cells: string[][]): DocTableLike;
  appendImage(image: BlobLike): { setWidth(width: number): { setHeight(height: number): unknown } };
}

export interface DocumentLike {
  getBody(): DocBodyLike;
  /** The header every page repeats (DocumentApp's addHeader). */
  addHeader(): { appendParagraph(text: string): DocParagraphLike };
  getUrl(): string;
  saveAndClose(): void;
}

export interface DocumentAppLike {
  create(name: string): DocumentLike;
  readonly ParagraphHeading: { readonly TITLE: unknown; readonly HEADING2: unknown };
  readonly GlyphType: { readonly NUMBER: unknown; readonly BULLET: unknown };
}

export interface SlideTextRangeLike {
  setText(text: string): SlideTextRangeLike;
  getTextStyle(): { setFontSize(size: number): unknown; setForegroundColor(color: string): unknown; setBold(bold: boolean): unknown };
}

export interface SlideShapeLike {
  getText(): SlideTextRangeLike;
}

export interface SlideTableCellLike {
  getText(): SlideTextRangeLike;
  getFill(): { setSolidFill(color: string): unknown };
}

export interface SlideLike {
  getPlaceholder(type: unknown): { asShape(): SlideShapeLike } | null;
  insertTextBox(text: string, left: number, top: number, width: number, height: number): SlideShapeLike;
  insertTable(rows: number, columns: number): { getCell(row: number, column: number): SlideTableCellLike };
  insertImage(image: BlobLike, left: number, top: number, width: number, height: number): unknown;
}

export interface PresentationLike {
  getSlides(): SlideLike[];
  appendSlide(layout: unknown): SlideLike;
  getUrl(): string;
  saveAndClose(): void;
}

export interface SlidesAppLike {
  create(name: string): PresentationLike;
  readonly PredefinedLayout: { readonly TITLE_ONLY: unknown };
  readonly PlaceholderType: { readonly CENTERED_TITLE: unknown; readonly SUBTITLE: unknown; readonly TITLE: unknown };
}

export interface DataTableBuilderLike {
  addColumn(type: unknown, label: string): DataTableBuilderLike;
  addRow(values: (string | number)[]): DataTableBuilderLike;
  build(): unknown;
}

export interface ChartBuilderLike {
  setDataTable(table: unknown): ChartBuilderLike;
  setTitle(title: string): ChartBuilderLike;
  setDimensions(width: number, height: number): ChartBuilderLike;
  setLegendPosition(position: unknown): ChartBuilderLike;
  setColors(colors: string[]): ChartBuilderLike;
  build(): { getAs(contentType: string): BlobLike };
}

export interface ChartsLike {
  newDataTable(): DataTableBuilderLike;
  newColumnChart(): ChartBuilderLike;
  newLineChart(): ChartBuilderLike;
  readonly ColumnType: { readonly STRING: unknown; readonly NUMBER: unknown };
  readonly Position: { readonly NONE: unknown };
}

/**
 * Drafts through the Gmail advanced service: its users.drafts.create accepts the narrow gmail.compose
 * scope, where GmailApp documents https://mail.google.com/ (all mail).
 */
export interface GmailDraftsLike {
  createDraft(rawWebSafeBase64: string): unknown;
  /** Base64 of the text's UTF-8 bytes (Utilities.base64Encode). */
  base64Utf8(text: string): string;
  /** Web-safe base64 of an ASCII message (Utilities.base64EncodeWebSafe). */
  base64WebSafe(text: string): string;
}
