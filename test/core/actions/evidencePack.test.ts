import { buildEvidence, logEvidence } from '../../../src/core/actions/evidencePack';
import { evidenceTabName, writeEvidenceTab } from '../../../src/core/actions/evidenceTab';
import { EXPORTS_TAB } from '../../../src/core/actions/export/exportsLog';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { ttsHealth } from '../../../src/core/formulas/healthFormulas';
import { withSettings } from '../../../src/core/settings/settings';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { READOUT_TABS } from '../../../src/core/workbook/tabNames';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { BUYER, evidenceExport } from '../health/evidenceExport';

const NOW = new Date('2026-11-30T17:00:00Z');
const ZONE = 'America/Los_Angeles';
const workbook = (): MemoryWorkbook => new MemoryWorkbook({ Orders: evidenceExport() as CellValue[][] }, ZONE);

describe('the evidence pack on a workbook', () => {
  it.each(['LDR', 'VTR', 'SFCR'] as const)("%s: the pack's rate equals TTS_HEALTH and the Health read-out on the same data", (metric) => {
    const book = workbook();
    refreshReadout(book, { now: NOW });
    const readout = book.readTab(READOUT_TABS.health)!.find((row) => row[0] === metric)!;
    const formula = ttsHealth(evidenceExport(), '', '', withSettings({ timeZone: ZONE })).find((row) => row[0] === metric)!;
    const { row } = buildEvidence(book, { metric }).pack;
    const pack = [row.value, row.status, row.numerator, row.denominator];
    expect([readout[1], readout[3], readout[4], readout[5]]).toEqual(pack);
    expect([formula[1], formula[3], formula[4], formula[5]]).toEqual(pack);
  });

  it('writes TTS · Evidence LDR with one row per order linking to its Orders row, and logs the outputs; the Orders tab is untouched', () => {
    const book = workbook();
    const before = JSON.stringify(book.readTab('Orders'));
    const built = buildEvidence(book, { metric: 'LDR', from: '2026-11-16', to: '2026-11-29' });
    expect(writeEvidenceTab(book, built)).toBe(evidenceTabName('LDR'));
    const tab = book.written(evidenceTabName('LDR'))!;
    expect(tab.values.slice(5).map((row) => [row[0], row[1], row[11]])).toEqual([
      // 90 one-line orders fill rows 3–92; the first late order has two lines.
      ['Orders!A93', '578000000000000001', 'LDR-READY-ON-TIME: Ready to ship before the deadline, collected after it'],
      ['Orders!A95', '578000000000000002', ''],
      ['Orders!A96', '578000000000000003', ''],
      ['Orders!A97', '578000000000000004', ''],
      ['Orders!A98', '578000000000000005', ''],
    ]);
    expect(tab.links?.[0]).toEqual({ row: 5, column: 0, tab: 'Orders', a1: 'A93' });
    logEvidence(book, built, 'am@agency.example', NOW, ['https://docs.google.com/document/d/x/edit']);
    expect(book.readTab(EXPORTS_TAB)!.at(-1)!.slice(2, 6)).toEqual([
      'Evidence LDR',
      '2026-11-16 – 2026-11-29',
      '2026-11-29',
      'https://docs.google.com/document/d/x/edit',
    ]);
    expect(JSON.stringify(book.readTab('Orders'))).toBe(before);
    expect(JSON.stringify(tab.values)).not.toContain(BUYER.name);
  });
});
