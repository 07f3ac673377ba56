import { buildClientUpdate } from '../../../src/core/actions/export/buildClientUpdate';
import { reportBlocks, scorecardTable, SPARK_TO_DATE_NOTE } from '../../../src/core/report/reportBlocks';
import { renderHtml } from '../../../src/core/report/render/htmlReport';
import { renderMarkdown } from '../../../src/core/report/render/markdownReport';
import { sparklineSvg } from '../../../src/core/report/render/svgCharts';
import { sparkText } from '../../../src/core/report/sparkText';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { ordersTab, SETTINGS_TAB, type Line } from './reportFixture';

/** One order on each of these days: January to March 2026, the data through 29 March. */
const PAID = ['2026-01-10 09:00', '2026-02-10 12:00', '2026-02-20 12:00', '2026-03-10 12:00', '2026-03-29 12:00'];
const workbook = (): MemoryWorkbook =>
  new MemoryWorkbook(
    { Orders: ordersTab(PAID.map((time, i): Line => [String(i), 'Completed', '', 'A', 1, 10 * (i + 1), 0, time])), Settings: SETTINGS_TAB },
    'America/Los_Angeles',
  );
const mbr = (toDate: boolean) => buildClientUpdate(workbook(), { cadence: 'mbr', asOf: '2026-03-29', toDate, now: new Date(), signOffLine: '' });

describe('a sparkline whose last point is a period to date', () => {
  it('is marked in text (◦) and drawn hollow; a whole last period is not', () => {
    expect([sparkText([1, 2, null, 4]), sparkText([1, 2, null, 4], true)]).toEqual(['▁▃ █', '▁▃ █◦']);
    expect(sparklineSvg([1, 2, 4], 'trend')).toMatch(/<circle [^>]*fill="#12376f"\/>/);
    expect(sparklineSvg([1, 2, 4], 'trend', true)).toMatch(/<circle [^>]*fill="#ffffff" stroke="#12376f"\/>/);
  });

  it('the MBR to date marks every scorecard sparkline and adds the legend, in HTML and Markdown; the last complete month does neither', () => {
    const toDate = mbr(true);
    const gmv = scorecardTable(toDate).rows.find((row) => row[0].text === 'GMV')!;
    expect(gmv.at(-1)).toMatchObject({ spark: [null, null, null, null, 50, 90], sparkToDate: true });
    expect(reportBlocks(toDate)).toContainEqual({ kind: 'note', text: SPARK_TO_DATE_NOTE });
    expect(renderMarkdown(toDate)).toMatch(/\| GMV \| \$90\.00 \|[^\n]*\| +▁█◦ \|\n/);
    expect(renderHtml(toDate)).toContain('aria-label="trend; the last point is to date"');

    const february = mbr(false);
    expect(scorecardTable(february).rows.every((row) => !row.at(-1)?.sparkToDate)).toBe(true);
    expect(reportBlocks(february)).not.toContainEqual({ kind: 'note', text: SPARK_TO_DATE_NOTE });
    expect(renderMarkdown(february)).not.toContain('◦');
  });
});
