import { ANALYTICS_HEADERS, ANALYTICS_MONEY_HEADERS, ORDER_HEADERS, ORDER_MONEY_HEADERS } from '../core/table/exportHeaders';
import { moneyDecimals, toCsv } from './csv';
import { generateDemoClient } from './generateDemoClient';
import { indonesianAnalytics, indonesianOrders } from './indonesiaDemo';

export const DEMO_ORDERS_CSV = 'demo-orders.csv';
export const DEMO_ANALYTICS_CSV = 'demo-analytics.csv';
export const DEMO_XLSX = 'demo-client.xlsx';
export const DEMO_ID_XLSX = 'demo-client-id.xlsx';

/** The Indonesian demo client: the same simulated shop as the US one, exported as an Indonesian shop's Seller Center writes it. */
export function generateIndonesianDemoClient(client = generateDemoClient()): { orders: unknown[][]; analytics: unknown[][] } {
  return { orders: indonesianOrders(client.orders), analytics: indonesianAnalytics(client.analytics) };
}

/** The US demo client's exports as CSV text (BOM included), keyed by file name under examples/. */
export function demoCsvFiles(client = generateDemoClient()): Record<string, string> {
  return {
    [DEMO_ORDERS_CSV]: toCsv(client.orders, moneyDecimals(ORDER_HEADERS, ORDER_MONEY_HEADERS)),
    [DEMO_ANALYTICS_CSV]: toCsv(client.analytics, moneyDecimals(ANALYTICS_HEADERS, ANALYTICS_MONEY_HEADERS)),
  };
}
