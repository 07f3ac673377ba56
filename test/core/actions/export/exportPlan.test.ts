import { EXPORTS_HEADER, EXPORTS_TAB, lastExport } from '../../../../src/core/actions/export/exportsLog';
import { tabState } from '../../../../src/core/workbook/ownedTabs';
import { DRAFT_SIGN_OFF_LINE, prepareDelivery, prepareDraft, recordExport } from '../../../../src/core/actions/export/exportPlan';
import { runChecklist } from '../../../../src/core/actions/check';
import type { MemoryWorkbook } from '../../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../../src/core/actions/refreshReadout';
import { commandLineSurface, SHEETS_SURFACE } from '../../../../src/core/workbook/surface';
import { twoWeekWorkbook } from '../../report/reportFixture';
import { draftedAndSignedOff, refreshedAndSignedOff, withDraft } from '../../report/signOffFixture';

const NOW = new Date('2026-11-23T17:00:00Z');
const WBR = { cadence: 'wbr', now: NOW } as const;
const CLI = commandLineSurface('glow.xlsx');

function refreshed(): MemoryWorkbook {
  const workbook = twoWeekWorkbook();
  refreshReadout(workbook, { now: new Date('2026-11-23T16:00:00Z') });
  return workbook;
}

const logRows = (workbook: MemoryWorkbook) => workbook.peek(EXPORTS_TAB)!.slice(2);

describe('export: the draft', () => {
  it('needs no sign-off, is marked DRAFT in its title, and is logged as a Draft with the fingerprint of its data', () => {
    const workbook = refreshed();
    const draft = prepareDraft(workbook, WBR);
    if (!draft.ok) throw new Error(draft.reason);
    expect([draft.kind, draft.update.draft, draft.update.title]).toEqual(['Draft', true, 'DRAFT — Glow & Co — WBR — 2026-11-16 – 2026-11-22']);
    expect(draft.update.internal[0]).toBe(DRAFT_SIGN_OFF_LINE);
    expect(recordExport(workbook, draft, 'mia', NOW, ['out/a-draft.html'])).toBe(EXPORTS_TAB);
    const [row] = logRows(workbook);
    expect(row.slice(0, 8)).toEqual([NOW, 'mia', 'WBR', '2026-11-16 – 2026-11-22', '2026-11-22', 'out/a-draft.html', '', '']);
    expect(row.slice(9)).toEqual(['Draft', runChecklist(workbook, NOW).inputsFingerprint]);
  });
});

