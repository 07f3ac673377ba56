import { ANALYTICS_HEADERS, ANALYTICS_MONEY_HEADERS, ORDER_HEADERS, ORDER_MONEY_HEADERS } from '../core/table/exportHeaders';
import { moneyDecimals, toCsv } from './csv';
import { generateDemoClient } from './demoClient';

export const DEMO_ORDERS_CSV = 'demo-orders.csv';
export const DEMO_ANALYTICS_CSV = 'demo-analytics.csv';
export const DEMO_XLSX = 'demo-client.xlsx';

/** The demo client's two exports as CSV text (BOM included), keyed by file name under examples/. */
export function demoCsvFiles(client = generateDemoClient()): Record<string, string> {
  return {
    [DEMO_ORDERS_CSV]: toCsv(client.orders, moneyDecimals(ORDER_HEADERS, ORDER_MONEY_HEADERS)),
    [DEMO_ANALYTICS_CSV]: toCsv(client.analytics, moneyDecimals(ANALYTICS_HEADERS, ANALYTICS_MONEY_HEADERS)),
  };
}
