import { ttsCancelRate, ttsCtr, ttsCvr, ttsGmv, ttsOrders, ttsUnits } from '../../../src/core/formulas/kpiFormulas';
import { ANALYTICS_HEADERS_BY_LANGUAGE } from '../../../src/core/markets/analyticsHeaders';
import type { MarketCode } from '../../../src/core/markets/marketCodes';
import { marketProfile } from '../../../src/core/markets/marketProfiles';
import { withSettings } from '../../../src/core/settings/settings';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { withMarket } from '../../../src/core/workbook/settingsTab';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { MARKET_ORDER_HEADER } from '../../fixtures/marketOrderExport';

const HEADER = MARKET_ORDER_HEADER;

/** Per market, a hand-checked export's words: done and cancelled status, the description row's first and Paid Time cells, two amounts and their sum, the cancel type. */
interface MarketExport {
  readonly done: string;
  readonly cancelled: string;
  readonly cancelType: string;
  readonly describe: readonly [string, string];
  readonly amounts: readonly [string, string];
  readonly gmv: number;
}

const EN = {
  done: 'Completed',
  cancelled: 'Cancelled',
  cancelType: 'Cancel',
  describe: ['Platform unique order ID.', 'Time the order was paid.'],
} as const;
const ES = {
  done: 'Completado',
  cancelled: 'Cancelado',
  cancelType: 'Cancelación',
  describe: ['ID de pedido único de la plataforma.', 'Hora de pago del pedido.'],
} as const;

const EXPORTS: Record<MarketCode, MarketExport> = {
  US: { ...EN, amounts: ['$1,234.56', '$10.00'], gmv: 1244.56 },
  UK: { ...EN, amounts: ['£9.99', '£1,000.00'], gmv: 1009.99 },
  ID: {
    done: 'Selesai',
    cancelled: 'Dibatalkan',
    cancelType: 'Pembatalan',
    describe: ['ID pesanan unik platform.', 'Waktu pesanan dibayar.'],
    amounts: ['Rp 50.000', 'Rp 1.250.000'],
    gmv: 1_300_000,
  },
  TH: {
    done: 'สำเร็จแล้ว',
    cancelled: 'ยกเลิกแล้ว',
    cancelType: 'ยกเลิก',
    describe: ['หมายเลขคำสั่งซื้อเฉพาะของแพลตฟอร์ม', 'เวลาที่ชำระเงิน'],
    amounts: ['฿1,234.00', '฿66.00'],
    gmv: 1300,
  },
  MY: {
    done: 'Selesai',
    cancelled: 'Dibatalkan',
    cancelType: 'Pembatalan',
    describe: ['ID pesanan unik platform.', 'Masa pesanan dibayar.'],
    amounts: ['RM 12.30', 'RM 7.70'],
    gmv: 20,
  },
  VN: {
    done: 'Đã hoàn thành',
    cancelled: 'Đã hủy',
    cancelType: 'Hủy',
    describe: ['Mã đơn hàng duy nhất của nền tảng.', 'Thời gian thanh toán.'],
    amounts: ['₫1.234.567', '₫765.433'],
    gmv: 2_000_000,
  },
  PH: { ...EN, amounts: ['₱1,499.00', '₱1.00'], gmv: 1500 },
  SG: { ...EN, describe: ['平台唯一订单号。', '订单付款时间。'], amounts: ['S$12.90', 'S$7.10'], gmv: 20 },
  ES: { ...ES, amounts: ['€1.234,56', '€5,44'], gmv: 1240 },
  DE: {
    done: 'Abgeschlossen',
    cancelled: 'Storniert',
    cancelType: 'Stornierung',
    describe: ['Eindeutige Bestell-ID der Plattform.', 'Zahlungszeitpunkt der Bestellung.'],
    amounts: ['1.234,56 €', '5,44 €'],
    gmv: 1240,
  },
  FR: {
    done: 'Terminée',
    cancelled: 'Annulée',
    cancelType: 'Annulation',
    describe: ['ID de commande unique de la plateforme.', 'Heure de paiement de la commande.'],
    amounts: ['1\u202f234,56 €', '5,44 €'],
    gmv: 1240,
  },
  IT: {
    done: 'Completato',
    cancelled: 'Annullato',
    cancelType: 'Annullamento',
    describe: ['ID ordine univoco della piattaforma.', "Ora di pagamento dell'ordine."],
    amounts: ['€ 1.234,56', '€ 5,44'],
    gmv: 1240,
  },
  IE: { ...EN, amounts: ['€1,234.56', '€5.44'], gmv: 1240 },
  MX: { ...ES, amounts: ['MX$199.00', 'MX$1.00'], gmv: 200 },
  BR: {
    done: 'Concluído',
    cancelled: 'Cancelado',
    cancelType: 'Cancelamento',
    describe: ['ID exclusivo do pedido na plataforma.', 'Hora do pagamento do pedido.'],
    amounts: ['BRL 35,91', 'R$ 4,09'],
    gmv: 40,
  },
  JP: {
    done: '完了',
    cancelled: 'キャンセル済み',
    cancelType: 'キャンセル',
    describe: ['プラットフォーム固有の注文ID。', '注文の支払い日時。'],
    amounts: ['¥1,200', '¥300'],
    gmv: 1500,
  },
};

