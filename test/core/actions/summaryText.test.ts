import { refreshSummaryText } from '../../../src/core/actions/summaryText';
import type { RefreshSummary } from '../../../src/core/actions/refreshReadout';

const NBSP = '\u00a0';

const summary = (currency: string, market: RefreshSummary['market']): RefreshSummary => ({
  tabsWritten: ['TTS · KPIs'],
  gmvWoW: { current: 14_830.36, previous: 15_161.31, change: 14_830.36 - 15_161.31, changePercent: 14_830.36 / 15_161.31 - 1 },
  currency,
  market,
  health: [{ metric: 'LDR', status: 'AT RISK', value: 0.045 }],
  qaCounts: { ERROR: 0, WARNING: 1, INFO: 0 },
  dataThrough: '2026-11-22 23:47 (Europe/Berlin)',
  problems: [],
});

describe('refreshSummaryText', () => {
  it('writes the GMV and health lines in the market’s convention: a German shop reads 14.830,36 € and 4,5 %', () => {
    const lines = refreshSummaryText(summary('EUR', 'DE')).split('\n');
    expect(lines[2]).toBe(`GMV last 7 days: 14.830,36${NBSP}€ (−2,2${NBSP}% WoW; previous 15.161,31${NBSP}€).`);
    expect(lines[3]).toBe(`Health: LDR AT RISK (4,5${NBSP}%).`);
  });

  it('writes a US shop’s the US way', () => {
    const lines = refreshSummaryText(summary('USD', 'US')).split('\n');
    expect(lines[2]).toBe('GMV last 7 days: $14,830.36 (−2.2% WoW; previous $15,161.31).');
    expect(lines[3]).toBe('Health: LDR AT RISK (4.5%).');
  });
});
