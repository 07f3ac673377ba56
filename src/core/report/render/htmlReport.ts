import type { ClientUpdate } from '../clientUpdate';
import { reportBlocks, type Block, type BlockCell } from '../reportBlocks';
import { STATUS_FILLS } from '../../health/statusFills';
import { escapeHtml } from '../../values/escapeHtml';
import { DRAFT_MARK } from '../draftMark';
import { sparklineSvg, trendChartSvg } from './svgCharts';

const STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2937; margin: 0; background: #f3f4f6; }
main { max-width: 960px; margin: 24px auto; background: #fff; padding: 32px 40px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
h1 { font-size: 24px; margin: 0 0 8px; color: #12376f; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #e5e7eb; color: #12376f; break-after: avoid; }
p { margin: 2px 0; }
.meta p { color: #4b5563; font-size: 13px; }
ul, ol { margin: 4px 0 4px 20px; padding: 0; }
li { margin: 3px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f3f6fb; font-weight: 600; }
tr { break-inside: avoid; }
td.num { white-space: nowrap; }
table.wide { font-size: 11px; }
main:has(table.wide) { max-width: 1240px; }
table.wide th, table.wide td { padding: 4px 5px; }
table.wide td { white-space: pre-line; }
.good { color: #137333; font-weight: 600; }
.bad { color: #b3261e; font-weight: 600; }
.neutral { color: #4b5563; }
.note { color: #6b7280; font-size: 12px; margin: 6px 0; }
.chart, .spark { display: block; max-width: 100%; height: auto; }
.chart { margin: 10px 0; break-inside: avoid; }
.draft-mark { position: fixed; top: 8px; right: 12px; padding: 2px 10px; border: 2px solid #b3261e; color: #b3261e; font-weight: 700; letter-spacing: .1em; background: #fff; }
@page { margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h2 { font-size: 13pt; }
  table { font-size: 9pt; }
  table.wide { font-size: 7.5pt; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A table wider than this many columns (the evidence pack's orders) is set smaller to fit the page. */
const WIDE_TABLE = 8;

function cellHtml(cell: BlockCell): string {
  const classes = [cell.tone, cell.figure ? 'num' : ''].filter(Boolean).join(' ');
  const style = cell.status ? ` style="background:${STATUS_FILLS[cell.status]}"` : '';
  const spark = cell.spark ? sparklineSvg(cell.spark, cell.sparkToDate ? 'trend; the last point is to date' : 'trend', cell.sparkToDate) : '';
  return `<td${classes ? ` class="${classes}"` : ''}${style}>${escapeHtml(cell.text)}${spark}</td>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraphs':
      return `<div class="meta">${block.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return (
        `<table${block.header.length > WIDE_TABLE ? ' class="wide"' : ''}><thead><tr>${block.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
        `<tbody>${block.rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('')}</tbody></table>`
      );
    case 'chart':
      return `<figure>${trendChartSvg(block.trend.points, block.trend.title, block.trend.limit)}<figcaption class="note">${escapeHtml(block.trend.title)}</figcaption></figure>`;
    case 'note':
      return `<p class="note">${escapeHtml(block.text)}</p>`;
  }
}

/** The update as one self-contained HTML page: inline CSS and SVG charts, no script, no external file; prints on A4 and Letter. */
export function renderHtml(update: ClientUpdate): string {
  return renderBlocksHtml(update.title, reportBlocks(update), update.draft ? DRAFT_MARK : undefined);
}

/** A titled sequence of blocks (the client update, the evidence pack) as one self-contained HTML page; `mark` (DRAFT) on every page. */
export function renderBlocksHtml(title: string, blocks: readonly Block[], mark?: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head>`,
    // Fixed, so the printed PDF repeats it on every page.
    `<body>${mark ? `<div class="draft-mark">${escapeHtml(mark)}</div>` : ''}<main><h1>${escapeHtml(title)}</h1>`,
    ...blocks.map(blockHtml),
    '</main></body></html>',
  ].join('\n');
}