/** `day`/10/2026 at `time` as the market's exports write it: month first on a 12-hour clock (US, MX, BR, EU; hour unpadded outside the US), else day first on a 24-hour one. */
function paidTime(market: MarketCode, day: number, time: string): string {
  const dd = String(day).padStart(2, '0');
  if (market === 'JP') return `2026/10/${dd} ${time}`;
  if (marketProfile(market).dateOrder.value !== 'MDY') return `${dd}/10/2026 ${time}`;
  const hour = Number(time.slice(0, 2));
  const twelve = String(hour % 12 || 12);
  return `10/${dd}/2026 ${market === 'US' ? twelve.padStart(2, '0') : twelve}${time.slice(2)} ${hour < 12 ? 'AM' : 'PM'}`;
}

function marketExport(market: MarketCode, firstDay = 21, secondDay = 22): CellValue[][] {
  const e = EXPORTS[market];
  const description = HEADER.map((_, c) => (c === 0 ? e.describe[0] : c === 6 ? e.describe[1] : '—'));
  return [
    HEADER,
    description,
    ['583870900000000001\t', e.done, '172900000000000011\t', 'SERUM-30', 1, e.amounts[0], `${paidTime(market, firstDay, '10:15:00')}\t`, '', 0],
    [
      '583870900000000002\t',
      e.cancelled,
      '172900000000000022\t',
      'MASK-05',
      2,
      e.amounts[1],
      `${paidTime(market, secondDay, '18:40:00')}\t`,
      e.cancelType,
      0,
    ],
    ['583870900000000003\t', e.done, '172900000000000011\t', 'SERUM-30', 1, e.amounts[0], '', '', 0], // unpaid: not GMV
  ];
}

const marketSettings = (market: MarketCode) => withMarket({ settings: withSettings(), client: DEFAULT_CLIENT }, market).settings;
const MARKETS = Object.keys(EXPORTS) as MarketCode[];
const settingsTab = (market: MarketCode): CellValue[][] => [
  ['Key', 'Value'],
  ['client.market', market],
];

