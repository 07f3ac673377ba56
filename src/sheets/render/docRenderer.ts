import type { ClientUpdate } from '../../core/report/clientUpdate';
import { reportBlocks, type Block, type TableBlock } from '../../core/report/reportBlocks';
import { DRAFT_MARK } from '../../core/report/draftMark';
import { cellColor, cellFill, cellText, DRAFT_COLOR } from './blockCellStyle';
import type { BlobLike, DocBodyLike, DocumentAppLike } from './renderServices';

function appendTable(body: DocBodyLike, block: TableBlock): void {
  const table = body.appendTable([block.header.slice(), ...block.rows.map((row) => row.map(cellText))]);
  table.getRow(0).editAsText().setBold(true);
  block.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = table.getRow(r + 1).getCell(c);
      const color = cellColor(cell);
      const fill = cellFill(cell);
      if (color) target.editAsText().setForegroundColor(color);
      if (fill) target.setBackgroundColor(fill);
    }),
  );
}

/**
 * A new Google Doc named after the update (`<Client> — WBR — <period>`): its title, then the report's
 * blocks as headings, paragraphs, lists, tables (good/bad news coloured, health rows by status) and
 * the trend chart as an image; a draft has DRAFT in its title and in the header of every page. A new
 * document every time, so no earlier export is overwritten.
 */
export function renderDoc(update: ClientUpdate, documents: DocumentAppLike, chart: BlobLike): string {
  return renderBlocksDoc(update.title, reportBlocks(update), documents, chart, update.draft ? DRAFT_MARK : undefined);
}

/** A new Google Doc of a titled sequence of blocks (the client update, the evidence pack), `mark` (DRAFT) in every page's header; returns its link. */
export function renderBlocksDoc(title: string, blocks: readonly Block[], documents: DocumentAppLike, chart: BlobLike, mark?: string): string {
  const doc = documents.create(title);
  const body = doc.getBody();
  if (mark) doc.addHeader().appendParagraph(mark).editAsText().setBold(true).setForegroundColor(DRAFT_COLOR);
  body.appendParagraph(title).setHeading(documents.ParagraphHeading.TITLE);
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        body.appendParagraph(block.text).setHeading(documents.ParagraphHeading.HEADING2);
        break;
      case 'paragraphs':
        for (const line of block.lines) body.appendParagraph(line);
        break;
      case 'list':
        for (const item of block.items)
          body.appendListItem(item).setGlyphType(block.ordered ? documents.GlyphType.NUMBER : documents.GlyphType.BULLET);
        break;
      case 'table':
        appendTable(body, block);
        break;
      case 'chart':
        body.appendImage(chart).setWidth(600).setHeight(250);
        body.appendParagraph(block.trend.title).editAsText().setItalic(true);
        break;
      case 'note':
        body.appendParagraph(block.text).editAsText().setItalic(true);
        break;
    }
  }
  doc.saveAndClose();
  return doc.getUrl();
}
