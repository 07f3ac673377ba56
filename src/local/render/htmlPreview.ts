import { columnLetter } from '../../core/values/columnLetter';
import type { PreviewCell, PreviewTab } from './previewTab';
import { escapeHtml } from '../../core/values/escapeHtml';

const ROW_NUMBER_WIDTH = 40;

const STYLE = `
  body { margin: 0; padding: 16px; background: #f8f9fa; font: 13px/1.35 Arial, 'Liberation Sans', Helvetica, sans-serif; color: #202124; }
  .sheet { display: inline-block; background: #fff; border: 1px solid #c7c7c7; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  table { border-collapse: collapse; table-layout: fixed; }
  td, th { border: 1px solid #e2e2e2; padding: 3px 6px; vertical-align: top; overflow: hidden; }
  th { background: #f1f3f4; color: #5f6368; font-weight: normal; font-size: 11px; text-align: center; }
  th.row { text-align: right; }
  td.num { text-align: right; white-space: nowrap; }
  td.bold { font-weight: bold; }
  td.link { color: #1155cc; text-decoration: underline; }
  tr.frozen td, tr.frozen th { border-bottom: 3px solid #bdc1c6; }
  .tabs { display: flex; gap: 2px; overflow: hidden; white-space: nowrap; padding: 0 0 0 ${ROW_NUMBER_WIDTH}px; background: #f1f3f4; border-top: 1px solid #c7c7c7; font-size: 12px; }
  .tabs span { padding: 6px 14px; color: #5f6368; }
  .tabs span.active { background: #fff; color: #188038; font-weight: bold; border-bottom: 3px solid #188038; }
  .more { padding: 6px 10px; color: #5f6368; font-style: italic; }
`;

/** One tab as a screenshot-like page: column letters, row numbers, cell colours, the tab bar below. */
export function htmlPreview(tab: PreviewTab, tabNames: readonly string[]): string {
  const width = ROW_NUMBER_WIDTH + tab.widths.reduce((sum, w) => sum + w, 0);
  const columns = [`<col style="width:${ROW_NUMBER_WIDTH}px">`, ...tab.widths.map((w) => `<col style="width:${w}px">`)].join('');
  const letters = `<tr><th></th>${tab.widths.map((_, c) => `<th>${columnLetter(c)}</th>`).join('')}</tr>`;
  const rows = tab.rows
    .map((cells, r) => `<tr${r + 1 === tab.frozenRows ? ' class="frozen"' : ''}><th class="row">${r + 1}</th>${cells.map(cellHtml).join('')}</tr>`)
    .join('\n');
  const more = tab.moreRows > 0 ? `<div class="more">… ${tab.moreRows} more rows</div>` : '';
  const tabs = tabNames.map((name) => `<span${name === tab.name ? ' class="active"' : ''}>${escapeHtml(name)}</span>`).join('');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(tab.name)}</title><style>${STYLE}</style></head>
<body><div class="sheet" style="width:${width}px">
<table style="width:${width}px"><colgroup>${columns}</colgroup>
${letters}
${rows}
</table>${more}
<div class="tabs">${tabs}</div>
</div></body></html>
`;
}

function cellHtml(cell: PreviewCell): string {
  const classes = [cell.numeric ? 'num' : '', cell.bold ? 'bold' : '', cell.link ? 'link' : ''].filter(Boolean);
  const attributes = [
    cell.span > 1 ? ` colspan="${cell.span}"` : '',
    classes.length ? ` class="${classes.join(' ')}"` : '',
    cell.background ? ` style="background:${cell.background}"` : '',
  ].join('');
  return `<td${attributes}>${escapeHtml(cell.text)}</td>`;
}
