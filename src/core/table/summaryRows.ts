import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';

/**
 * Words that open the label of a totals, average or change row, in the Seller Center languages (`Total nilai penjualan`,
 * `Perubahan persentase`, `Tổng`, `รวม`, `合計`): such a row sums or compares the days under it and is never a day itself.
 */
const SUMMARY_WORDS = [
  'total',
  'totals',
  'grand total',
  'subtotal',
  'sum',
  'average',
  'avg',
  'mean',
  'change',
  '% change',
  'percentage change',
  'jumlah',
  'rata-rata',
  'perubahan',
  'purata',
  'tổng',
  'tổng cộng',
  'trung bình',
  'thay đổi',
  'รวม',
  'ทั้งหมด',
  'เฉลี่ย',
  'การเปลี่ยนแปลง',
  'totale',
  'promedio',
  'media',
  'cambio',
  'variación',
  'gesamt',
  'insgesamt',
  'summe',
  'durchschnitt',
  'änderung',
  'veränderung',
  'moyenne',
  'évolution',
  'variation',
  'variazione',
  'média',
  'variação',
  '合計',
  '総計',
  '平均',
  '増減',
  '合计',
  '总计',
  '变化',
];

const SUMMARY_LABEL = new RegExp(`^(?:${SUMMARY_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})`, 'iu');

/** Whether a cell is the label of a totals, average or change row. */
export function isSummaryLabel(cell: unknown): boolean {
  return typeof cell === 'string' && SUMMARY_LABEL.test(cleanText(cell).toLowerCase());
}

/**
 * A totals, average or change row of an analytics table: its date cell holds such a label (the Indonesian shop
 * analytics put `Total nilai penjualan` there), or its first filled cell is nothing but one (`Total`, `合计`), so a
 * product named "Total Glow Serum" stays a product.
 */
export function isSummaryRow(row: readonly unknown[], dateCol: number): boolean {
  if (dateCol >= 0 && isSummaryLabel(row[dateCol])) return true;
  const first = row.find((cell) => !isBlank(cell));
  return typeof first === 'string' && SUMMARY_WORDS.includes(cleanText(first).toLowerCase().replace(/[:.]$/, ''));
}
