/**
 * TTS_PIVOT against arquero 8 on demo order exports of 10k, 100k and 300k SKU lines (all 62 columns,
 * values as Sheets passes them: IDs and times as tab-terminated text, a few amounts as text).
 * Each case: one warm-up, then the median of several runs, both engines on the same input.
 * Usage: npm run bench [-- --sizes=10000,100000 --runs=5]
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SETTINGS, type Settings } from '../src/core/settings/settings';
import { generateOrderExport } from '../src/demo/orderExport';
import { arqueroPivot, type PivotRow } from './arqueroPivot';
import { arg, fmt, loadAverage, time } from './timing';

type Pivot = (table: unknown[][], rows: unknown, metrics: unknown, start: unknown, end: unknown, settings: Settings) => unknown[][];

const METRICS = 'GMV,Orders,Units,AOV,Refund rate';
const CASES = ['week', 'Seller SKU'] as const;

/** ttsPivot from src/core/formulas/pivot.ts (or pivotFormula.ts, its current name). */
async function loadOurs(): Promise<Pivot> {
  for (const path of ['../src/core/formulas/pivot', '../src/core/formulas/pivotFormula']) {
    try {
      const mod = (await import(path)) as { ttsPivot?: Pivot };
      if (typeof mod.ttsPivot === 'function') return mod.ttsPivot;
    } catch (error) {
      if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND' && (error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  throw new Error('ttsPivot not found in src/core/formulas/pivot.ts or pivotFormula.ts');
}

/** Differences between our output and arquero's (labels, GMV to the cent, Orders, Units). */
function compare(ours: unknown[][], ref: PivotRow[]): string[] {
  const header = ours[0] as string[];
  const at = (name: string): number => header.indexOf(name);
  const problems: string[] = [];
  if (ours.length - 1 !== ref.length) problems.push(`row count: ours ${ours.length - 1}, arquero ${ref.length}`);
  const refByKey = new Map(ref.map((r) => [r.key, r]));
  for (const row of ours.slice(1)) {
    const key = String(row[0]);
    const r = refByKey.get(key);
    if (!r) {
      problems.push(`group ${key} missing in arquero`);
      continue;
    }
    const gmv = Number(row[at('GMV')]);
    if (!(Math.abs(gmv - r.gmv) < 0.005)) problems.push(`${key} GMV: ours ${gmv}, arquero ${r.gmv}`);
    if (Number(row[at('Orders')]) !== r.orders) problems.push(`${key} Orders: ours ${row[at('Orders')]}, arquero ${r.orders}`);
    if (Number(row[at('Units')]) !== r.units) problems.push(`${key} Units: ours ${row[at('Units')]}, arquero ${r.units}`);
    const rate = Number(row[at('Refund rate')]);
    if (!(Math.abs(rate - r.refundRate) < 1e-9)) problems.push(`${key} Refund rate: ours ${rate}, arquero ${r.refundRate}`);
  }
  return problems;
}

async function main(): Promise<void> {
  const sizes = (arg('sizes') ?? '10000,100000,300000').split(',').map(Number);
  const runsArg = arg('runs');
  const ttsPivot = await loadOurs();
  const cpu = cpus();
  console.log(`node ${process.version}, ${cpu.length} CPUs (${cpu[0]?.model ?? '?'}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM`);
  console.log(`load average before: ${loadAverage()}\n`);
  const table: string[] = [
    '| lines | group by | ours ms | ours lines/s | arquero ms | arquero lines/s | ours ÷ arquero | ours CPU ms | arquero CPU ms | totals agree |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  let mismatches = 0;
  for (const size of sizes) {
    const t0 = performance.now();
    const input = generateOrderExport({ seed: 1, endDay: '2026-11-22', days: 112, lines: size });
    console.log(`generated ${fmt(size)} lines in ${fmt(performance.now() - t0)} ms`);
    const runs = runsArg ? Number(runsArg) : size >= 300000 ? 5 : 7;
    for (const groupBy of CASES) {
      const ours = time(input, runs, (t) => ttsPivot(t, groupBy, METRICS, '', '', DEFAULT_SETTINGS));
      const ref = time(input, runs, (t) => arqueroPivot(t, groupBy));
      const problems = compare(ours.result, ref.result);
      mismatches += problems.length;
      if (problems.length) {
        console.error(`\n!!!!! MISMATCH: ${fmt(size)} lines by ${groupBy}: ${problems.length} differences !!!!!`);
        for (const p of problems.slice(0, 10)) console.error(`  ${p}`);
      }
      const line =
        `| ${fmt(size)} | ${groupBy} | ${fmt(ours.ms, 1)} | ${fmt(size / (ours.ms / 1000))} | ${fmt(ref.ms, 1)} | ` +
        `${fmt(size / (ref.ms / 1000))} | ${fmt(ours.ms / ref.ms, 2)} | ${fmt(ours.cpuMs, 0)} | ${fmt(ref.cpuMs, 0)} | ${problems.length ? 'NO' : 'yes'} |`;
      table.push(line);
      console.log(line);
    }
  }
  console.log(`\n${table.join('\n')}\n\nload average after: ${loadAverage()}`);
  if (mismatches) {
    console.error(`\n!!!!! ${mismatches} MISMATCHES between TTS_PIVOT and arquero !!!!!`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
