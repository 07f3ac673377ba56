import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { FileProblem } from '../../src/local/files/fileProblem';
import { readExportFile } from '../../src/local/import/readExportFile';
import { writeFileAtomically } from '../../src/local/files/writeFileAtomically';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { inflateRawSync, deflateRawSync } from 'node:zlib';
import { partsOf, zipOf } from '../hostile/zipFixtures';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

const file = (name: string, content: string | Buffer): string => {
  const path = join(folder(), name);
  writeFileSync(path, content);
  return path;
};

const problem = async (work: Promise<unknown>): Promise<string> => {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileProblem);
  return (error as FileProblem).message;
};

describe('opening a workbook', () => {
  it('names the tab whose sheet XML is cut off inside a tag, in one line', async () => {
    const parts = partsOf(readFileSync(join(__dirname, '../../examples/demo-client.xlsx'))).map((part) => {
      if (part.name !== 'xl/worksheets/sheet1.xml') return part;
      const xml = inflateRawSync(part.deflated).toString('utf8');
      const cut = Buffer.from(xml.slice(0, xml.indexOf('<c ', 5000) + 3), 'utf8');
      return { ...part, deflated: deflateRawSync(cut), declaredSize: cut.length };
    });
    const path = file('cut.xlsx', zipOf(parts));
    expect(await problem(openXlsx(path).then((workbook) => workbook.preload(['Orders'])))).toBe(
      "The tab 'Orders' is damaged (the XML ends inside a tag); open the file in Excel or Sheets and save it again.",
    );
  });

  it('reads a workbook whose writer gave every part ZIP64 sizes, as it reads the same parts with plain sizes', async () => {
    const parts = partsOf(readFileSync(join(__dirname, '../../examples/demo-client.xlsx')));
    const plain = await openXlsx(file('plain.xlsx', zipOf(parts)));
    const wide = await openXlsx(file('zip64.xlsx', zipOf(parts.map((part) => ({ ...part, zip64: true })))));
    await Promise.all([plain.preload(['Analytics']), wide.preload(['Analytics'])]);
    expect(wide.readTab('Analytics')?.length).toBeGreaterThan(100);
    expect(wide.readTab('Analytics')).toEqual(plain.readTab('Analytics'));
  });

  it('says which file is missing', async () => {
    const path = join(folder(), 'nope.xlsx');
    expect(await problem(openXlsx(path))).toBe(`No such file: ${path}`);
  });

  it('tells a CSV, an old .xls, an empty file and a damaged zip from an .xlsx', async () => {
    const csv = file('orders.xlsx', 'Order ID,SKU ID\n1,2\n');
    expect(await problem(openXlsx(csv))).toBe(`${csv} is not an .xlsx workbook (not a zip file).`);
    const xls = file('old.xls', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'));
    expect(await problem(openXlsx(xls))).toMatch(/is an old \.xls or a password-protected workbook; .* save it as \.xlsx/);
    const empty = file('empty.xlsx', '');
    expect(await problem(openXlsx(empty))).toBe(`${empty} is not an .xlsx workbook (the file is empty).`);
    const damaged = file('damaged.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    expect(await problem(openXlsx(damaged))).toMatch(new RegExp(`^${damaged} is damaged or not an \\.xlsx workbook \\(.+\\)\\.$`));
  });

  it('says a folder is not a file', async () => {
    expect(await problem(openXlsx(folder()))).toBe(`${folder()} is a folder, not a file.`);
  });
});

describe('writing a file', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const path = file('out.xlsx', 'old');
    await writeFileAtomically(path, Buffer.from('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(folder())).toEqual(['out.xlsx']);
  });

  it('keeps the file private if it was, and updates the file a link points to', async () => {
    const path = file('client.xlsx', 'old');
    chmodSync(path, 0o600);
    await writeFileAtomically(path, Buffer.from('new'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const link = join(folder(), 'link.xlsx');
    symlinkSync(path, link);
    await writeFileAtomically(link, Buffer.from('newer'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('newer');
  });

  it('refuses a workbook open in Excel or LibreOffice and leaves it untouched', async () => {
    const path = file('client.xlsx', 'as it was');
    file('~$client.xlsx', 'lock');
    expect(await problem(writeFileAtomically(path, Buffer.from('new')))).toBe(
      `${path} is open in another program (lock file ~$client.xlsx); close it and try again.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('as it was');
    const other = file('other.xlsx', 'as it was');
    file('.~lock.other.xlsx#', 'lock');
    expect(await problem(writeFileAtomically(other, Buffer.from('new')))).toMatch(/is open in another program \(lock file \.~lock\.other\.xlsx#\)/);
  });

  it('says when a file is in the way of the folder, or the target is a folder', async () => {
    const blocker = file('notes.txt', 'x');
    expect(await problem(writeFileAtomically(join(blocker, 'out.xlsx'), Buffer.from('new')))).toMatch(/part of its folder path is a file/);
    mkdirSync(join(folder(), 'out.xlsx'));
    expect(await problem(writeFileAtomically(join(folder(), 'out.xlsx'), Buffer.from('new')))).toMatch(/it is a folder/);
    expect(readdirSync(folder()).sort()).toEqual(['notes.txt', 'out.xlsx']);
  });

  it('creates the folders of a new output path', async () => {
    const path = join(folder(), 'out', 'week 47', 'client.xlsx');
    await writeFileAtomically(path, Buffer.from('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
  });
});

describe('reading an order export', () => {
  const CSV =
    '\uFEFFOrder ID,Order Status,SKU ID,SKU Subtotal After Discount\nPlatform unique order ID.,Order status.,SKU ID.,Subtotal.\n"576000000000000001\t",Shipped,"172900000000000011\t",19.99\n';

  it('reads a CSV with numbers as numbers and IDs as text', async () => {
    expect(await readExportFile(file('week.csv', CSV), 'America/Los_Angeles')).toEqual([
      ['Order ID', 'Order Status', 'SKU ID', 'SKU Subtotal After Discount'],
      ['Platform unique order ID.', 'Order status.', 'SKU ID.', 'Subtotal.'],
      ['576000000000000001\t', 'Shipped', '172900000000000011\t', 19.99],
    ]);
  });

  it('reads a UTF-16 "Unicode text" export', async () => {
    const utf16 = Buffer.concat([Buffer.from('fffe', 'hex'), Buffer.from(CSV.slice(1).replace(/,/g, '\t'), 'utf16le')]);
    expect((await readExportFile(file('week.txt', utf16), 'UTC'))[2]).toEqual(['576000000000000001\t', 'Shipped', '172900000000000011\t', 19.99]);
  });

  it('finds the order sheet of an .xlsx export', async () => {
    const book = new ExcelWorkbook();
    book.addWorksheet('Notes').addRow(['Exported 2026-11-23']);
    book.addWorksheet('OrderSKUList').addRows([
      ['Order ID', 'SKU ID', 'Quantity'],
      ['576000000000000001', '172900000000000011', 2],
    ]);
    const path = file('week.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(await readExportFile(path, 'UTC')).toEqual([
      ['Order ID', 'SKU ID', 'Quantity'],
      ['576000000000000001', '172900000000000011', 2],
    ]);
  });

  it('refuses a file that is not an order export, saying what it looked for', async () => {
    const analytics = file('analytics.csv', 'Date range: 2026-08-03 ~ 2026-11-22\n\nDate,Product name,GMV\n2026-08-03,Serum,311.67\n');
    expect(await problem(readExportFile(analytics, 'UTC'))).toBe(
      `${analytics} is not a Seller Center order export: no 'Order ID' header in its first 10 rows. Export it from Seller Center > Orders > Export (CSV or Excel).`,
    );
    expect(await problem(readExportFile(join(folder(), 'missing.csv'), 'UTC'))).toMatch(/^No such file: .*missing\.csv$/);
  });
});
