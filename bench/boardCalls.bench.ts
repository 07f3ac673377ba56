// Refresh board over 50 client spreadsheets on the Sheets fake, through the built bundle: the runs it takes, the time and the Sheets calls per client.
import { loadavg } from 'node:os';
import { generateOrderExport } from '../src/demo/orderExport';
import { FakeSpreadsheet } from '../test/sheets/fakeSpreadsheetApp';
import { boardRun, clientId, clientSpreadsheet } from '../test/support/boardFakes';

const CLIENTS = Number(process.env.BENCH_BOARD_CLIENTS ?? 50);
const LINES = Number(process.env.BENCH_BOARD_LINES ?? 2_000);
/** What one client costs in Apps Script before the core runs (openById and a getValues per tab of a 20,000-line workbook, a guess to replace by a real log). */
const SECONDS_PER_OPEN = Number(process.env.BENCH_BOARD_SECONDS_PER_CLIENT ?? 8);

const orders = generateOrderExport({ seed: 6, endDay: '2026-11-22', days: 56, lines: LINES });
const clients = Array.from({ length: CLIENTS }, (_, i) => clientSpreadsheet(clientId(i + 1), `Client ${i + 1}`, orders));
const board = new FakeSpreadsheet({}, 'America/Los_Angeles', 'en_US', 'Agency board', '1boardAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
boardRun(board, []).sheets.ttsSetUpBoard();
board.sheet('TTS · Board clients')!.load([[], ...clients.map((client) => [`https://docs.google.com/spreadsheets/d/${client.id}/edit`])]);
board.calls.length = 0;

const alerts: string[] = [];
const cpu0 = process.cpuUsage();
const started = performance.now();
for (let run = 0; run < 20 && !alerts.at(-1)?.includes(`${CLIENTS} of ${CLIENTS}`); run++) {
  const execution = boardRun(board, clients, {
    secondsPerOpen: SECONDS_PER_OPEN,
    start: `2026-11-23T15:${String(10 + run * 7).padStart(2, '0')}:00Z`,
  });
  execution.sheets.ttsRefreshBoard();
  alerts.push(...execution.app.ui.alerts);
}
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
const perClient = clients.map((client) => client.calls.length);
const reads = clients.map((client) => client.count('getValues'));
const tabs = clients.map((client) => client.getSheets().length);
console.log(
  `Refresh board, ${CLIENTS} clients × ${LINES.toLocaleString('en-US')} order lines on the Sheets fake, ${SECONDS_PER_OPEN} s per client in Apps Script assumed: ` +
    `${alerts.length} runs (${alerts.join(' | ')}); core time per client ${(wallMs / CLIENTS).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000 / CLIENTS).toFixed(0)} ms CPU; ` +
    `Sheets calls per client ${Math.min(...perClient)}–${Math.max(...perClient)} (getValues ${Math.max(...reads)} for ${Math.max(...tabs)} tabs); ` +
    `board spreadsheet ${board.calls.length} calls over all runs (setValues ${board.count('setValues')}); load ${loadavg()[0].toFixed(1)}`,
);
if (!alerts.at(-1)?.includes(`${CLIENTS} of ${CLIENTS}`) || reads.some((n, i) => n > tabs[i])) process.exitCode = 1;