describe.each(MARKETS)('a hand-checked %s export', (market) => {
  const exported = marketExport(market);
  const settings = marketSettings(market);

  it('gives GMV, orders and cancel rate through the formulas: its money, status words, date order and description row', () => {
    expect(ttsGmv(exported, '', '', '', settings)).toBeCloseTo(EXPORTS[market].gmv, 6);
    expect(ttsOrders(exported, '2026-10-21', '2026-10-22', settings)).toBe(2);
    expect(ttsOrders(exported, '2026-10-22', '2026-10-22', settings)).toBe(1);
    expect(ttsCancelRate(exported, '', '', settings)).toBe(0.5);
  });

  it("refreshes with nothing but the market set: the freshness line in the market's zone", () => {
    const workbook = new MemoryWorkbook({ Orders: exported, Settings: settingsTab(market) }, 'UTC');
    const summary = refreshReadout(workbook, { now: new Date('2026-10-23T02:00:00Z') });
    const zone = marketProfile(market).timeZones.value[0];
    expect(summary.problems).toEqual([]);
    expect(summary.dataThrough).toBe(`2026-10-22 18:40 (${zone})`);
    expect(workbook.peek('TTS · KPIs')![2][0]).toMatch(new RegExp(`^Data through 2026-10-22 18:40, ${zone.replace('/', '\\/')}; refreshed `));
    const healthDefinition = String(workbook.peek('TTS · Health')![1][0]);
    expect(healthDefinition).toContain(`Market ${market}.`);
    if (market === 'US') expect(healthDefinition).not.toContain('Health limits (');
    else expect(healthDefinition).toContain(`Health limits (${market}): `); // no local source: the US limits apply, said in the read-out
    if (!marketProfile(market).dateOrder.sourced) expect(healthDefinition).toContain(`Date order (${market}): `); // UK, SG, JP: no export seen
  });
});

/** The export of `market` moved to 3 November 2026: one day, every day ≤ 12. */
const oneDayExport = (market: MarketCode): CellValue[][] =>
  marketExport(market, 3, 3).map((row) =>
    row.map((cell) => (typeof cell === 'string' ? cell.replace(/^(\d\d\/)?10\/(\d\d\/)?2026/, (_m, d = '', m = '') => `${d}11/${m}2026`) : cell)),
  );
const NOV_4 = { now: new Date('2026-11-04T00:00:00Z') };

describe.each(MARKETS.filter((market) => market !== 'JP'))('a one-day %s export (every day ≤ 12)', (market) => {
  const oneDay = oneDayExport(market);

  it("is read by its own clock (AM/PM: month first; 24-hour: day first), with the market set or none, whatever the market's locale writes", () => {
    for (const workbook of [
      new MemoryWorkbook({ Orders: oneDay }, 'UTC'),
      new MemoryWorkbook({ Orders: oneDay, Settings: settingsTab(market) }, 'UTC'),
    ]) {
      const summary = refreshReadout(workbook, NOV_4);
      expect(summary.problems).toEqual([]);
      expect(summary.dataThrough).toMatch(/^2026-11-03 18:40 /);
    }
  });

  it('is refused, naming both readings, when its dates carry no clock and its market has no source for their order', () => {
    const dateOnly = oneDay.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace(/^(\d\d\/\d\d\/2026) .*$/s, '$1') : cell)));
    const summary = refreshReadout(new MemoryWorkbook({ Orders: dateOnly, Settings: settingsTab(market) }, 'UTC'), NOV_4);
    if (marketProfile(market).dateOrder.sourced) expect(summary.problems).toEqual([]);
    else
      expect(summary.problems[0]).toMatch(
        /^Orders: row 3, column G 'Paid Time': a date that reads as 2026-11-03 \(day first\) or 2026-03-11 \(month first\)/,
      );
  });
});

describe.each(Object.entries(ANALYTICS_HEADERS_BY_LANGUAGE))('Data Compass headers in %s', (_language, headers) => {
  const table = [
    [
      headers.date[0],
      headers.productName[0],
      'GMV',
      headers.orders[0],
      headers.itemsSold[0],
      headers.customers[0],
      headers.visitors[0],
      headers.impressions[0],
      headers.clicks[0],
    ],
    ['2026-10-21', 'Serum', 120, 3, 4, 3, 60, 1000, 50],
    ['2026-10-22', 'Serum', 80, 2, 2, 2, 40, 1000, 30],
  ];

  it('are found for every analytics metric', () => {
    const settings = withSettings();
    expect(ttsGmv(table, '', '', '', settings)).toBe(200);
    expect(ttsOrders(table, '', '', settings)).toBe(5);
    expect(ttsUnits(table, '', '', settings)).toBe(6);
    expect(ttsCtr(table, '', '', settings)).toBeCloseTo(80 / 2000, 12);
    expect(ttsCvr(table, '', '', settings)).toBeCloseTo(5 / 100, 12);
    expect(ttsOrders(table, '2026-10-22', '2026-10-22', settings)).toBe(2);
  });
});
