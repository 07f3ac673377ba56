import { jsonStateRows, readJsonState } from '../../../src/core/workbook/jsonStateTab';

describe('JSON state in an owned tab', () => {
  it('splits a value longer than a Sheets cell holds into rows and reads it back whole', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ client: `Client ${i}`, note: 'x'.repeat(800) }));
    const written = jsonStateRows('note', { pass: { next: 3, rows }, digest: undefined });
    expect(written.slice(1).map(([name, part]) => [name, part])).toEqual([
      ['pass', 0],
      ['pass', 1],
      ['pass', 2],
    ]);
    expect(written.every((row) => String(row[2]).length <= 45_000)).toBe(true);
    expect(readJsonState(written)).toEqual(new Map([['pass', { next: 3, rows }]]));
  });

  it('leaves out a value whose cell was edited, and keeps the others', () => {
    const written = jsonStateRows('note', { pass: { next: 3 }, digest: { at: '2026-11-23' } });
    written[1][2] = '{"next": 3';
    expect(readJsonState(written)).toEqual(new Map([['digest', { at: '2026-11-23' }]]));
    expect(readJsonState(undefined)).toEqual(new Map());
  });
});
