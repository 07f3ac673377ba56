import fc from 'fast-check';
import { ttsPivot, type Cell } from '../../../src/core/formulas/pivotFormula';
import { withSettings } from '../../../src/core/settings/settings';
import { dayFromParts, formatDay, startOfWeek } from '../../../src/core/values/calendarDay';
import { KPI_ORDER_HEADERS } from '../../fixtures/smallOrderExport';

// A model of the pivot written the plain way (one object per line, Sets of order IDs), checked
// against the engine on random exports: groups, distinct orders, ratios of sums, the Total row.

interface ModelLine {
  order: number;
  sku: string;
  cents: number;
  quantity: number;
  paidDay: number | null;
  cancelled: boolean;
  refunded: boolean;
}

const FIRST_DAY = dayFromParts(2026, 10, 1);
const SKUS = ['MUG-01', 'TEE-02', 'CAP-03', 'BAG-04'];

const orderArb = fc.record({
  lines: fc.array(
    fc.record({ sku: fc.constantFrom(...SKUS), cents: fc.integer({ min: 0, max: 250_000 }), quantity: fc.integer({ min: 1, max: 4 }) }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  paidDay: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  cancelled: fc.boolean(),
  refunded: fc.boolean(),
  hour: fc.integer({ min: 1, max: 12 }),
  textAmounts: fc.boolean(),
});

type OrderInput = typeof orderArb extends fc.Arbitrary<infer T> ? T : never;

function exportOf(orders: OrderInput[]): { rows: unknown[][]; lines: ModelLine[] } {
  const rows: unknown[][] = [KPI_ORDER_HEADERS];
  const lines: ModelLine[] = [];
  orders.forEach((order, o) => {
    const paid = order.paidDay === null ? null : FIRST_DAY + order.paidDay;
    const paidText =
      paid === null ? '' : `${formatDay(paid).slice(5, 7)}/${formatDay(paid).slice(8)}/2026 ${String(order.hour).padStart(2, '0')}:30:00 PM\t`;
    const refund = order.refunded && !order.cancelled ? 5 : 0;
    for (const line of order.lines) {
      const amount = order.textAmounts ? `$${(line.cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}` : line.cents / 100;
      rows.push([
        `5760000000${o}\t`,
        order.cancelled ? 'Cancelled' : 'Completed',
        order.refunded && !order.cancelled ? 'Return/Refund' : '',
        line.sku,
        line.quantity,
        amount,
        refund,
        paidText,
      ]);
      lines.push({
        order: o,
        sku: line.sku,
        cents: line.cents,
        quantity: line.quantity,
        paidDay: paid,
        cancelled: order.cancelled,
        refunded: refund > 0,
      });
    }
  });
  return { rows, lines };
}

function modelPivot(lines: ModelLine[], groupOf: (line: ModelLine) => string): Cell[][] {
  const paid = lines.filter((line) => line.paidDay !== null);
  const summarise = (group: ModelLine[]): Cell[] => {
    const orders = new Set(group.map((l) => l.order));
    const cancelled = new Set(group.filter((l) => l.cancelled).map((l) => l.order));
    const refunded = new Set(group.filter((l) => l.refunded).map((l) => l.order));
    const gmv = group.reduce((sum, l) => sum + l.cents, 0) / 100;
    const units = group.reduce((sum, l) => sum + l.quantity, 0);
    return [
      gmv,
      orders.size,
      units,
      orders.size ? gmv / orders.size : '',
      orders.size ? refunded.size / orders.size : '',
      orders.size ? cancelled.size / orders.size : '',
    ];
  };
  const groups = [...new Set(paid.map(groupOf))].sort();
  return [...groups.map((g) => [g, ...summarise(paid.filter((l) => groupOf(l) === g))]), ['Total', ...summarise(paid)]];
}

const METRICS = 'GMV, Orders, Units, AOV, Refund rate, Cancel rate';

function expectSameTable(actual: Cell[][], expected: Cell[][]): void {
  expect(actual.map((row) => row[0])).toEqual(expected.map((row) => row[0]));
  actual.forEach((row, r) =>
    row.slice(1).forEach((cell, c) => {
      const want = expected[r][c + 1];
      if (typeof want === 'number') expect(cell).toBeCloseTo(want, 6);
      else expect(cell).toBe(want);
    }),
  );
}

describe('TTS_PIVOT against a plain model on random exports', () => {
  const settings = withSettings({ dateOrder: 'MDY' }); // a US export: month first

  it('by Seller SKU', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 1, maxLength: 25 }), (orders) => {
        const { rows, lines } = exportOf(orders);
        expectSameTable(
          ttsPivot(rows, 'Seller SKU', METRICS, '', '', settings).slice(1),
          modelPivot(lines, (l) => l.sku),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('by week, Monday start', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 1, maxLength: 25 }), (orders) => {
        const { rows, lines } = exportOf(orders);
        expectSameTable(
          ttsPivot(rows, 'week', METRICS, '', '', settings).slice(1),
          modelPivot(lines, (l) => formatDay(startOfWeek(l.paidDay!, 1))),
        );
      }),
      { numRuns: 150 },
    );
  });
});
