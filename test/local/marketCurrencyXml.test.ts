import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { MARKET_CODES } from '../../src/core/markets/marketCodes';
import { marketProfile } from '../../src/core/markets/marketProfiles';
import { importOrders } from '../../src/core/actions/importOrders';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../src/core/actions/setupWorkbook';
import { INPUT_TABS } from '../../src/core/workbook/tabNames';
import { ZipArchive } from '../../src/local/xlsx/zipArchive';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { XlsxWorkbook } from '../../src/local/xlsx/xlsxWorkbook';
import { MARKET_ORDER_HEADER } from '../fixtures/marketOrderExport';
import { excelView } from './excelView';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

/** Two paid lines with unambiguous ISO times and plain amounts: any market reads them. */
const EXPORT = [
  MARKET_ORDER_HEADER,
  ['583870900000000001', 'Completed', '172900000000000011', 'SERUM-30', 1, 150, '2026-11-03 10:15:00', '', 0],
  ['583870900000000002', 'Completed', '172900000000000022', 'MASK-05', 2, 300, '2026-11-03 19:40:00', '', 0],
];

/** The parts of a saved file that are not well-formed XML, with the parser's reason. */
function malformedParts(path: string): string[] {
  const zip = new ZipArchive(readFileSync(path));
  const problems: string[] = [];
  for (const name of zip.entries.keys()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    try {
      new SaxesParser({ xmlns: true }).write(zip.read(name)!.toString('utf8')).close();
    } catch (error) {
      problems.push(`${name}: ${String(error)}`);
    }
  }
  return problems;
}

describe('a workbook set up, imported and refreshed for each market', () => {
  it.each(MARKET_CODES)('%s: every XML part it writes parses, and exceljs reads the GMV in the market’s currency', async (market) => {
    const path = join(folder(), 'client.xlsx');
    const created = new XlsxWorkbook();
    setupWorkbook(created, market);
    await saveXlsx(created, path);

    const workbook = await openXlsx(path);
    const imported = importOrders(workbook.readTab(INPUT_TABS.orders), EXPORT, 'orders.csv');
    workbook.updateCells(INPUT_TABS.orders, imported.values);
    expect(refreshReadout(workbook, { now: new Date('2026-11-04T12:00:00Z') }).tabsWritten).toContain('TTS · KPIs');
    await saveXlsx(workbook, path);

    expect(malformedParts(path)).toEqual([]);
    const book = await excelView(path);
    const gmv = book.getWorksheet('TTS · KPIs')?.getCell('B7');
    expect([gmv?.value, gmv?.numFmt.replace(/"/g, '')]).toEqual([
      450,
      expect.stringContaining(`${marketProfile(market).currency.value.symbol}#,##0`),
    ]);
  });
});

it("a user's tab named with a replacement pattern (`Costs $&`) keeps its name when the product adds its tabs", async () => {
  const path = join(folder(), 'client.xlsx');
  const created = new XlsxWorkbook();
  created.writeTab({ name: 'Costs $&', values: [['SKU', 'Cost']] });
  await saveXlsx(created, path);
  const workbook = await openXlsx(path);
  setupWorkbook(workbook, 'BR');
  await saveXlsx(workbook, path);

  expect(malformedParts(path)).toEqual([]);
  expect((await excelView(path)).worksheets.map((sheet) => sheet.name)).toContain('Costs $&');
});
