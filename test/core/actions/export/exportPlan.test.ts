import { EXPORTS_HEADER, EXPORTS_TAB } from '../../../../src/core/actions/export/exportsLog';
import { prepareExport, recordExport } from '../../../../src/core/actions/export/exportPlan';
import type { MemoryWorkbook } from '../../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../../src/core/actions/refreshReadout';
import { twoWeekWorkbook } from '../../report/reportFixture';
import { refreshedAndSignedOff } from '../../report/signOffFixture';

const NOW = new Date('2026-11-23T17:00:00Z');
function refreshed(): MemoryWorkbook {
  const workbook = twoWeekWorkbook();
  refreshReadout(workbook, { now: new Date('2026-11-23T16:00:00Z') });
  return workbook;
}

describe('the export gate', () => {
  it('refuses while the QA checklist has not signed off, with the reason and both ways out, and writes nothing', () => {
    const workbook = refreshed();
    workbook.resetCalls();
    const prepared = prepareExport(workbook, { cadence: 'wbr', now: NOW });
    expect(prepared).toEqual({
      ok: false,
      reason:
        'Not signed off: the QA log has no sign-off yet; run the QA checklist (TTS Ops › Open QA checklist, or tts-ops check) and sign off. ' +
        'Or export anyway with a reason: tts-ops export … --override "reason" (in Sheets, confirm the dialog).',
    });
    expect(Object.keys(workbook.calls()).filter((call) => /write|markOwned/.test(call))).toEqual([]);
  });

  it('exports once signed off, naming the sign-off in the internal notes, never in the client copy', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    const prepared = prepareExport(workbook, { cadence: 'wbr', now: NOW });
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.signOff).toBe('QA signed off by ana@agency.example at 2026-11-23 08:30.');
    expect(prepared.update.internal[0]).toBe(prepared.signOff);
    expect(prepared.update.freshness.join(' ')).not.toContain('QA');
    expect(prepared.override).toBe('');
  });

  it('refuses again when an input changes after the sign-off', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    workbook.peek('Orders')![1][7] = 41;
    const prepared = prepareExport(workbook, { cadence: 'wbr', now: NOW });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.reason).toMatch(/^Not signed off: the input tabs changed after the newest sign-off/);
  });

  it('exports with an override, recording it and the internal notes in TTS · Exports; rows accumulate', () => {
    const workbook = refreshed();
    const prepared = prepareExport(workbook, { cadence: 'mbr', now: NOW, override: '  client call in 10 minutes  ' });
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.update.internal[0]).toBe(
      'Exported without a current QA sign-off (the QA log has no sign-off yet). Override reason: client call in 10 minutes.',
    );
    const notes = prepared.update.internal.join('\n');
    expect(recordExport(workbook, prepared, 'mia', NOW, ['out/a.html', 'out/a.md'])).toBe(EXPORTS_TAB);
    expect(recordExport(workbook, prepared, 'ben', NOW, ['out/a-2.html'])).toBe(EXPORTS_TAB);
    const log = workbook.peek(EXPORTS_TAB)!;
    expect(log[1]).toEqual(EXPORTS_HEADER);
    expect(log.slice(2)).toEqual([
      [NOW, 'mia', 'MBR', '2026-10-01 – 2026-10-31', '2026-11-22', 'out/a.html\nout/a.md', prepared.signOff, 'client call in 10 minutes', notes],
      [NOW, 'ben', 'MBR', '2026-10-01 – 2026-10-31', '2026-11-22', 'out/a-2.html', prepared.signOff, 'client call in 10 minutes', notes],
    ]);
    expect(workbook.ownedTabs().has(EXPORTS_TAB)).toBe(true);
  });

  it('adds the Internal notes column to a log written before it existed, keeping the earlier rows', () => {
    const workbook = refreshed();
    const prepared = prepareExport(workbook, { cadence: 'wbr', now: NOW, override: 'test' });
    if (!prepared.ok) throw new Error(prepared.reason);
    recordExport(workbook, prepared, 'mia', NOW, ['x.html']);
    const older = workbook.peek(EXPORTS_TAB)!;
    older[1] = EXPORTS_HEADER.slice(0, 8);
    older[2] = older[2].slice(0, 8);
    recordExport(workbook, prepared, 'ben', NOW, ['y.html']);
    const log = workbook.peek(EXPORTS_TAB)!;
    expect(log[1]).toEqual(EXPORTS_HEADER);
    expect(log.slice(2).map((row) => [row[1], row.length])).toEqual([
      ['mia', 8],
      ['ben', 9],
    ]);
  });

  it('never writes over a user tab named TTS · Exports', () => {
    const workbook = refreshed();
    workbook.addUserTab(EXPORTS_TAB, [['my notes']]);
    const prepared = prepareExport(workbook, { cadence: 'wbr', now: NOW, override: 'test' });
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(recordExport(workbook, prepared, 'mia', NOW, ['x.html'])).toBe(`${EXPORTS_TAB} (2)`);
    expect(workbook.peek(EXPORTS_TAB)).toEqual([['my notes']]);
  });
});
