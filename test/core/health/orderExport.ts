// Small hand-made Seller Center order exports for health tests, shaped like the real one (description row, tab-suffixed IDs and times).
export const HEADERS = [
  'Order ID',
  'Order Status',
  'Cancelation/Return Type',
  'Normal or Pre-order',
  'Seller SKU',
  'Quantity',
  'SKU Subtotal After Discount',
  'Order Refund Amount',
  'Paid Time',
  'Shipped Time',
  'Cancel By',
  'Cancel Reason',
  'Fulfillment Type',
  'Tracking ID',
  'Shipping Provider Name',
];

export interface OrderSpec {
  id: string;
  /** 'YYYY-MM-DD HH:mm' wall clock */
  paid?: string;
  shipped?: string;
  status?: string;
  type?: string;
  preOrder?: boolean;
  cancelBy?: string;
  reason?: string;
  fbt?: boolean;
  tracking?: unknown;
  carrier?: string;
  refund?: number;
  /** SKU lines (default 1); every line repeats the order-level cells. */
  lines?: number;
}

/** 'YYYY-MM-DD HH:mm' → the export's `MM/DD/YYYY hh:mm:ss AM/PM` followed by a tab. */
export function usTime(text: string): string {
  const [date, time = '00:00'] = text.split(' ');
  const [y, m, d] = date.split('-');
  const [hh, mm] = time.split(':').map(Number);
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return `${m}/${d}/${y} ${String(h12).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00 ${hh < 12 ? 'AM' : 'PM'}\t`;
}

export function orderExport(orders: readonly OrderSpec[], headers: readonly string[] = HEADERS): unknown[][] {
  const rows: unknown[][] = [headers.slice(), headers.map((h) => `${h} of the order.`.replace(/[0-9]/g, ''))];
  for (const o of orders) {
    const cells: Record<string, unknown> = {
      'Order ID': `${o.id}\t`,
      'Order Status': o.status ?? (o.cancelBy ? 'Cancelled' : o.shipped ? 'Shipped' : 'To ship'),
      'Cancelation/Return Type': o.type ?? (o.cancelBy ? 'Cancel' : ''),
      'Normal or Pre-order': o.preOrder ? 'Pre-order' : 'Normal',
      Quantity: 1,
      'SKU Subtotal After Discount': 20,
      'Order Refund Amount': o.refund ?? 0,
      'Paid Time': o.paid ? usTime(o.paid) : '',
      'Shipped Time': o.shipped ? usTime(o.shipped) : '',
      'Cancel By': o.cancelBy ?? '',
      'Cancel Reason': o.reason ?? '',
      'Fulfillment Type': o.fbt ? 'Fulfillment by TikTok' : 'Fulfillment by seller',
      'Tracking ID': o.tracking ?? '',
      'Shipping Provider Name': o.carrier ?? '',
    };
    for (let line = 0; line < (o.lines ?? 1); line++) rows.push(headers.map((h) => (h === 'Seller SKU' ? `SKU-${line + 1}` : (cells[h] ?? ''))));
  }
  return rows;
}
