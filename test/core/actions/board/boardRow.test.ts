import { boardRow, sortBoard, type BoardRow } from '../../../../src/core/actions/board/agencyBoard';
import { SHEETS_SURFACE } from '../../../../src/core/workbook/surface';
import { refreshAndCount } from '../../../../src/core/actions/refreshAndCount';
import { MemoryWorkbook } from '../../../../src/core/workbook/memoryWorkbook';
import type { CellValue } from '../../../../src/core/workbook/workbookPort';
import { renderOrders } from '../../../../src/demo/orderExport';
import { simulate } from '../../../../src/demo/simulate';
import { demoTrackerTabs } from '../../../../src/demo/trackerTabs';
import { NOW, ZONE } from '../../workbook/clientFixture';

/** A demo client from the generator, 5 weeks to Sunday 22 November: `trouble` 1 is AT RISK, 0.8 WATCH, 0.5 healthy. */
function client(name: string, trouble: number): MemoryWorkbook {
  const orders = renderOrders(simulate({ seed: 1, endDay: '2026-11-22', days: 35, trouble }).orders, 1);
  const settings: CellValue[][] = [
    ['Key', 'Value'],
    ['client.name', name],
    ['client.market', 'US'],
  ];
  return new MemoryWorkbook({ Settings: settings, Orders: orders as CellValue[][] }, ZONE);
}

const statuses = (row: BoardRow): string[] => row.health.map((h) => `${h.metric} ${h.status}`);

describe('the agency board', () => {
  const risk = client('Risk Co', 1);

  it('has one row per workbook, worst first: AT RISK, then overdue orders, then a workbook that cannot be read', () => {
    const rows = [
      boardRow(client('Healthy Co', 0.5), { file: 'healthy.xlsx' }, NOW),
      boardRow(new MemoryWorkbook({ Settings: [['Key', 'Value']] }, ZONE), { file: 'broken.xlsx' }, NOW),
      boardRow(risk, { file: 'risk.xlsx' }, NOW),
      boardRow(client('Watch Co', 0.8), { file: 'watch.xlsx' }, NOW),
    ];
    const sorted = sortBoard(rows);
    // Every demo shop has a few late orders still unshipped on Monday morning: more overdue ranks higher, above WATCH.
    expect(sorted.map((row) => [row.file, row.ordersDue?.overdue])).toEqual([
      ['risk.xlsx', 9],
      ['healthy.xlsx', 5],
      ['watch.xlsx', 4],
      ['broken.xlsx', undefined],
    ]);
    const [atRisk, healthy, watch, broken] = sorted;
    expect(statuses(atRisk)).toContain('LDR AT RISK');
    expect(statuses(watch)).toEqual(['LDR WATCH', 'VTR OK', 'SFCR OK', 'Cancel rate WATCH', 'Refund rate OK']);
    expect(statuses(healthy)).toEqual(['LDR OK', 'VTR OK', 'SFCR OK', 'Cancel rate OK', 'Refund rate OK']);
    expect(broken).toMatchObject({ client: '', health: [], ordersDue: null });
    expect(broken.error).toMatch(/^No 'Orders' tab/);
    expect(atRisk).toMatchObject({ client: 'Risk Co', market: 'US', vtrCounts: 'packages', error: null, lastSignOff: null, lastExport: null });
    expect(atRisk.health.find((h) => h.metric === 'LDR')!.warning).toMatch(/^Over the 4% limit by \d+ late shipments/);
  });

  it("shows the same numbers as the client's own read-out on the same data", () => {
    const summary = refreshAndCount(risk, NOW, SHEETS_SURFACE);
    const row = boardRow(risk, { file: 'risk.xlsx' }, NOW);
    expect(row.health.map(({ metric, status, value }) => ({ metric, status, value }))).toEqual(summary.health);
    expect(row.gmv).toEqual({ current: summary.gmvWoW!.current, previous: summary.gmvWoW!.previous });
    expect(row.qa).toEqual({ errors: summary.qaCounts!.ERROR, warnings: summary.qaCounts!.WARNING });
    expect(row.dataThrough).toBe(summary.dataThrough);
    expect(row.refreshedAt).toBe(NOW.toISOString());
  });

  it('lists the open action items and 30-60-90 milestones due this week (Monday 23 to Sunday 29 November)', () => {
    for (const tab of demoTrackerTabs(ZONE)) risk.writeTab({ name: tab.name, values: [['Instruction'], tab.headers.slice(), ...tab.rows] });
    const row = boardRow(risk, { file: 'risk.xlsx' }, NOW);
    expect(row.trackerDue.map((item) => `${item.tab} ${item.due}: ${item.text}`)).toEqual([
      'Action items 2026-11-25: Correct listing prices and promotion eligibility before Black Friday',
      'Action items 2026-11-27: Move the carrier pickup to 2 pm so orders paid before noon ship the same day',
      '30-60-90 plan 2026-11-25: Correct every listing error before the sale',
      '30-60-90 plan 2026-11-27: Ship orders paid before noon the same day (2 pm pickup)',
    ]);
  });
});
