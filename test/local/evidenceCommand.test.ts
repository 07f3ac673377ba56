import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText } from '../../src/local/render/csvText';
import { BUYER, EVIDENCE_HEADERS, evidenceExport, EXEMPT_DAY, WINDOW } from '../core/health/evidenceExport';
import { runCli } from '../support/runCli';
import { pdfText } from './pdfText';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const at = (name: string): string => join(folder(), name);
const run = (...args: string[]) => runCli(args, { now: new Date('2026-11-30T17:00:00Z') });
const BASE = 'glow-co-ldr-evidence-2026-11-16-to-2026-11-29';

/** A client workbook whose Orders tab holds the planted export (its description row left out, as a CSV download has none). */
async function clientWorkbook(): Promise<string> {
  const rows = evidenceExport().filter((_, i) => i !== 1);
  writeFileSync(at('orders.csv'), csvText(rows.map((row) => row.map(String))));
  expect(rows[0]).toEqual(EVIDENCE_HEADERS);
  const setup = await run('setup', at('glow.xlsx'), '--market', 'US', '--client', 'Glow & Co');
  const imported = await run('import-orders', at('orders.csv'), at('glow.xlsx'));
  expect([setup.code, imported.code, imported.err]).toEqual([0, 0, '']);
  return at('glow.xlsx');
}

describe('tts-ops evidence', () => {
  it('writes the HTML, Markdown, CSV and PDF pack (never over an earlier one), reads the workbook only, and no file holds buyer data', async () => {
    const file = await clientWorkbook();
    const before = readFileSync(file);
    const args = ['evidence', file, '--metric', 'ldr', '--from', WINDOW.from, '--to', WINDOW.to, '--exempt', EXEMPT_DAY, '--out', at('packs')];
    const first = await run(...args);
    expect([first.code, first.err]).toEqual([0, '']);
    expect(first.out).toContain('LDR 5.1% → 3.1%: within the 4% limit if the 2 disputable orders');
    const second = await run(...args);
    expect(second.out).toContain(`Wrote ${join(at('packs'), `${BASE}-2.html`)}`);
    expect(readdirSync(at('packs')).sort()).toEqual(['csv', 'html', 'md', 'pdf'].flatMap((ext) => [`${BASE}-2.${ext}`, `${BASE}.${ext}`]).sort());
    const csv = readFileSync(join(at('packs'), `${BASE}.csv`), 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      '\uFEFFOrder ID,Paid,Dispatch deadline,Deadline basis,Ready to ship,Shipped,Carrier,Tracking number,Delivered,Why it counts,Dispute ground',
    );
    expect(csv.slice(1, -1).map((line) => [line.split(',')[0], /,"?(LDR-[A-Z-]+): [^"]*"?$/.exec(line)?.[1] ?? null])).toEqual([
      ['578000000000000001', 'LDR-READY-ON-TIME'],
      ['578000000000000002', null],
      ['578000000000000003', null],
      ['578000000000000004', 'LDR-EXEMPT-DAY'],
      ['578000000000000005', null],
    ]);
    const texts = [
      ...['html', 'md', 'csv'].map((ext) => readFileSync(join(at('packs'), `${BASE}.${ext}`), 'utf8')),
      await pdfText(readFileSync(join(at('packs'), `${BASE}.pdf`))),
    ];
    for (const text of texts) for (const value of Object.values(BUYER)) expect(text).not.toContain(value);
    expect(texts[0]).toContain('limit 4%');
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 240_000);

  it('--json prints the rate, each order with its rule, and the what-if; a wrong metric is refused', async () => {
    const file = await clientWorkbook();
    const json = await run('evidence', file, '--metric', 'SFCR', '--json');
    expect(json.code).toBe(0);
    const pack = JSON.parse(json.out) as Record<string, unknown> & { orders: { orderId: string; counts: boolean; rule: string | null }[] };
    expect(pack).toMatchObject({ metric: 'SFCR', numerator: 5, denominator: 106, status: 'AT RISK', ifExcused: { excused: 3, status: 'OK' } });
    expect(pack.orders.map((o) => [o.orderId, o.counts, o.rule])).toEqual([
      ['578000000000000021', true, 'SFCR-BUYER-ASKED'],
      ['578000000000000022', true, 'SFCR-BAD-ADDRESS'],
      ['578000000000000023', true, 'SFCR-READY-AUTO-CANCELLED'],
      ['578000000000000024', true, null],
      ['578000000000000025', true, null],
    ]);
    expect(readdirSync(folder()).sort()).toEqual(['glow.xlsx', 'orders.csv']);
    const wrong = await run('evidence', file, '--metric', 'otdr');
    expect([wrong.code, wrong.err]).toEqual([1, "tts-ops: --metric must be ldr, vtr or sfcr; got 'otdr'.\n"]);
    const typo = await run('evidence', file, '--metric', 'ldr', '--from', 'yesterday', '--to', WINDOW.to, '--json');
    expect([typo.code, typo.err]).toEqual([1, "tts-ops: --from must be a date such as 2026-11-22; got 'yesterday'.\n"]);
  }, 120_000);
});
