import { healthReport, prepareHealth } from '../../../src/core/health/healthReport';
import { VERDICT } from '../../../src/core/health/orderVerdicts';
import { validTrackingDecisions } from '../../../src/core/health/validTrackingRate';
import { DEFAULT_HEALTH_SETTINGS } from '../../../src/core/settings/healthSettings';
import { withSettings } from '../../../src/core/settings/settings';
import { HEADERS, orderExport } from './orderExport';

const settings = withSettings({ health: { ...DEFAULT_HEALTH_SETTINGS, minimumOrders: 1 } });
const UPS = '1Z999AA10123456784';

/** Per line: [order, package, tracking]; the order-level cells come from the order's spec. */
const LINES: readonly [string, string, string][] = [
  ['A', 'P1', UPS], // A ships in two packages: P1 with a valid number…
  ['A', 'P1', UPS],
  ['A', 'P2', ''], // …and P2 without one
  ['B', 'P3', ''], // one package whose number is on its second line
  ['B', 'P3', UPS],
  ['C', '', 'N/A'], // no Package ID: its order's own package, no number
  ['D', 'P4', ''], // FBT: left out
];

function exportWith(packageColumn: boolean): unknown[][] {
  const headers = packageColumn ? [...HEADERS, 'Package ID'] : HEADERS;
  const specs = ['A', 'B', 'C', 'D'].map((id) => ({
    id,
    paid: '2026-11-16 09:00',
    shipped: '2026-11-17 10:00',
    carrier: 'UPS',
    fbt: id === 'D',
    lines: LINES.filter(([order]) => order === id).length,
  }));
  const values = orderExport(specs, headers);
  LINES.forEach(([, pkg, tracking], i) => {
    const row = values[i + 2];
    row[headers.indexOf('Tracking ID')] = tracking;
    if (packageColumn) row[headers.indexOf('Package ID')] = pkg ? `${pkg}\t` : '';
  });
  return values;
}

const vtr = (values: unknown[][]) => healthReport(values, { asOf: '2026-11-22', metrics: ['VTR'] }, settings).rows[0];

describe('VTR by package', () => {
  it("counts each 'Package ID' once, as the hand count does: P1 and P3 valid, P2 and C's package without a number", () => {
    const row = vtr(exportWith(true));
    expect(row).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(row.note).toContain('2 of 4 packages shipped (FBT left out) have a valid tracking number; 2 missing, 0 not plausible');
    expect(row.note).toContain("Packages counted by 'Package ID'");
  });

  it('counts orders, and says so, when the export has no Package ID column', () => {
    const row = vtr(exportWith(false));
    expect(row).toMatchObject({ numerator: 2, denominator: 3 });
    expect(row.note).toContain("Orders counted: the export has no 'Package ID' column");
  });

  it('marks an order against the shop, for the evidence pack, when one of its packages has no valid number', () => {
    const { verdicts } = validTrackingDecisions(prepareHealth(exportWith(true), { asOf: '2026-11-22', metrics: ['VTR'] }, settings));
    expect([...verdicts]).toEqual([VERDICT.against, VERDICT.fine, VERDICT.against, VERDICT.notCounted]); // A (P2), B, C, D (FBT)
  });
});
