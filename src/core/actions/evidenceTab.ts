import { evidenceRows, EVIDENCE_COLUMNS } from '../report/evidenceTable';
import { tabState, writeOwnedTab } from '../workbook/ownedTabs';
import type { CellValue, TabContent, Workbook } from '../workbook/workbookPort';
import type { BuiltEvidence } from './evidencePack';

/** `TTS · Evidence LDR`: the tab a pack writes, one per rate. */
export const evidenceTabName = (metric: string): string => `TTS · Evidence ${metric}`;

const HEADER_ROW = 4;

/**
 * The pack as an owned tab: its summary, then one row per order counted against the shop with the
 * dispute rule and a link to the order's row in Orders (a link to the range: the cell is never copied).
 */
export function evidenceTabContent(built: BuiltEvidence): TabContent {
  const { pack, client, ordersTab } = built;
  const name = evidenceTabName(pack.metric);
  const values: CellValue[][] = [
    [client.name ? `${name} · ${client.name}` : name],
    [`${pack.row.label}: ${pack.row.note}`],
    [pack.whatIf],
    [],
    ['Orders row', ...EVIDENCE_COLUMNS, 'What to attach', 'Source'],
    ...evidenceRows(pack).map((cells, i) => {
      const rule = pack.orders[i].rule;
      const source = rule ? (rule.source ? `${rule.source.title}: ${rule.source.url}` : 'possible ground, unsourced') : '';
      return [`${ordersTab}!A${pack.orders[i].row}`, ...cells, rule ? rule.attach.join('; ') : '', source];
    }),
  ];
  return {
    name,
    values,
    frozenRows: HEADER_ROW + 1,
    headerRows: [HEADER_ROW],
    columns: [
      { column: 0, width: 110 },
      { column: 1, width: 170 },
      { column: 4, width: 320 },
      { column: 10, width: 320 },
      { column: 11, width: 320 },
      { column: 12, width: 420 },
    ],
    links: pack.orders.map((order, i) => ({ row: HEADER_ROW + 1 + i, column: 0, tab: ordersTab, a1: `A${order.row}` })),
  };
}

/** Writes the tab (beside a user's tab of that name, never over it); returns the name written. */
export function writeEvidenceTab(workbook: Workbook, built: BuiltEvidence): string {
  return writeOwnedTab(workbook, evidenceTabContent(built), tabState(workbook));
}
