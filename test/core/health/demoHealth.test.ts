import { addBusinessDays, dayOf, parseDay } from '../../../src/demo/calendar';
import { BAD_TRACKING } from '../../../src/demo/carriers';
import { renderOrders } from '../../../src/demo/orderExport';
import { simulate, type SimOrder } from '../../../src/demo/simulate';
import { healthReport } from '../../../src/core/health/healthReport';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

/**
 * A realistic run: the demo generator's 90-day US export, checked against the simulation's own
 * ground truth (its business-day calendar, its tracking numbers, its cancel reasons), which shares
 * no code with the health core.
 */
describe('health of the demo export', () => {
  const options = { seed: 7, endDay: '2026-11-22', days: 90 };
  const simulation = simulate(options);
  const values = renderOrders(simulation.orders, options.seed);
  const report = healthReport(values, {}, DEFAULT_SETTINGS);
  const lastDay = parseDay(options.endDay);
  const inWindow = (moment: number | undefined): moment is number => moment !== undefined && dayOf(moment) > lastDay - 30 && dayOf(moment) <= lastDay;
  const count = (orders: SimOrder[], test: (o: SimOrder) => boolean): number => orders.filter(test).length;
  const row = (metric: string) => report.rows.find((r) => r.metric === metric)!;

  it('ends the default 30-day window on the export day', () => {
    expect(report.asOf).toBe(lastDay);
  });

  it('LDR matches the simulated late shipments', () => {
    const shipped = simulation.orders.filter((o) => !o.fbt && inWindow(o.shipped));
    const late = count(shipped, (o) => dayOf(o.shipped!) > addBusinessDays(dayOf(o.paid!), 2));
    expect(row('LDR')).toMatchObject({ numerator: late, denominator: shipped.length });
    expect(shipped.length).toBeGreaterThan(1000);
  });

  it('VTR flags exactly the simulated bad tracking numbers', () => {
    const shipped = simulation.orders.filter((o) => !o.fbt && inWindow(o.shipped));
    const valid = count(shipped, (o) => !BAD_TRACKING.includes(o.trackingId));
    expect(row('VTR')).toMatchObject({ numerator: valid, denominator: shipped.length });
    expect(valid).toBeLessThan(shipped.length);
  });

  it('SFCR counts seller cancellations and failures to ship, not buyer or delivery-failure ones', () => {
    const paid = simulation.orders.filter((o) => !o.fbt && inWindow(o.paid));
    const sellerFault = count(
      paid,
      (o) => o.status === 'Cancelled' && (o.cancelBy === 'Seller' || (o.cancelBy === 'System' && o.cancelReason === 'Failed to ship in time')),
    );
    expect(row('SFCR')).toMatchObject({ numerator: sellerFault, denominator: paid.length });
    expect(count(paid, (o) => o.cancelReason === 'Package delivery failed' && o.status === 'Cancelled')).toBeGreaterThan(0);
  });

  it('Cancel rate and Refund rate count every paid order, FBT included', () => {
    const paid = simulation.orders.filter((o) => inWindow(o.paid));
    expect(row('Cancel rate')).toMatchObject({ numerator: count(paid, (o) => o.status === 'Cancelled'), denominator: paid.length });
    expect(row('Refund rate')).toMatchObject({ numerator: count(paid, (o) => o.cancelType === 'Return/Refund'), denominator: paid.length });
  });
});
