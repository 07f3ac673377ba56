// The local jobs at the Sheets ceiling (160,000 order lines × 62 columns): wall time and peak memory of each, each in its own process, against exceljs's streaming round trip of the same rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { moneyDecimals, toCsv } from '../src/demo/csv';
import { ORDER_HEADERS, ORDER_MONEY_HEADERS } from '../src/core/table/exportHeaders';
import { generateOrderExport } from '../src/demo/orderExport';

const LINES = Number(process.env.BENCH_JOB_LINES ?? 160_000);
const ROOT = resolve(__dirname, '..');
const folder = mkdtempSync(join(tmpdir(), 'tts-ops-jobs-'));

interface Run {
  readonly job: string;
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly output: string;
}

/** Runs a TypeScript entry point in a fresh Node process; its wall time and peak RSS. `check` exits 1 while an ERROR remains, which is an answer, not a failure. */
function run(job: string, script: string, ...args: string[]): Run {
  return runAllowing([0], job, script, ...args);
}

function runAllowing(exitCodes: readonly number[], job: string, script: string, ...args: string[]): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-r', join(ROOT, 'bench/reportMaxRss.ts'), script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  if (!exitCodes.includes(child.status ?? -1)) throw new Error(`${job} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const rss = /maxRSS (\d+)/.exec(child.stderr)?.[1];
  return { job, seconds, maxRssMb: Number(rss) / 1024, output: child.stdout.trim().split('\n').pop() ?? '' };
}

function main(): void {
  const loadBefore = loadavg()[0];
  console.log(`Generating ${LINES.toLocaleString('en-US')} order lines …`);
  const rows = generateOrderExport({ seed: 1, endDay: '2026-11-22', days: 112, lines: LINES });
  const csv = join(folder, 'orders.csv');
  writeFileSync(csv, toCsv(rows, moneyDecimals(ORDER_HEADERS, ORDER_MONEY_HEADERS)));
  const client = join(folder, 'client.xlsx');
  const cli = join(ROOT, 'bin/tts-ops.js');
  run('setup', cli, 'setup', client);

  const floor = run('exceljs streaming round trip', join(ROOT, 'bench/streamingFloor.ts'), csv, join(folder, 'floor.xlsx'));
  const floorSeconds = Number(/roundTripMs ([\d.]+)/.exec(floor.output)?.[1]) / 1000;
  const runs = [
    run('import-orders into the empty workbook', cli, 'import-orders', csv, client),
    run('import-orders again (all duplicates)', cli, 'import-orders', csv, client),
    run('refresh', cli, 'refresh', client),
    runAllowing([0, 1], 'check', cli, 'check', client),
    // as a user would: sign the checklist off (it runs the checks again and writes the QA log), then export the weekly update
    run('sign-off --tick all', cli, 'sign-off', client, '--by', 'Bench', '--tick', 'all'),
    run('export --cadence wbr (signed off; HTML, Markdown, PDF)', cli, 'export', client, '--cadence', 'wbr'),
  ];
  console.log(
    `\n${LINES.toLocaleString('en-US')} lines, CSV ${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB, workbook ${(statSync(client).size / 2 ** 20).toFixed(0)} MiB; ` +
      `floor (exceljs streaming write + read of the rows, CSV parse excluded): ${floorSeconds.toFixed(1)} s, its process ${floor.seconds.toFixed(1)} s, peak RSS ${floor.maxRssMb.toFixed(0)} MB\n`,
  );
  console.log(`load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after\n`);
  console.log('| job | wall s | ÷ floor | peak RSS MB |\n|---|---:|---:|---:|');
  for (const r of runs) console.log(`| ${r.job} | ${r.seconds.toFixed(1)} | ${(r.seconds / floorSeconds).toFixed(2)} | ${r.maxRssMb.toFixed(0)} |`);
  for (const r of runs) console.log(`  ${r.job}: ${r.output}`);
}

try {
  main();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
