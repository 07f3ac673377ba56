// The order export ← Open API mapping of docs/API.md, rendered from the mapping's own table.
import { ORDER_COLUMN_MAP } from '../../src/core/api/orderColumnMap';
import { ORDER_HEADERS } from '../../src/core/table/exportHeaders';
import { markdownTable } from './markdownTable';

export function apiMappingMarkdown(): string {
  return markdownTable(
    ['export column', 'source', 'from the API order'],
    ORDER_HEADERS.map((header) => [header.trim(), ORDER_COLUMN_MAP[header].source, ORDER_COLUMN_MAP[header].from]),
  );
}
