import type { ClientUpdate } from '../clientUpdate';
import { reportBlocks, type Block, type BlockCell } from '../reportBlocks';
import { sparkText } from '../sparkText';
import { escapeTextNode } from '../../values/escapeHtml';

/** Sheet text made inert: HTML as entities and link/emphasis marks escaped, so a viewer that renders inline HTML runs none from the data. */
const markdownText = (text: string): string => escapeTextNode(text).replace(/([\\`*_[\]])/g, '\\$1');

/** A cell's text safe inside a pipe table: pipes escaped, line breaks as spaces. */
const tableText = (text: string): string =>
  markdownText(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

const cellText = (cell: BlockCell): string => tableText(cell.spark ? sparkText(cell.spark, cell.sparkToDate) : cell.text);

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `## ${markdownText(block.text)}`;
    case 'paragraphs':
      return block.lines.map(markdownText).join('  \n');
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${markdownText(item)}`).join('\n');
    case 'table':
      return [
        `| ${block.header.map(tableText).join(' | ')} |`,
        `| ${block.header.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cellText).join(' | ')} |`),
      ].join('\n');
    case 'chart':
      return [
        `**${markdownText(block.trend.title)}**`,
        ...(block.trend.limit ? ['', `Limit: ${block.trend.limit.text}`] : []),
        '',
        `| ${block.trend.points.map((p) => tableText(p.label)).join(' | ')} |`,
        `| ${block.trend.points.map(() => '---:').join(' | ')} |`,
        `| ${block.trend.points.map((p) => `${p.text || 'no data'}${p.marked ? ' ●' : ''}`).join(' | ')} |`,
      ].join('\n');
    case 'note':
      return `_${markdownText(block.text)}_`;
  }
}

/** The update as Markdown: the same blocks as the HTML, sparklines as block characters. */
export function renderMarkdown(update: ClientUpdate): string {
  return renderBlocksMarkdown(update.title, reportBlocks(update));
}

/** A titled sequence of blocks (the client update, the evidence pack) as Markdown. */
export function renderBlocksMarkdown(title: string, blocks: readonly Block[]): string {
  return [`# ${markdownText(title)}`, ...blocks.map(blockMarkdown)].join('\n\n') + '\n';
}
