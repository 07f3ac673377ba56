import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateDemoClient } from '../../src/demo/generateDemoClient';

const PERSONAL_COLUMNS = ['Buyer Nickname', 'Buyer Username', 'Recipient', 'Phone #', 'Address Line 1', 'Address Line 2', 'Buyer Message'];

/** Every buyer name, username, nickname, phone, address line and message in the demo's order export. */
export function demoBuyerData(): string[] {
  const [header, ...rows] = generateDemoClient().orders as CellValue[][];
  const columns = PERSONAL_COLUMNS.map((name) => header.indexOf(name));
  if (columns.some((c) => c < 0)) throw new Error('The demo order export lost a personal-data column.');
  const values = new Set<string>();
  for (const row of rows)
    for (const c of columns) if (typeof row[c] === 'string' && String(row[c]).trim().length >= 4) values.add(String(row[c]).trim());
  return [...values];
}

/** The personal data found in a text (none, for any output the add-on writes). */
export function personalDataIn(text: string, personal: readonly string[]): string[] {
  return personal.filter((value) => text.includes(value));
}
