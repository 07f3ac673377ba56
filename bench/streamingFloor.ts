// The floor the jobs are measured against: exceljs's streaming writer writes the rows as one sheet, its streaming reader reads them back.
import { readFileSync } from 'node:fs';
import { stream } from 'exceljs';
import { readCsv } from '../src/local/import/readCsv';
import { csvCellValue } from '../src/local/import/csvCellValue';

async function roundTrip(csvPath: string, xlsxPath: string): Promise<void> {
  const rows = readCsv(readFileSync(csvPath, 'utf8'));
  const started = performance.now();
  const writer = new stream.xlsx.WorkbookWriter({ filename: xlsxPath });
  const sheet = writer.addWorksheet('Orders');
  for (const row of rows) sheet.addRow(row.map(csvCellValue)).commit();
  sheet.commit();
  await writer.commit();
  let cells = 0;
  for await (const worksheet of new stream.xlsx.WorkbookReader(xlsxPath, {})) {
    for await (const row of worksheet) cells += (row.values as unknown[]).length;
  }
  if (cells < rows.length) throw new Error(`read back ${cells} cells for ${rows.length} rows`);
  console.log(`roundTripMs ${performance.now() - started}`); // the CSV parse before it is left out: a stricter floor
}

roundTrip(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
