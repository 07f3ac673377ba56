/**
 * Writes the demo clients' exports to examples/: CSVs (as Seller Center downloads them) and an .xlsx
 * with tabs Orders and Analytics for the US shop and for the Indonesian one. Same seed, same bytes. Usage: tsx scripts/demo-data.ts [seed]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_SEED, generateDemoClient } from '../src/demo/generateDemoClient';
import { DEMO_ID_XLSX, DEMO_XLSX, demoCsvFiles, generateIndonesianDemoClient } from '../src/demo/demoFiles';
import { pinZipDates } from '../src/demo/zipDates';

/** Every date inside the workbook (document properties and zip entries). */
const FIXED_DATE = new Date(Date.UTC(2026, 10, 23, 0, 0, 0));

async function xlsx(client: { orders: unknown[][]; analytics: unknown[][] }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TTS Ops demo data';
  workbook.lastModifiedBy = 'TTS Ops demo data';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  workbook.addWorksheet('Orders').addRows(client.orders);
  workbook.addWorksheet('Analytics').addRows(client.analytics);
  const buffer = await workbook.xlsx.writeBuffer();
  return pinZipDates(new Uint8Array(buffer as ArrayBuffer), FIXED_DATE);
}

async function main(): Promise<void> {
  const seed = process.argv[2] === undefined ? DEMO_SEED : Number(process.argv[2]);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${process.argv[2]}`);
  const outDir = path.join(__dirname, '..', 'examples');
  mkdirSync(outDir, { recursive: true });
  const client = generateDemoClient(seed);
  const files: [string, Uint8Array | string][] = [
    ...Object.entries(demoCsvFiles(client)),
    [DEMO_XLSX, await xlsx(client)],
    [DEMO_ID_XLSX, await xlsx(generateIndonesianDemoClient(client))],
  ];
  for (const [name, content] of files) {
    writeFileSync(path.join(outDir, name), content);
    const sha = createHash('sha256').update(content).digest('hex');
    console.log(`${sha}  examples/${name}`);
  }
  console.log(`seed ${seed}: ${client.orders.length - 2} order lines, ${client.analytics.length - 3} analytics rows`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
