import { ORDER_COLUMNS, type OrderColumnKey } from './columns';
import type { TableSpec } from './readTable';

/** How a Seller Center order export is read: found by 'Order ID', with its description row and its timestamp columns. */
export const ORDER_EXPORT_SPEC: TableSpec<OrderColumnKey> = {
  kind: 'order export',
  columns: ORDER_COLUMNS,
  required: ['orderId'],
  key: 'orderId',
  descriptionRow: true,
  dateColumns: ['createdTime', 'paidTime', 'rtsTime', 'shippedTime', 'deliveredTime', 'cancelledTime'],
};
