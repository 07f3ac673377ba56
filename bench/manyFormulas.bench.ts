/**
 * 500 cells each calling TTS_GMV(Orders!A:BJ, start, end) with its own dates, on a 50k-line range,
 * through the built bundle in a fresh vm context per call (Apps Script runs each custom function in
 * its own execution: the bundle is evaluated again and the range passed again). Against it, the fast
 * path: one spilled TTS_PIVOT by day over the same range.
 * Usage: npm run build && tsx bench/manyFormulas.bench.ts [--lines=50000] [--calls=500]
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { formatDay } from '../src/core/values/calendarDay';
import { dayFromParts } from '../src/core/values/calendarDay';
import { generateOrderExport } from '../src/demo/orderExport';
import { loadBundle } from '../test/support/loadBundle';

function arg(name: string, fallback: number): number {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
}

const LINES = arg('lines', 50_000);
const CALLS = arg('calls', 500);
const END = '2026-11-22';
const DAYS = 112;

function main(): void {
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const values = generateOrderExport({ seed: 1, endDay: END, days: DAYS, lines: LINES });
  const lastDay = dayFromParts(2026, 11, 22);
  // Cell i: the 7 days ending i days before the last day, cycling through the export's span.
  const windows = Array.from({ length: CALLS }, (_, i) => {
    const end = lastDay - (i % (DAYS - 7));
    return [formatDay(end - 6), formatDay(end)];
  });
  loadBundle().TTS_GMV(values.slice(), windows[0][0], windows[0][1], ''); // warm-up
  let bundleMs = 0;
  let callMs = 0;
  let total = 0;
  const cpu0 = process.cpuUsage();
  for (const [start, end] of windows) {
    const t0 = performance.now();
    const bundle = loadBundle();
    const t1 = performance.now();
    total += bundle.TTS_GMV(values.slice(), start, end, '') as number;
    const t2 = performance.now();
    bundleMs += t1 - t0;
    callMs += t2 - t1;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuPerCall = (cpu.user + cpu.system) / 1000 / CALLS;
  const pivotStart = performance.now();
  const pivot = loadBundle().TTS_PIVOT(values.slice(), 'day', 'GMV', '', '') as unknown[][];
  const pivotMs = performance.now() - pivotStart;
  console.log(
    `${CALLS} × TTS_GMV on ${LINES.toLocaleString('en-US')} lines: ${(callMs / CALLS).toFixed(1)} ms per call in the formula ` +
      `+ ${(bundleMs / CALLS).toFixed(1)} ms evaluating the bundle = ${((callMs + bundleMs) / 1000).toFixed(1)} s in all; ` +
      `CPU ${cpuPerCall.toFixed(1)} ms per call, both together (checksum ${total.toFixed(2)})`,
  );
  console.log(`one TTS_PIVOT(range, "day", "GMV") instead: ${pivotMs.toFixed(1)} ms including the bundle, ${pivot.length - 2} days in one spill`);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main();
