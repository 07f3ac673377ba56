// tts-ops board over 50 client workbooks of 20,000 order lines each, in one process: wall time, time per workbook and peak memory.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { BoardDocument } from '../src/core/actions/board/agencyBoard';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CellValue } from '../src/core/workbook/workbookPort';
import { generateOrderExport } from '../src/demo/orderExport';
import { saveXlsx } from '../src/local/xlsx/xlsxFile';
import { XlsxWorkbook } from '../src/local/xlsx/xlsxWorkbook';

const WORKBOOKS = Number(process.env.BENCH_BOARD_WORKBOOKS ?? 50);
const LINES = Number(process.env.BENCH_BOARD_WORKBOOK_LINES ?? 20_000);
const ROOT = resolve(__dirname, '..');
const folder = mkdtempSync(join(tmpdir(), 'tts-ops-board-'));

/** One client workbook (Settings and Orders), copied under 50 names: the board reads each file on its own, so copies cost what distinct clients cost. */
async function workbooks(): Promise<string[]> {
  const workbook = new XlsxWorkbook();
  workbook.writeTab({
    name: 'Settings',
    values: [
      ['Key', 'Value'],
      ['client.name', 'Bench client'],
      ['client.market', 'US'],
      ['timeZone', 'America/Los_Angeles'],
    ],
  });
  workbook.writeTab({ name: 'Orders', values: generateOrderExport({ seed: 1, endDay: '2026-11-22', days: 56, lines: LINES }) as CellValue[][] });
  const first = join(folder, 'client-1.xlsx');
  await saveXlsx(workbook, first);
  const files = [first];
  for (let i = 2; i <= WORKBOOKS; i++) {
    files.push(join(folder, `client-${i}.xlsx`));
    copyFileSync(first, files[i - 1]);
  }
  return files;
}

async function main(): Promise<void> {
  console.log(`Writing ${WORKBOOKS} workbooks of ${LINES.toLocaleString('en-US')} order lines …`);
  const files = await workbooks();
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '-r',
      'tsx/cjs',
      '-r',
      join(ROOT, 'bench/reportMaxRss.ts'),
      join(ROOT, 'bin/tts-ops.js'),
      'board',
      ...files,
      '--now',
      '2026-11-23T09:00:00-08:00',
      '--out',
      join(folder, 'board'),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`tts-ops board failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const { clients } = JSON.parse(readFileSync(join(folder, 'board', 'board.json'), 'utf8')) as BoardDocument;
  const unread = clients.filter((client) => client.error);
  if (unread.length) throw new Error(`${unread.length} workbooks could not be read: ${unread[0].error}`);
  const maxRssMb = Number(/maxRSS (\d+)/.exec(child.stderr)?.[1]) / 1024;
  console.log(`\nload average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
  console.log('| workbooks × lines | workbook MiB | wall s | s per workbook | peak RSS MB |\n|---|---:|---:|---:|---:|');
  console.log(
    `| ${WORKBOOKS} × ${LINES.toLocaleString('en-US')} | ${(statSync(files[0]).size / 2 ** 20).toFixed(1)} | ${seconds.toFixed(1)} | ${(seconds / WORKBOOKS).toFixed(2)} | ${maxRssMb.toFixed(0)} |`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(folder, { recursive: true, force: true }));
