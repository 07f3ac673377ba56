import { runChecklist } from '../../../src/core/actions/check';
import { buildClientUpdate } from '../../../src/core/actions/export/buildClientUpdate';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { READOUT_TABS } from '../../../src/core/workbook/tabNames';
import { SETTINGS_TAB, twoWeekWorkbook } from '../report/reportFixture';

const NOW = new Date('2026-11-23T17:00:00Z');
const NBSP = '\u00a0';

/** The cancel rate's 5% limit, as the Health read-out, the checklist and the client update of one shop write it. */
function cancelLimitEverywhere(market: string): string[] {
  const workbook = twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.market', market]] });
  refreshReadout(workbook, { now: NOW });
  const health = workbook.written(READOUT_TABS.health)!.values.find((row) => row[0] === 'Cancel rate')!;
  const finding = runChecklist(workbook, NOW)
    .groups.flatMap((group) => group.findings)
    .find((f) => f.check === 'health-cancel-rate')!;
  const update = buildClientUpdate(workbook, { cadence: 'wbr', now: NOW, signOffLine: '' });
  const item = update.health.items.find((h) => h.metric === 'Cancel rate')!;
  return [String(health[2]), /target (≤ [^;]+);/.exec(finding.message)![1], item.target];
}

describe('one shop writes a number one way on every surface', () => {
  it.each([
    ['US', '≤ 5%'],
    ['DE', `≤ 5${NBSP}%`],
    ['ID', '≤ 5%'],
    ['JP', '≤ 5%'],
  ])('%s: the health read-out, the checklist and the client update write the cancel-rate limit as %s', (market, written) => {
    expect(cancelLimitEverywhere(market)).toEqual([written, written, written]);
  });
});
