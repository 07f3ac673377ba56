import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { zipEntries } from '../../src/local/xlsx/zipDirectory';
import { checkZipLimits, DEFAULT_ZIP_LIMITS, zipLimits } from '../../src/local/xlsx/zipLimits';
import { useTempFolder } from '../local/tempFolder';
import { runCli } from './hostileCli';
import { deflatedZeros, partsOf, zipOf, type ZipPart } from './zipFixtures';

const folder = useTempFolder();
const MB = 1024 * 1024;
const DEMO = resolve(__dirname, '../../examples/demo-client.xlsx');

/** 3 GiB of zeros in 48 parts of 64 MiB, each about 64 KB deflated: a 3 MB file. */
function bomb(): Buffer {
  const deflated = deflatedZeros(64 * MB);
  const parts: ZipPart[] = Array.from({ length: 48 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, deflated, declaredSize: 64 * MB }));
  return zipOf(parts);
}

/** Sum of the declared uncompressed sizes of a zip. */
const expandedSize = (bytes: Buffer): number => (zipEntries(bytes) ?? []).reduce((sum, entry) => sum + entry.uncompressed, 0);

describe('zip bombs and oversized workbooks are refused before inflating', () => {
  it('refuses a 3 GiB-expanding .xlsx with one line, from refresh and from import-orders', async () => {
    writeFileSync(join(folder(), 'bomb.xlsx'), bomb());
    writeFileSync(join(folder(), 'client.xlsx'), readFileSync(DEMO));
    const refresh = await runCli(['refresh', join(folder(), 'bomb.xlsx'), '--out', join(folder(), 'out.xlsx')]);
    const line =
      /^tts-ops: .*bomb\.xlsx looks like a zip bomb: its part 'xl\/worksheets\/sheet1\.xml' expands \d{3,} times \(to 64 MB; limit 200 times\)\. Not opened\.$/;
    expect(refresh.code).toBe(1);
    expect(refresh.err.trimEnd().split('\n').pop()).toMatch(line);
    const imported = await runCli(['import-orders', join(folder(), 'bomb.xlsx'), join(folder(), 'client.xlsx')]);
    expect(imported.code).toBe(1);
    expect(imported.err.trimEnd().split('\n').pop()).toMatch(line);
  });

  it('refuses a workbook declaring more than the expanded-size limit in parts too small for the ratio check, and says how to raise it', () => {
    const deflated = deflatedZeros(15 * MB);
    const parts: ZipPart[] = Array.from({ length: 160 }, (_, i) => ({ name: `xl/media/image${i}.bin`, deflated, declaredSize: 15 * MB }));
    expect(() => checkZipLimits(zipOf(parts), 'big.xlsx')).toThrow(
      'big.xlsx would expand to 2,400 MB when opened (limit 2,048 MB, set TTS_OPS_MAX_XLSX_MB to change it). Not opened.',
    );
    expect(() => checkZipLimits(zipOf(parts), 'big.xlsx', zipLimits({ TTS_OPS_MAX_XLSX_MB: '4096' }))).not.toThrow();
    expect(zipLimits({ TTS_OPS_MAX_XLSX_MB: 'lots' })).toBe(DEFAULT_ZIP_LIMITS);
  });

  it('reads ZIP64 sizes (a 5 GiB part declared in the extra field) and too many parts', () => {
    const zip64 = zipOf([{ name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(MB), declaredSize: 5 * 1024 * MB, zip64: true }]);
    expect(() => checkZipLimits(zip64, 'huge.xlsx')).toThrow(
      /^huge\.xlsx looks like a zip bomb: its part 'xl\/worksheets\/sheet1\.xml' expands \d+ times \(to 5,120 MB/,
    );
    const empty = deflatedZeros(0);
    const many = zipOf(Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}`, deflated: empty, declaredSize: 0 })));
    expect(() => checkZipLimits(many, 'many.xlsx')).toThrow(
      'many.xlsx holds 10,001 files inside; an .xlsx workbook has far fewer (limit 10,000). Not opened.',
    );
  });

  it('refuses a bomb that lies about its sizes (64 MiB declared as 1 MiB): inflating stops at the declared size', async () => {
    const client = join(folder(), 'client.xlsx');
    expect((await runCli(['setup', client])).code).toBe(0);
    const bomb = deflatedZeros(64 * MB);
    const parts = partsOf(readFileSync(client)).map((part) =>
      part.name.startsWith('xl/worksheets/sheet') ? { ...part, deflated: bomb, declaredSize: MB, method: 8 } : part,
    );
    writeFileSync(join(folder(), 'liar.xlsx'), zipOf(parts));
    const line =
      /^tts-ops: The workbook looks like a zip bomb: its part 'xl\/worksheets\/sheet\d+\.xml' expands past the 1,048,576 bytes its directory declares\. Not opened\.$/;
    const run = await runCli(['refresh', join(folder(), 'liar.xlsx'), '--out', join(folder(), 'out.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.err.trimEnd().split('\n').pop()).toMatch(line);
    // As an export, sheets are streamed: the stream stops at the declared size too (valid XML, so no parser stops it first).
    const xml = deflateRawSync(Buffer.from(`<worksheet>${'a'.repeat(3 * MB)}</worksheet>`));
    const streamed = partsOf(readFileSync(client)).map((part) =>
      part.name.startsWith('xl/worksheets/sheet') ? { ...part, deflated: xml, declaredSize: MB, method: 8 } : part,
    );
    writeFileSync(join(folder(), 'liar-export.xlsx'), zipOf(streamed));
    const imported = await runCli(['import-orders', join(folder(), 'liar-export.xlsx'), client]);
    expect(imported.code).toBe(1);
    expect(imported.err.trimEnd().split('\n').pop()).toMatch(line);
  });

  it('calls a zip whose directory is cut off damaged, in one line', async () => {
    const whole = readFileSync(DEMO);
    writeFileSync(join(folder(), 'cut.xlsx'), whole.subarray(0, whole.length - 200));
    const run = await runCli(['refresh', join(folder(), 'cut.xlsx'), '--out', join(folder(), 'out.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.err.trimEnd().split('\n').pop()).toMatch(
      /^tts-ops: .*cut\.xlsx is damaged or not an \.xlsx workbook \(its zip directory cannot be read\)\.$/,
    );
  });

  it('the default limit covers a 10-million-cell workbook with room to spare (extrapolated from 100,000 cells written by exceljs)', async () => {
    const book = new ExcelWorkbook();
    const sheet = book.addWorksheet('Orders');
    for (let r = 0; r < 5_000; r++) {
      sheet.addRow(
        Array.from({ length: 20 }, (_, c) =>
          c % 3 === 0 ? `5760${r}${c}0000000${c}` : c % 3 === 1 ? (r * 31 + c) / 100 : `Product ${r % 97} variant ${c}`,
        ),
      );
    }
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const perCell = expandedSize(bytes) / 100_000;
    expect(perCell).toBeGreaterThan(10); // the XML of a cell, shared strings included: tens of bytes
    expect(perCell * 10_000_000).toBeLessThan(DEFAULT_ZIP_LIMITS.maxExpandedBytes / 2);
    expect(() => checkZipLimits(readFileSync(DEMO), 'demo-client.xlsx')).not.toThrow();
  });
});
