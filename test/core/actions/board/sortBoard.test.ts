import { boardErrorRow, sortBoard, type BoardRow } from '../../../../src/core/actions/board/agencyBoard';
import type { HealthStatus } from '../../../../src/core/health/healthReport';

function row(file: string, ldr: HealthStatus, overdue: number): BoardRow {
  return {
    ...boardErrorRow({ file }, ''),
    error: null,
    client: file,
    health: [{ metric: 'LDR', value: 0.03, status: ldr, warning: '' }],
    ordersDue: { overdue, next24h: 0, wouldBreachLdr: false },
  };
}

describe('sortBoard', () => {
  it('puts AT RISK first, then overdue orders (more first), then WATCH, then unreadable workbooks, then the rest', () => {
    const rows = [
      row('ok', 'OK', 0),
      boardErrorRow({ file: 'locked' }, 'The workbook is open in Excel.'),
      row('watch', 'WATCH', 0),
      row('late 2', 'OK', 2),
      row('late 7', 'NOT ENOUGH DATA', 7),
      row('risk', 'AT RISK', 0),
    ];
    expect(sortBoard(rows).map((r) => r.file)).toEqual(['risk', 'late 7', 'late 2', 'watch', 'locked', 'ok']);
  });
});
