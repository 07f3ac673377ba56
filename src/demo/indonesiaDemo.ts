import { ANALYTICS_HEADERS_BY_LANGUAGE } from '../core/markets/analyticsHeaders';
import { ANALYTICS_COLUMNS } from '../core/table/columns';
import { ANALYTICS_MONEY_HEADERS, ORDER_HEADERS, ORDER_MONEY_HEADERS } from '../core/table/exportHeaders';

/** Demo exchange rate: whole Rupiah per US dollar, rounded to Rp 100 a line. */
const RUPIAH_PER_DOLLAR = 16_000;

/** Order-export words an Indonesian shop's export carries instead of the US ones (the headers stay English). */
const STATUS: Record<string, string> = {
  Unpaid: 'Belum dibayar',
  'To ship': 'Akan dikirim',
  Shipped: 'Dikirim',
  Delivered: 'Terkirim',
  Completed: 'Selesai',
  Cancelled: 'Dibatalkan',
};
const RETURN_TYPE: Record<string, string> = { Cancel: 'Pembatalan', 'Return/Refund': 'Pengembalian/Pengembalian Dana' };
const CARRIER: Record<string, string> = { USPS: 'J&T Express', UPS: 'SiCepat', FedEx: 'JNE', DHL: 'AnterAja', OnTrac: 'Ninja Xpress' };

/** The description row in Indonesian: the columns a reader needs; the rest point to Seller Center's guide. */
const DESCRIPTIONS: Record<string, string> = {
  'Order ID': 'ID pesanan unik platform.',
  'Order Status': 'Status pesanan.',
  'SKU ID': 'ID SKU unik platform.',
  Quantity: 'Jumlah SKU dalam pesanan.',
  'SKU Subtotal After Discount': 'Subtotal SKU setelah diskon.',
  'Order Amount': 'Total yang dibayar pembeli.',
  'Order Refund Amount': 'Total pengembalian dana pesanan.',
  'Created Time': 'Waktu pesanan dibuat.',
  'Paid Time': 'Waktu pesanan dibayar.',
  'RTS Time': 'Waktu siap dikirim.',
  'Shipped Time': 'Waktu pesanan dikirim.',
  'Delivered Time': 'Waktu pesanan diterima.',
  'Cancelled Time': 'Waktu pesanan dibatalkan.',
  'Tracking ID': 'Nomor resi paket.',
  'Shipping Provider Name': 'Jasa kirim paket.',
};

const pad2 = (n: string | number): string => String(n).padStart(2, '0');

/** `11/22/2026 08:05:09 PM\t` → `22/11/2026 20:05:09\t`: Seller Center's day-first, 24-hour form outside the US. */
function dayFirst(text: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2}) (AM|PM)(\t?)$/.exec(text);
  if (!match) return text;
  const [, month, day, year, hour, minute, second, meridiem, tab] = match;
  const h24 = (Number(hour) % 12) + (meridiem === 'PM' ? 12 : 0);
  return `${day}/${month}/${year} ${pad2(h24)}:${minute}:${second}${tab}`;
}

/** `2026-11-22` → `22/11/2026`. */
const isoToDayFirst = (text: string): string => text.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');

/** A dollar amount (a number, or text such as `$1,234.56`) in whole Rupiah; text stays text, written `Rp 19.800.000`. */
function rupiah(cell: unknown): unknown {
  if (cell === '' || cell === null || cell === undefined) return cell;
  const dollars = typeof cell === 'number' ? cell : Number(String(cell).replace(/[$,]/g, ''));
  const amount = Math.round((dollars * RUPIAH_PER_DOLLAR) / 100) * 100;
  if (typeof cell === 'number') return amount;
  const grouped = Math.abs(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp ${grouped}`;
}

const columnOf = (header: readonly unknown[], name: string): number => header.indexOf(name);

/** The US demo's order export as an Indonesian shop's: Rupiah, day-first 24-hour times, Indonesian status words and description row. */
export function indonesianOrders(orders: readonly (readonly unknown[])[]): unknown[][] {
  const [header, , ...lines] = orders;
  const money = ORDER_HEADERS.map((h) => ORDER_MONEY_HEADERS.has(h));
  const times = ORDER_HEADERS.map((h) => h.endsWith(' Time'));
  const status = columnOf(header, 'Order Status');
  const substatus = columnOf(header, 'Order Substatus');
  const type = columnOf(header, 'Cancelation/Return Type');
  const carrier = columnOf(header, 'Shipping Provider Name');
  const country = columnOf(header, 'Country');
  const warehouse = columnOf(header, 'Warehouse Name');
  const description = header.map((h) => DESCRIPTIONS[String(h)] ?? 'Lihat panduan ekspor pesanan di Seller Center.');
  const rows = lines.map((line) =>
    line.map((cell, c) => {
      if (money[c]) return rupiah(cell);
      if (times[c]) return dayFirst(String(cell));
      if (c === status || c === substatus) return STATUS[String(cell)] ?? cell;
      if (c === type) return RETURN_TYPE[String(cell)] ?? cell;
      if (c === carrier) return CARRIER[String(cell)] ?? cell;
      if (c === country) return 'Indonesia';
      if (c === warehouse) return cell === '' ? cell : 'Gudang Toko Demo (Jakarta)';
      return cell;
    }),
  );
  return [header.slice(), description, ...rows];
}

/** The US demo's analytics export with Indonesian Data Compass headers, Rupiah and day-first dates. */
export function indonesianAnalytics(analytics: readonly (readonly unknown[])[]): unknown[][] {
  const headerRow = analytics.findIndex((row) => row[0] === 'Date');
  const header = analytics[headerRow];
  const names = ANALYTICS_HEADERS_BY_LANGUAGE.id;
  const translated = header.map((h) => {
    const key = (Object.keys(names) as (keyof typeof names)[]).find((k) => ANALYTICS_COLUMNS[k].headers[0] === h);
    return key ? names[key][0] : h;
  });
  const money = header.map((h) => ANALYTICS_MONEY_HEADERS.has(String(h)));
  return analytics.map((row, r) => {
    if (r === headerRow) return translated;
    if (r < headerRow) return row.slice();
    return row.map((cell, c) => (money[c] ? rupiah(cell) : c === 0 ? isoToDayFirst(String(cell)) : cell));
  });
}
