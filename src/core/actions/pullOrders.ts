import type { ApiPorts, ApiShop } from '../api/apiClient';
import { fetchPull, type PullProgress } from '../api/fetchPull';
import { apiOrdersToExportRows } from '../api/mapApiOrders';
import { returnsByOrder } from '../api/orderReturns';
import { planPull, PULL_CURSOR_PROPERTY, type PullRequest } from '../api/pullWindow';
import { INPUT_TABS } from '../workbook/tabNames';
import { workbookSettings } from '../workbook/settingsTab';
import type { Workbook } from '../workbook/workbookPort';
import { importOrders, type ImportedOrders } from './importOrders';
import { writeImportedTab } from './writeImportedTab';

/** How the import summary names a pull's rows. */
export const PULL_SOURCE_NAME = 'TikTok Shop orders';

export interface PullOutcome {
  readonly result: ImportedOrders;
  /** Orders the API gave. */
  readonly orders: number;
}

/**
 * Pulls the shop's orders into Orders as an export import would: asks the API for everything first
 * (orders since the workbook's cursor, or created on the asked days, and their returns), maps them on
 * the shop's wall clock (the Settings time zone), merges them by Order ID + SKU ID (a changed order
 * replaces its rows), and only then writes Orders and the new cursor. A refusal half-way writes nothing.
 */
export async function pullOrders(
  workbook: Workbook,
  request: PullRequest,
  shop: ApiShop,
  ports: ApiPorts,
  progress?: PullProgress,
): Promise<PullOutcome> {
  const { timeZone } = workbookSettings(workbook.readTab(INPUT_TABS.settings), workbook.timeZone()).settings;
  const plan = planPull(workbook.readProperties()[PULL_CURSOR_PROPERTY], request, ports.now(), timeZone);
  const pulled = await fetchPull(plan, shop, ports, progress);
  const rows = apiOrdersToExportRows(pulled.orders, timeZone, returnsByOrder(pulled.returns));
  const existing = workbook.readTab(INPUT_TABS.orders);
  const result = importOrders(existing, rows, PULL_SOURCE_NAME);
  // A pull that brought nothing leaves Orders untouched (a first pull goes week by week, many weeks may be empty).
  if (existing === undefined || result.added || result.duplicates) writeImportedTab(workbook, INPUT_TABS.orders, existing !== undefined, result);
  if (plan.cursorAfter !== undefined) workbook.writeProperties({ [PULL_CURSOR_PROPERTY]: String(plan.cursorAfter) });
  return { result, orders: pulled.orders.length };
}
