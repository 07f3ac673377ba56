import type { ClientUpdate } from '../../core/report/clientUpdate';
import { reportBlocks, type Block, type BlockCell } from '../../core/report/reportBlocks';
import { sparkText } from '../../core/report/sparkText';

/** A cell's text safe inside a pipe table: pipes escaped, line breaks as spaces. */
const tableText = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const cellText = (cell: BlockCell): string => tableText(cell.spark ? sparkText(cell.spark) : cell.text);

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `## ${block.text}`;
    case 'paragraphs':
      return block.lines.join('  \n');
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
    case 'table':
      return [
        `| ${block.header.map(tableText).join(' | ')} |`,
        `| ${block.header.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cellText).join(' | ')} |`),
      ].join('\n');
    case 'chart':
      return [
        `**${block.trend.title}**`,
        '',
        `| ${block.trend.points.map((p) => p.label).join(' | ')} |`,
        `| ${block.trend.points.map(() => '---:').join(' | ')} |`,
        `| ${block.trend.points.map((p) => p.text || 'no data').join(' | ')} |`,
      ].join('\n');
    case 'note':
      return `_${block.text}_`;
  }
}

/** The update as Markdown: the same blocks as the HTML, sparklines as block characters. */
export function renderMarkdown(update: ClientUpdate): string {
  return [`# ${update.title}`, ...reportBlocks(update).map(blockMarkdown)].join('\n\n') + '\n';
}