describe('deliver: the gate', () => {
  it('refuses without a draft of the period, naming the way out on the surface asking, and writes nothing', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    withDraft(workbook, { cadence: 'mbr', now: NOW });
    workbook.resetCalls();
    expect(prepareDelivery(workbook, WBR, CLI)).toEqual({
      ok: false,
      overridable: false,
      reason:
        'Not delivered: there is no draft of the WBR 2026-11-16 – 2026-11-22 in TTS · Exports; ' +
        'make one with tts-ops export glow.xlsx (the same --cadence, --as-of and --to-date), check it and sign off.',
    });
    expect(prepareDelivery(workbook, WBR, SHEETS_SURFACE)).toMatchObject({
      reason: expect.stringMatching(/; make one with TTS Ops › Export client update, check it and sign off\.$/),
    });
    expect(Object.keys(workbook.calls()).filter((call) => /write|markOwned/.test(call))).toEqual([]);
  });

  it('refuses a draft without a current sign-off, with the way to sign off and to override on each surface', () => {
    const workbook = withDraft(refreshed());
    expect(prepareDelivery(workbook, WBR, CLI)).toEqual({
      ok: false,
      overridable: true,
      reason:
        'Not delivered: the QA log has no sign-off yet; run tts-ops check glow.xlsx, then tts-ops sign-off glow.xlsx --by NAME. ' +
        'Or deliver anyway with a reason: add --override "reason".',
    });
    expect(prepareDelivery(workbook, WBR, SHEETS_SURFACE)).toMatchObject({
      reason:
        'Not delivered: the QA log has no sign-off yet; open TTS Ops › Open QA checklist, tick the items and sign off. ' +
        'Or deliver anyway with a reason: answer Yes below and give a reason.',
    });
  });

  it('refuses when the data changed after the draft, whatever the sign-off or override says', () => {
    const workbook = draftedAndSignedOff(twoWeekWorkbook());
    workbook.peek('Orders')![1][7] = 41;
    expect(prepareDelivery(workbook, { ...WBR, override: 'client call' }, CLI)).toEqual({
      ok: false,
      overridable: false,
      reason:
        'Not delivered: the data changed after the draft of the WBR 2026-11-16 – 2026-11-22 (TTS · Exports row 3); ' +
        'make a new one with tts-ops export glow.xlsx (the same --cadence, --as-of and --to-date), check it and sign off.',
    });
  });

  it('delivers the signed-off draft without the mark, naming the sign-off in the internal notes and the Delivered row', () => {
    const workbook = draftedAndSignedOff(twoWeekWorkbook());
    const delivered = prepareDelivery(workbook, WBR, CLI);
    if (!delivered.ok) throw new Error(delivered.reason);
    expect([delivered.kind, delivered.update.draft, delivered.update.appendix]).toEqual(['Delivered', false, false]);
    expect(delivered.update.title).toBe('Glow & Co — WBR — 2026-11-16 – 2026-11-22');
    expect(delivered.update.internal[0]).toBe('QA signed off by ana@agency.example at 2026-11-23 08:30 (America/Los_Angeles).');
    expect(delivered.update.internal).not.toContain(DRAFT_SIGN_OFF_LINE);
    // The agency board's "last export" is what went out: never a draft.
    expect(lastExport(workbook, tabState(workbook))).toBeUndefined();
    recordExport(workbook, delivered, 'mia', NOW, ['out/a.html']);
    expect(lastExport(workbook, tabState(workbook))).toMatchObject({ by: 'mia', cadence: 'WBR' });
    expect(logRows(workbook).map((row) => [row[5], row[6], row[9]])).toEqual([
      ['draft.html', '', 'Draft'],
      ['out/a.html', 'QA signed off by ana@agency.example at 2026-11-23 08:30 (America/Los_Angeles).', 'Delivered'],
    ]);
  });

  it('refuses a second delivery of the same period and data, naming when it went out and how to deliver again on each surface', () => {
    const workbook = draftedAndSignedOff(twoWeekWorkbook());
    const first = prepareDelivery(workbook, WBR, CLI);
    if (!first.ok) throw new Error(first.reason);
    recordExport(workbook, first, 'mia', NOW, ['out/a.html']);
    workbook.resetCalls();
    const delivered =
      'Not delivered: the WBR 2026-11-16 – 2026-11-22 was already delivered from this data at 2026-11-23 09:00 (America/Los_Angeles) by mia (TTS · Exports row 4).';
    expect(prepareDelivery(workbook, WBR, CLI)).toEqual({
      ok: false,
      overridable: false,
      repeat: true,
      reason: `${delivered} To deliver it again: add --again.`,
    });
    expect(prepareDelivery(workbook, WBR, SHEETS_SURFACE)).toMatchObject({
      repeat: true,
      reason: `${delivered} To deliver it again: answer Yes below.`,
    });
    expect(Object.keys(workbook.calls()).filter((call) => /write|markOwned/.test(call))).toEqual([]);
    // Asked for again, or another period, it goes through.
    expect(prepareDelivery(workbook, { ...WBR, again: true }, CLI)).toMatchObject({ ok: true, kind: 'Delivered' });
    withDraft(workbook, { cadence: 'mbr', now: NOW });
    expect(prepareDelivery(workbook, { cadence: 'mbr', now: NOW }, CLI).ok).toBe(true);
  });

  it('delivers with an override reason while not signed off, recording it in the notes and the log', () => {
    const workbook = withDraft(refreshed());
    const delivered = prepareDelivery(workbook, { ...WBR, override: '  client call in 10 minutes  ' }, CLI);
    if (!delivered.ok) throw new Error(delivered.reason);
    const line = 'Delivered without a current QA sign-off (the QA log has no sign-off yet). Override reason: client call in 10 minutes.';
    expect([delivered.signOff, delivered.override, delivered.update.internal[0]]).toEqual([line, 'client call in 10 minutes', line]);
    recordExport(workbook, delivered, 'ben', NOW, ['out/a.html']);
    expect(logRows(workbook)[1].slice(6, 8)).toEqual([line, 'client call in 10 minutes']);
  });
});

describe('the TTS · Exports log', () => {
  it('adds the columns a log written before them lacks, keeping the earlier rows', () => {
    const workbook = refreshed();
    const draft = prepareDraft(workbook, WBR);
    if (!draft.ok) throw new Error(draft.reason);
    recordExport(workbook, draft, 'mia', NOW, ['x.html']);
    const older = workbook.peek(EXPORTS_TAB)!;
    older[1] = EXPORTS_HEADER.slice(0, 8);
    older[2] = older[2].slice(0, 8);
    recordExport(workbook, draft, 'ben', NOW, ['y.html']);
    const log = workbook.peek(EXPORTS_TAB)!;
    expect(log[1]).toEqual(EXPORTS_HEADER);
    expect(log.slice(2).map((row) => [row[1], row.length])).toEqual([
      ['mia', 8],
      ['ben', 11],
    ]);
  });

  it('never writes over a user tab named TTS · Exports, and Deliver reads the drafts from its own', () => {
    const workbook = refreshedAndSignedOff(twoWeekWorkbook());
    workbook.addUserTab(EXPORTS_TAB, [['my notes'], ['', 'Draft']]);
    const draft = prepareDraft(workbook, WBR);
    if (!draft.ok) throw new Error(draft.reason);
    expect(recordExport(workbook, draft, 'mia', NOW, ['x.html'])).toBe(`${EXPORTS_TAB} (2)`);
    expect(workbook.peek(EXPORTS_TAB)).toEqual([['my notes'], ['', 'Draft']]);
    expect(prepareDelivery(workbook, WBR, CLI).ok).toBe(true);
  });
});
