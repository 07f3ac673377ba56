import { evidencePack } from '../../../src/core/health/evidence/evidencePack';
import { reportFormat } from '../../../src/core/format/reportFormat';
import { evidenceBlocks } from '../../../src/core/report/evidenceBlocks';
import { withSettings } from '../../../src/core/settings/settings';
import { dayFromParts } from '../../../src/core/values/calendarDay';
import { evidenceExport, EXEMPT_DAY, WINDOW } from '../health/evidenceExport';

const settings = withSettings({ timeZone: 'America/Los_Angeles' });
const format = reportFormat('USD', 'US', '.');
const day = (text: string): number => dayFromParts(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10));

/** The pack's dispute grounds list, as the Doc, HTML and Markdown show it. */
function groundsText(values: unknown[][]): string {
  const pack = evidencePack(values, { metric: 'LDR', from: day(WINDOW.from), to: day(WINDOW.to), exemptDays: [EXEMPT_DAY], format }, settings);
  const list = evidenceBlocks(pack, format).find((block) => block.kind === 'list');
  return JSON.stringify(list);
}

describe("evidence pack: the rules' texts name the export's own columns", () => {
  it("a UK export's ready-to-ship column is named 'RTH Time', as its header says", () => {
    const uk = evidenceExport().map((row, r) => (r === 0 ? row.map((h) => (h === 'RTS Time' ? 'RTH Time' : h)) : row));
    const text = groundsText(uk);
    expect(text).toContain("'RTH Time' is at or before the dispatch deadline");
    expect(text).not.toContain('RTS Time');
  });

  it("a US export's stays 'RTS Time'", () => {
    expect(groundsText(evidenceExport())).toContain("'RTS Time' is at or before the dispatch deadline");
  });
});

describe('evidence pack: a regional source is named as regional', () => {
  it("a US pack cites the Thai Seller University page as Thailand's, not as the shop's market's", () => {
    expect(groundsText(evidenceExport())).toContain('Seller University (Thailand)), https://seller-th.tiktok.com/');
  });
});

describe("evidence pack: the timeline's days are written as the market writes them", () => {
  it("a UK pack's chart says 19 Nov, not the month-first 11-19", () => {
    const uk = reportFormat('GBP', 'UK', '.');
    const pack = evidencePack(evidenceExport(), { metric: 'LDR', from: day(WINDOW.from), to: day(WINDOW.to), format: uk }, settings);
    const chart = evidenceBlocks(pack, uk).find((block) => block.kind === 'chart');
    expect(chart?.kind === 'chart' && [chart.trend.title, chart.trend.points[3].label]).toEqual([
      'Daily LDR by shipped day, limit ≤ 4%; orders counted against the shop on 19 Nov (2), 20 Nov (1), 25 Nov (1), 28 Nov (1)',
      '19 Nov',
    ]);
  });
});
